// The nodemailer SMTP transport built from the 'mail' settings. Port 465 speaks TLS from the first byte
// (secure: true); 587 starts plain and must upgrade (requireTLS) — mixing them gives "wrong version number".
// 'none' sends in clear text, so it is refused unless the server is this machine (a local relay, a test server).
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { parseMailbox, type MailSettings } from '../settings/sections/mail';
import { isLoopbackHost } from '../../shared/loopback';
import { MailConfigError } from './mail-errors';

export function smtpTransportOptions(settings: MailSettings, password: string | null): SMTPTransport.Options {
  if (!settings.host) {
    throw new MailConfigError('reports.errors.noSmtpHost');
  }
  if (!settings.from) {
    throw new MailConfigError('reports.errors.noSender');
  }
  if (settings.security === 'none' && !isLoopbackHost(settings.host)) {
    throw new MailConfigError('reports.errors.insecureRemote', { host: settings.host });
  }
  return {
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    auth: settings.user ? { user: settings.user, pass: password ?? '' } : undefined,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  };
}

/** What the outbox needs from a mailer: hand one message over, get the server's answer. */
export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  images: { cid: string; filename: string; content: Buffer }[];
  /** files attached for download (not shown inline) */
  attachments?: { filename: string; contentType: string; content: Buffer }[];
}

export interface MailReceipt {
  messageId: string;
  response: string;
  /** addresses the server refused, with its words (sendMail succeeds if one recipient is accepted) */
  rejected: { address: string; response: string; responseCode?: number }[];
}

export type MailSender = (message: MailMessage) => Promise<MailReceipt>;

/**
 * Said on every message the app sends: it is machine-made (RFC 3834), so out-of-office and other auto-replies
 * are not sent back to the sender address, and Exchange/Outlook suppress theirs too.
 */
export const AUTOMATED_HEADERS: Readonly<Record<string, string>> = {
  'Auto-Submitted': 'auto-generated',
  'X-Auto-Response-Suppress': 'All',
};

export function createSmtpSender(options: SMTPTransport.Options): MailSender {
  const transport = nodemailer.createTransport(options);
  return async (m) => {
    const info = await transport.sendMail({
      // As a name and an address, not one string: nodemailer then encodes a non-ASCII name (RFC 2047) and never
      // splits a quoted name that holds a comma.
      from: parseMailbox(m.from) ?? m.from,
      to: m.to,
      subject: m.subject,
      html: m.html,
      text: m.text,
      headers: { ...AUTOMATED_HEADERS, ...m.headers },
      // nodemailer wants the cid without the "cid:" prefix (nodemailer#552).
      attachments: [
        ...m.images.map((i) => ({
          filename: i.filename,
          content: i.content,
          cid: i.cid,
          contentType: 'image/png',
        })),
        ...(m.attachments ?? []).map((a) => ({
          filename: a.filename,
          content: a.content,
          contentType: a.contentType,
        })),
      ],
    });
    const errors =
      (
        info as {
          rejectedErrors?: {
            recipient?: string;
            response?: string;
            responseCode?: number;
            message: string;
          }[];
        }
      ).rejectedErrors ?? [];
    return {
      messageId: info.messageId,
      response: info.response,
      rejected: info.rejected.map((a) => {
        const address = typeof a === 'string' ? a : a.address;
        const err = errors.find((e) => e.recipient === address);
        return {
          address,
          response: err?.response ?? err?.message ?? 'rejected',
          responseCode: err?.responseCode,
        };
      }),
    };
  };
}
