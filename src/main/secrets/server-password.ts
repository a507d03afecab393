// The dispatch server's password, bound to the origin (scheme://host:port) it was saved for. A password saved for
// https://a.example is never handed to https://b.example: a changed server address must be given the password
// again. Every backend (env, file, Electron safeStorage) stores it under `server-password@<origin>`.
import type { SecretStore } from './secret-store';

/** The key older versions used, bound to no origin; migrated by bindLegacyPassword(). */
export const LEGACY_SERVER_PASSWORD_KEY = 'server-password';

const PREFIX = `${LEGACY_SERVER_PASSWORD_KEY}@`;

export function serverPasswordKey(origin: string): string {
  return `${PREFIX}${origin}`;
}

/**
 * Whether a secret key is a bound server password: read-only fallbacks such as DISPATCH_PASSWORD answer for these
 * keys only (never for the legacy key, or the migration would save the variable's value to disk).
 */
export function isServerPasswordKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

export interface ServerPasswords {
  get(origin: string): Promise<string | null>;
  set(origin: string, password: string): Promise<void>;
  delete(origin: string): Promise<void>;
  /**
   * Binds a password saved by an older version (under no origin) to `savedOrigin`, the origin of the server
   * saved in the settings when it was written; with no saved server it is deleted (nothing to bind it to, and
   * giving it to whichever server comes next is the leak this module prevents). Safe to call at every start.
   */
  bindLegacyPassword(savedOrigin: string | null): Promise<void>;
  describe: SecretStore['describe'];
}

export function serverPasswords(store: SecretStore): ServerPasswords {
  return {
    get: (origin) => store.get(serverPasswordKey(origin)),
    set: (origin, password) => store.set(serverPasswordKey(origin), password),
    delete: (origin) => store.delete(serverPasswordKey(origin)),
    describe: () => store.describe(),
    async bindLegacyPassword(savedOrigin) {
      const legacy = await store.get(LEGACY_SERVER_PASSWORD_KEY).catch(() => null);
      if (legacy === null) return;
      // Written over whatever get() says for the bound key: a read-only fallback (DISPATCH_PASSWORD) answers
      // there too, and skipping would then drop the saved password. A legacy entry only exists if an older
      // version wrote it, so it is the newest one.
      if (savedOrigin !== null) await store.set(serverPasswordKey(savedOrigin), legacy);
      await store.delete(LEGACY_SERVER_PASSWORD_KEY);
    },
  };
}
