// SecretStore on Electron's safeStorage: each secret encrypted with the OS key (Keychain, DPAPI, libsecret or
// KWallet) and kept as base64 in a 0600 JSON file in userData — never in SQLite. On Linux without a keyring,
// safeStorage silently falls back to a hard-coded key ('basic_text') while saying encryption is available:
// we check the backend and refuse to save then (PITFALLS.md), telling the user why and what to do.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SafeStorage } from 'electron';
import { SecretStoreError, type SecretStore, type SecretStoreDescription } from '../secrets/secret-store';
import { msg, type Message } from '../../shared/i18n';

export type SafeStorageLike = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

interface SecretsFile {
  version: 1;
  entries: Record<string, string>;
}

const WEAK_LINUX_BACKENDS = new Set(['basic_text', 'unknown']);

function weak(backend: string, warning: Message): SecretStoreDescription {
  return { backend, secure: false, warning };
}

export function describeSafeStorage(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform,
): SecretStoreDescription {
  if (!safeStorage.isEncryptionAvailable()) {
    return weak('safeStorage:unavailable', msg('secrets.warnings.noEncryption'));
  }
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend();
    if (WEAK_LINUX_BACKENDS.has(backend)) {
      return weak(`safeStorage:${backend}`, msg('secrets.warnings.noKeyring'));
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
        throw new SecretStoreError(d.warning ?? msg('secrets.encryptionUnavailable'));
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
