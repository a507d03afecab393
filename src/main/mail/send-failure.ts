// A failed hand-over to the SMTP server as one sentence that says what happened and what to do (the test e-mail
// of the Reports screen and of `report test-email`). nodemailer's errors carry a code and the SMTP command they
// failed at: CONN (refused, timeout, DNS), STARTTLS, AUTH, or the server's own answer with its reply code.
import { msg, type Message } from '../../shared/i18n';
import { LocalizedError } from '../../shared/i18n/localized-error';
import type { MailSettings } from '../settings/sections/mail';

interface NodemailerError {
  code?: string;
  command?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

export function sendFailureMessage(err: unknown, settings: MailSettings): Message {
  const e = (err ?? {}) as NodemailerError;
  const server = `${settings.host}:${settings.port}`;
  const words = (e.response || e.message || String(err)).trim();
  if (e.code === 'EDNS') return msg('mail.sendFailure.unknownHost', { host: settings.host });
  if (e.code === 'ETIMEDOUT') return msg('mail.sendFailure.timeout', { server });
  if (/ECONNREFUSED/.test(e.message ?? '')) return msg('mail.sendFailure.refused', { server });
  if (e.code === 'ETLS' || e.command === 'STARTTLS')
    return msg('mail.sendFailure.starttls', { server, words });
  // OpenSSL's words when TLS meets plain SMTP or the reverse (port 465 without tls, 587 with it).
  if (/wrong version number|unknown protocol|packet length too long/i.test(e.message ?? '')) {
    return msg('mail.sendFailure.tlsMismatch', { server, words });
  }
  if (e.code === 'EAUTH') return msg('mail.sendFailure.auth', { server, user: settings.user, words });
  if (typeof e.responseCode === 'number') return msg('mail.sendFailure.answered', { server, words });
  return msg('mail.sendFailure.other', { server, words });
}

/** The test e-mail did not go out: the server's side (exit code 1 in the CLI), with its sentence. */
export class MailSendError extends LocalizedError {
  override name = 'MailSendError';
  readonly kind = 'external' as const;
  constructor(err: unknown, settings: MailSettings) {
    super(sendFailureMessage(err, settings), { cause: err });
  }
}
