// Settings section 'mail': the SMTP server the reports go through. The password is never here: it lives in the
// secret store, bound to the host, port and user it was saved for (src/main/secrets/smtp-password.ts), or comes
// from DISPATCH_SMTP_PASSWORD for the CLI and `serve`.
import addressparser from 'nodemailer/lib/addressparser';
import { z } from 'zod';

export const SMTP_PASSWORD_ENV = 'DISPATCH_SMTP_PASSWORD';

/** tls = implicit TLS (465), starttls = upgrade on 587 (required), none = plain, loopback only (a local relay). */
export const MAIL_SECURITY = ['tls', 'starttls', 'none'] as const;
export type MailSecurity = (typeof MAIL_SECURITY)[number];

const ADDRESS = /^[^\s@<>,;:"]+@[^\s@<>,;:"]+\.[^\s@<>,;:"]+$/;

export function isEmailAddress(value: string): boolean {
  return ADDRESS.test(value);
}

/** A sender as mail clients show it: an address, with the display name when there is one. */
export interface Mailbox {
  name: string;
  address: string;
}

/**
 * `rapports@example.ch` or `Dispatch Léman <rapports@example.ch>` (a name with a comma in quotes:
 * `"Dispatch, Léman" <…>`) → its name and address; null for anything else, a list of several included.
 * Parsed by nodemailer's own address parser, so what is accepted here is what nodemailer sends.
 */
export function parseMailbox(value: string): Mailbox | null {
  const text = value.trim();
  // Without angle brackets the whole value is the address (the parser would read "a b@c.ch" as a name and b@c.ch).
  if (!text.includes('<')) return isEmailAddress(text) ? { name: '', address: text } : null;
  if (!text.endsWith('>')) return null;
  const list = addressparser(text);
  const one = list.length === 1 ? list[0]! : null;
  if (!one || !('address' in one) || !isEmailAddress(one.address)) return null;
  // Stryker disable next-line MethodExpression: equivalent — nodemailer's parser trims the name already (kept in case it stops)
  return { name: one.name.trim(), address: one.address };
}

export const mailSettingsSchema = z.object({
  host: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9.:[\]-]*$/, { message: 'settings.errors.mailHost' })
    .default(''),
  port: z.coerce
    .number({ message: 'settings.errors.mailPort' })
    .int({ message: 'settings.errors.mailPort' })
    .min(1, { message: 'settings.errors.mailPort' })
    .max(65535, { message: 'settings.errors.mailPort' })
    .default(587),
  security: z.enum(MAIL_SECURITY, { message: 'settings.errors.mailSecurity' }).default('starttls'),
  user: z.string().trim().default(''),
  from: z
    .string()
    .trim()
    .refine((v) => v === '' || parseMailbox(v) !== null, { message: 'settings.errors.mailFrom' })
    .default(''),
});

export type MailSettings = z.infer<typeof mailSettingsSchema>;
