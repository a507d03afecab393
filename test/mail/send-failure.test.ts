// A failed hand-over to the SMTP server, as the test e-mail reports it: the real nodemailer error from a real
// server on 127.0.0.1 becomes one sentence that says what to do. Here the server that never answers (a timeout),
// with short timeouts; the refused connection and the failed STARTTLS are run through the command in
// test/cli/cli-messages.test.ts.
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSmtpSender } from '../../src/main/mail/smtp-transport';
import { MailSendError, sendFailureMessage } from '../../src/main/mail/send-failure';
import { translate } from '../../src/shared/i18n';
import { mailSettingsSchema } from '../../src/main/settings/sections/mail';

const sockets = new Set<Socket>();
const silent = createServer((socket) => void sockets.add(socket));
afterEach(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((done) => (silent.listening ? silent.close(() => done()) : done()));
});

describe('sendFailureMessage', () => {
  it('a server that never greets: says it does not answer and what to check', async () => {
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    const port = (silent.address() as AddressInfo).port;
    const settings = mailSettingsSchema.parse({
      host: '127.0.0.1',
      port,
      security: 'none',
      from: 'a@example.ch',
    });
    const send = createSmtpSender({
      host: '127.0.0.1',
      port,
      ignoreTLS: true,
      connectionTimeout: 300,
      greetingTimeout: 300,
      socketTimeout: 300,
    });
    const err = await send({
      from: 'a@example.ch',
      to: 'b@example.ch',
      subject: 's',
      html: '<p>x</p>',
      text: 'x',
      headers: {},
      images: [],
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).not.toBeNull();
    const m = sendFailureMessage(err, settings);
    expect(translate('en', m.key, m.params)).toBe(
      `The SMTP server 127.0.0.1:${port} does not answer: check mail.host and mail.port, and that no firewall blocks that port; try again later.`,
    );
    const wrapped = new MailSendError(err, settings);
    expect(wrapped.kind).toBe('external');
    expect(wrapped.message).toMatch(/^Le serveur SMTP 127\.0\.0\.1:\d+ ne répond pas/);
  });

  it('an unknown host, a refused login and a server’s own refusal each have their sentence', () => {
    const settings = mailSettingsSchema.parse({ host: 'smtp.example.invalid', port: 587, user: 'ops' });
    const text = (err: unknown) => {
      const m = sendFailureMessage(err, settings);
      return translate('en', m.key, m.params);
    };
    expect(
      text({ code: 'EDNS', command: 'CONN', message: 'getaddrinfo ENOTFOUND smtp.example.invalid' }),
    ).toBe(
      'The SMTP server smtp.example.invalid cannot be found: check mail.host and the network connection.',
    );
    expect(
      text({ code: 'EAUTH', command: 'AUTH PLAIN', responseCode: 535, response: '535 5.7.8 bad' }),
    ).toMatch(
      /^The SMTP server smtp\.example\.invalid:587 refuses the user ops or its password \(535 5\.7\.8 bad\)/,
    );
    expect(
      text({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550, response: '550 no such user' }),
    ).toBe('The SMTP server smtp.example.invalid:587 refused the message: 550 no such user');
  });
});
