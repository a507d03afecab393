// The SMTP password, bound to the account it was saved for: the server's host and port and the user name. Like the
// dispatch password (server-password.ts), a password saved for smtp.gmail.com:587 is never handed to another
// server: changing the host, the port or the user needs the password again. Stored under
// `smtp-password@<user>@<host>:<port>` in every backend.
import type { SecretStore } from './secret-store';

/** The key older versions used, bound to nothing; migrated by bindLegacyPassword(). */
export const LEGACY_SMTP_PASSWORD_KEY = 'smtp-password';

const PREFIX = `${LEGACY_SMTP_PASSWORD_KEY}@`;

/** What a password is bound to (the 'mail' settings' host, port and user). */
export interface SmtpAccount {
  host: string;
  port: number;
  user: string;
}

export function smtpPasswordKey(account: SmtpAccount): string {
  // Host names are case-insensitive; the user is encoded so an '@' in it cannot blur the parts.
  return `${PREFIX}${encodeURIComponent(account.user)}@${account.host.toLowerCase()}:${account.port}`;
}

/** Whether a secret key is a bound SMTP password (a read-only fallback answers for these only, never the legacy key). */
export function isSmtpPasswordKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

export function sameSmtpAccount(a: SmtpAccount, b: SmtpAccount): boolean {
  return smtpPasswordKey(a) === smtpPasswordKey(b);
}

/** The account of the 'mail' settings, or null when no server is set (nothing to bind a password to). */
export function smtpAccountOf(mail: SmtpAccount): SmtpAccount | null {
  return mail.host ? { host: mail.host, port: mail.port, user: mail.user } : null;
}

export interface SmtpPasswords {
  get(account: SmtpAccount): Promise<string | null>;
  set(account: SmtpAccount, password: string): Promise<void>;
  delete(account: SmtpAccount): Promise<void>;
  /**
   * Binds a password saved by an older version (under no account) to `saved`, the account of the 'mail' settings
   * as they are stored now, i.e. those it was used with; with no server saved it is deleted. Call it before
   * reading the password and before a change of the 'mail' settings is written: it then runs once, since the
   * legacy entry is gone afterwards.
   */
  bindLegacyPassword(saved: SmtpAccount | null): Promise<void>;
}

export function smtpPasswords(store: SecretStore): SmtpPasswords {
  return {
    get: (account) => store.get(smtpPasswordKey(account)),
    set: (account, password) => store.set(smtpPasswordKey(account), password),
    delete: (account) => store.delete(smtpPasswordKey(account)),
    async bindLegacyPassword(saved) {
      const legacy = await store.get(LEGACY_SMTP_PASSWORD_KEY).catch(() => null);
      if (legacy === null) return;
      // Written over whatever get() says for the bound key, as for the dispatch password: a read-only fallback
      // (DISPATCH_SMTP_PASSWORD) answers there too, and skipping would drop the saved password.
      if (saved !== null) await store.set(smtpPasswordKey(saved), legacy);
      await store.delete(LEGACY_SMTP_PASSWORD_KEY);
    },
  };
}
