// The mailer built from the settings (mutation testing: its password rules and the test e-mail's parts were
// unguarded in the mail folder). The environment's password wins over the secret store; without a store there
// is none; a user without a password is refused before connecting, naming user and server; the test e-mail
// arrives with its subject, text and HTML (the host escaped) and nothing attached. Real secret file, real SMTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMailer, sendTestEmail, smtpPassword } from '../../src/main/mail/mailer';
import { MailConfigError } from '../../src/main/mail/mail-errors';
import { createFileSecretStore } from '../../src/main/secrets/file-secret-store';
import { smtpPasswords } from '../../src/main/secrets/smtp-password';
import { mailSettingsSchema, SMTP_PASSWORD_ENV } from '../../src/main/settings/sections/mail';
import { startTestSmtp, type TestSmtp } from './smtp-test-server';

const dirs: string[] = [];
let smtp: TestSmtp | null = null;
afterEach(async () => {
  await smtp?.stop();
  smtp = null;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const settings = mailSettingsSchema.parse({
  host: 'smtp.example.ch',
  port: 587,
  user: 'rapports',
  from: 'rapports@example.ch',
});

describe('smtpPassword', () => {
  it('takes the environment’s password first, then the one saved for this account, else none', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mailer-'));
    dirs.push(dataDir);
    const store = createFileSecretStore({ dataDir });
    await smtpPasswords(store).set({ host: 'smtp.example.ch', port: 587, user: 'rapports' }, 'saved-pw');
    expect(await smtpPassword(store, settings, { [SMTP_PASSWORD_ENV]: 'env-pw' })).toBe('env-pw');
    expect(await smtpPassword(store, settings, {})).toBe('saved-pw');
    expect(await smtpPassword(null, settings, {})).toBeNull();
    expect(await smtpPassword(store, { ...settings, host: 'other.example.ch' }, {})).toBeNull();
  });
});

describe('createMailer', () => {
  it('refuses a user without a password, naming user and server', () => {
    let err: unknown;
    try {
      createMailer(settings, null);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(MailConfigError);
    expect((err as MailConfigError).userMessage).toEqual({
      key: 'mail.noPassword',
      params: { user: 'rapports', server: 'smtp.example.ch:587' },
    });
    expect(createMailer(settings, 'pw')).toMatchObject({
      from: 'rapports@example.ch',
      host: 'smtp.example.ch',
    });
  });
});

describe('sendTestEmail', () => {
  it('arrives with its subject, its text and its HTML, in the asked language, nothing attached', async () => {
    smtp = await startTestSmtp();
    const local = mailSettingsSchema.parse({
      host: '127.0.0.1',
      port: smtp.port,
      security: 'none',
      from: 'rapports@example.ch',
    });
    const mailer = createMailer(local, null);
    await sendTestEmail(mailer, 'chef@example.ch', 'en');
    await smtp.waitFor(1);
    const m = smtp.received[0]!.parsed;
    expect(m.subject).toBe('Dispatch Analytics: test e-mail');
    expect(m.text).toBe(
      'This e-mail confirms that Dispatch Analytics can send the reports through 127.0.0.1.\n',
    );
    expect(m.html).toContain(
      '<p>This e-mail confirms that Dispatch Analytics can send the reports through 127.0.0.1.</p>',
    );
    expect(m.headers.get('x-dispatch-report')).toBe('test');
    expect(m.attachments).toEqual([]);
  });
});
