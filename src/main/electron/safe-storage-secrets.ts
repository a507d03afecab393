// SecretStore on Electron's safeStorage: each secret encrypted with the OS key (Keychain, DPAPI, libsecret or
// KWallet) and kept as base64 in a 0600 JSON file in userData — never in SQLite. On Linux without a keyring,
// safeStorage silently falls back to a hard-coded key ('basic_text') while saying encryption is available:
// we check the backend and refuse to save then (PITFALLS.md), telling the user why and what to do.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SafeStorage } from 'electron';
import { SecretStoreError, type SecretStore, type SecretStoreDescription } from '../secrets/secret-store';

export type SafeStorageLike = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

interface SecretsFile {
  version: 1;
  entries: Record<string, string>;
}

const WEAK_LINUX_BACKENDS = new Set(['basic_text', 'unknown']);

function weak(backend: string, warnings: { fr: string; en: string }): SecretStoreDescription {
  return { backend, secure: false, warning: warnings.fr, warnings };
}

export function describeSafeStorage(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform,
): SecretStoreDescription {
  if (!safeStorage.isEncryptionAvailable()) {
    return weak('safeStorage:unavailable', {
      fr: 'Aucun chiffrement système disponible : le mot de passe ne peut pas être enregistré.',
      en: 'No system encryption available: the password cannot be saved.',
    });
  }
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend();
    if (WEAK_LINUX_BACKENDS.has(backend)) {
      return weak(`safeStorage:${backend}`, {
        fr:
          'Aucun trousseau système (GNOME Keyring, KWallet) : le mot de passe ne serait pas vraiment chiffré, il ' +
          "n'est donc pas enregistré. Installez et déverrouillez un trousseau, ou lancez l'application avec la " +
          'variable DISPATCH_PASSWORD.',
        en:
          'No system keyring (GNOME Keyring, KWallet): the password would not really be encrypted, so it is not ' +
          'saved. Install and unlock a keyring, or start the app with DISPATCH_PASSWORD.',
      });
    }
    return { backend: `safeStorage:${backend}`, secure: true };
  }
  return { backend: platform === 'darwin' ? 'safeStorage:keychain' : 'safeStorage:dpapi', secure: true };
}

export function createSafeStorageSecretStore(opts: {
  filePath: string;
  safeStorage: SafeStorageLike;
  platform?: NodeJS.Platform;
  /** read-only fallback when nothing is saved, e.g. process.env.DISPATCH_PASSWORD for 'server-password' */
  fallback?: (key: string) => string | null;
}): SecretStore {
  const platform = opts.platform ?? process.platform;

  function read(): SecretsFile {
    if (!existsSync(opts.filePath)) return { version: 1, entries: {} };
    try {
      const parsed = JSON.parse(readFileSync(opts.filePath, 'utf8')) as Partial<SecretsFile>;
      return { version: 1, entries: { ...(parsed.entries ?? {}) } };
    } catch {
      return { version: 1, entries: {} };
    }
  }

  function write(file: SecretsFile): void {
    mkdirSync(dirname(opts.filePath), { recursive: true });
    const tmp = `${opts.filePath}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(file), { mode: 0o600 });
    chmodSync(tmp, 0o600);
    renameSync(tmp, opts.filePath);
  }

  const describe = () => describeSafeStorage(opts.safeStorage, platform);

  return {
    describe,
    async get(key) {
      const blob = read().entries[key];
      if (blob && opts.safeStorage.isEncryptionAvailable()) {
        try {
          return opts.safeStorage.decryptString(Buffer.from(blob, 'base64'));
        } catch {
          // Encrypted under another OS key (profile moved, keyring reset): as if absent; the user re-enters it.
        }
      }
      return opts.fallback?.(key) ?? null;
    },
    async set(key, value) {
      const d = describe();
      if (!d.secure) {
        throw new SecretStoreError(
          d.warnings ?? {
            fr: 'Chiffrement indisponible : le mot de passe n’est pas enregistré.',
            en: 'Encryption unavailable: the password is not saved.',
          },
        );
      }
      const file = read();
      file.entries[key] = opts.safeStorage.encryptString(value).toString('base64');
      write(file);
    },
    async delete(key) {
      const file = read();
      if (!(key in file.entries)) return;
      delete file.entries[key];
      write(file);
    },
  };
}
