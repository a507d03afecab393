// Settings section 'mail': the SMTP server the reports go through. The password is never here: it lives in the
// secret store, bound to the host, port and user it was saved for (src/main/secrets/smtp-password.ts), or comes
// from DISPATCH_SMTP_PASSWORD for the CLI and `serve`.
import { z } from 'zod';

export const SMTP_PASSWORD_ENV = 'DISPATCH_SMTP_PASSWORD';

/** tls = implicit TLS (465), starttls = upgrade on 587 (required), none = plain, loopback only (a local relay). */
export const MAIL_SECURITY = ['tls', 'starttls', 'none'] as const;
export type MailSecurity = (typeof MAIL_SECURITY)[number];

const ADDRESS = /^[^\s@<>,;:"]+@[^\s@<>,;:"]+\.[^\s@<>,;:"]+$/;

export function isEmailAddress(value: string): boolean {
  return ADDRESS.test(value);
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
    .refine((v) => v === '' || isEmailAddress(v), { message: 'settings.errors.mailFrom' })
    .default(''),
});

export type MailSettings = z.infer<typeof mailSettingsSchema>;
