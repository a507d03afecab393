// The dispatch server: its address and the company account's e-mail. Both or neither (neither = the embedded
// demo). The password is never here: it lives in the secret store, bound to the server's origin
// (src/main/secrets/server-password.ts).
import { z } from 'zod';
import { isValidEmail, type SettingsErrorKey } from '../field-rules';
import { checkServerUrl, serverOrigin } from '../server-url';

const badUrl = 'settings.errors.badUrl' satisfies SettingsErrorKey;

export const serverSettingsSchema = z.object({
  url: z
    .string({ error: badUrl })
    .max(2000, { message: badUrl })
    // Each refusal gets its own sentence (https required, credentials in the URL…).
    .superRefine((value, ctx) => {
      const check = checkServerUrl(value);
      // Stryker disable next-line StringLiteral: equivalent — the code is not read, only that an issue and its message exist
      if (!check.ok) ctx.addIssue({ code: 'custom', message: check.error });
    })
    .nullable()
    .default(null),
  email: z
    .string({ error: 'settings.errors.badEmail' })
    .refine(isValidEmail, { message: 'settings.errors.badEmail' satisfies SettingsErrorKey })
    .nullable()
    .default(null),
});

export type ServerSettings = z.output<typeof serverSettingsSchema>;

export interface ServerProfile {
  url: string;
  email: string;
}

/** The configured server, or null while the app runs on the embedded demo (no URL, or no e-mail). */
export function serverProfileOf(server: ServerSettings): ServerProfile | null {
  return server.url && server.email ? { url: server.url, email: server.email } : null;
}

/** The origin of the configured server, or null on the demo: what its saved password is bound to. */
export function savedServerOrigin(server: ServerSettings): string | null {
  const profile = serverProfileOf(server);
  return profile ? serverOrigin(profile.url) : null;
}
