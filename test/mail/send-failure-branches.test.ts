// Which sentence each kind of nodemailer failure becomes, one branch at a time (mutation testing: the real-server
// tests beside this file reach only some branches, so swapping two checks went unnoticed). The error objects
// carry the fields nodemailer sets (code, command, responseCode, response, message), as seen from real servers.
import { describe, expect, it } from 'vitest';
import { MailSendError, sendFailureMessage } from '../../src/main/mail/send-failure';
import { mailSettingsSchema } from '../../src/main/settings/sections/mail';

const settings = mailSettingsSchema.parse({
  host: 'smtp.example.ch',
  port: 587,
  security: 'starttls',
  user: 'rapports',
  from: 'rapports@example.ch',
});
const server = 'smtp.example.ch:587';

function keyAndParams(err: unknown) {
  const m = sendFailureMessage(err, settings);
  return { key: m.key, params: m.params };
}

describe('sendFailureMessage branches', () => {
  it('a refused connection names the server', () => {
    const err = Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:587'), {
      code: 'ESOCKET',
      command: 'CONN',
    });
    expect(keyAndParams(err)).toEqual({ key: 'mail.sendFailure.refused', params: { server } });
  });

  it('a failed STARTTLS, by code or by command, carries the server’s trimmed words', () => {
    const byCode = { code: 'ETLS', message: '  certificate has expired \n' };
    expect(keyAndParams(byCode)).toEqual({
      key: 'mail.sendFailure.starttls',
      params: { server, words: 'certificate has expired' },
    });
    const byCommand = { code: 'EPROTOCOL', command: 'STARTTLS', response: '454 4.7.0 TLS not available ' };
    expect(keyAndParams(byCommand)).toEqual({
      key: 'mail.sendFailure.starttls',
      params: { server, words: '454 4.7.0 TLS not available' },
    });
  });

  it.each(['wrong version number', 'unknown protocol', 'packet length too long'])(
    'OpenSSL’s "%s" is the tls/port mismatch',
    (words) => {
      const err = { code: 'ESOCKET', message: `ssl3_get_record:${words}` };
      expect(keyAndParams(err)).toEqual({
        key: 'mail.sendFailure.tlsMismatch',
        params: { server, words: `ssl3_get_record:${words}` },
      });
    },
  );

  it('a server answer with a reply code is quoted as the server’s answer', () => {
    const err = {
      code: 'EENVELOPE',
      command: 'MAIL FROM',
      responseCode: 553,
      response: '553 5.7.1 sender rejected',
    };
    expect(keyAndParams(err)).toEqual({
      key: 'mail.sendFailure.answered',
      params: { server, words: '553 5.7.1 sender rejected' },
    });
  });

  it('anything else is the general sentence with its words (a response wins over the message)', () => {
    expect(keyAndParams({ code: 'EMESSAGE', message: 'boom' })).toEqual({
      key: 'mail.sendFailure.other',
      params: { server, words: 'boom' },
    });
    expect(keyAndParams('plain text failure')).toEqual({
      key: 'mail.sendFailure.other',
      params: { server, words: 'plain text failure' },
    });
  });

  it('MailSendError keeps its name, its sentence and the cause', () => {
    const cause = { code: 'EAUTH', response: '535 5.7.8 bad credentials' };
    const e = new MailSendError(cause, settings);
    expect(e.name).toBe('MailSendError');
    expect(e.kind).toBe('external');
    expect(e.cause).toBe(cause);
    expect(e.userMessage.key).toBe('mail.sendFailure.auth');
  });
});
