// The mailer the reports use: the SMTP sender built from the 'mail' settings and the password from the secret
// store (the UI's write-only field, bound to the server and user it was saved for) or DISPATCH_SMTP_PASSWORD.
// Built per use, so a settings change applies at once.
import type { Lang } from '../../shared/analytics-types';
import type { SecretStore } from '../secrets/secret-store';
import { smtpAccountOf, smtpPasswords } from '../secrets/smtp-password';
import { SMTP_PASSWORD_ENV, type MailSettings } from '../settings/sections/mail';
import { translate as t } from '../../shared/i18n';
import { MailConfigError } from './mail-errors';
import { createSmtpSender, smtpTransportOptions, type MailReceipt, type MailSender } from './smtp-transport';

export interface Mailer {
  send: MailSender;
  from: string;
  host: string;
}

/** The password for the account `settings` name (host, port, user): never one saved for another server. */
export async function smtpPassword(
  secrets: SecretStore | null,
  settings: MailSettings,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  const fromEnv = env[SMTP_PASSWORD_ENV];
  if (fromEnv) return fromEnv;
  if (!secrets) return null;
  const passwords = smtpPasswords(secrets);
  const account = smtpAccountOf(settings);
  // A password saved by an older version belongs to the server saved now, the one it was used with.
  await passwords.bindLegacyPassword(account);
  return account ? passwords.get(account) : null;
}

/** Throws MailConfigError (with a sentence saying what to set) when the settings cannot send. */
export function createMailer(settings: MailSettings, password: string | null): Mailer {
  // A user without a password: said now, before connecting (nodemailer would fail on "Missing credentials").
  if (settings.host && settings.user && !password) {
    throw new MailConfigError('mail.noPassword', {
      user: settings.user,
      server: `${settings.host}:${settings.port}`,
    });
  }
  const options = smtpTransportOptions(settings, password);
  return { send: createSmtpSender(options), from: settings.from, host: settings.host };
}

/** "Send a test e-mail": straight to the server (no outbox), so the answer shows at once. */
export async function sendTestEmail(mailer: Mailer, to: string, lang: Lang): Promise<MailReceipt> {
  return mailer.send({
    from: mailer.from,
    to,
    subject: t(lang, 'reports.testEmail.subject'),
    text: `${t(lang, 'reports.testEmail.body', { host: mailer.host })}\n`,
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="color-scheme" content="light only"></head><body><p>${t(lang, 'reports.testEmail.body', { host: mailer.host }).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</p></body></html>`,
    headers: { 'X-Dispatch-Report': 'test' },
    images: [],
  });
}
