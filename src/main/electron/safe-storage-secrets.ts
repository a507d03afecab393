// SecretStore on Electron's safeStorage: each secret encrypted with the OS key (Keychain, DPAPI, libsecret or
// KWallet) and kept as base64 in a 0600 JSON file in userData — never in SQLite. On Linux without a keyring,
// safeStorage silently falls back to a hard-coded key ('basic_text') while saying encryption is available:
// we check the backend and refuse to save then, telling the user why and what to do. Electron 45 deprecates the
// synchronous calls: encryption and decryption use the async ones, whose availability is asked once at start
// (after 'ready', when the async encryptor can initialise).
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SafeStorage } from 'electron';
import { SecretStoreError, type SecretStore, type SecretStoreDescription } from '../secrets/secret-store';
import { msg, type Message } from '../../shared/i18n';

export type SafeStorageLike = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
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
  available: boolean,
): SecretStoreDescription {
  if (!available) {
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

export async function createSafeStorageSecretStore(opts: {
  filePath: string;
  safeStorage: SafeStorageLike;
  platform?: NodeJS.Platform;
  /** read-only fallback when nothing is saved, e.g. process.env.DISPATCH_PASSWORD for 'server-password' */
  fallback?: (key: string) => string | null;
}): Promise<SecretStore> {
  const platform = opts.platform ?? process.platform;
  const available = await opts.safeStorage.isAsyncEncryptionAvailable().catch(() => false);

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

  const describe = () => describeSafeStorage(opts.safeStorage, platform, available);

  async function set(key: string, value: string): Promise<void> {
    const d = describe();
    if (!d.secure) {
      throw new SecretStoreError(d.warning ?? msg('secrets.encryptionUnavailable'));
    }
    const encrypted = await opts.safeStorage.encryptStringAsync(value);
    const file = read();
    file.entries[key] = encrypted.toString('base64');
    write(file);
  }

  return {
    describe,
    set,
    async get(key) {
      const blob = read().entries[key];
      if (blob && available) {
        try {
          const { result, shouldReEncrypt } = await opts.safeStorage.decryptStringAsync(
            Buffer.from(blob, 'base64'),
          );
          // The OS key was rotated (or a stronger one became available): store it under the new key.
          if (shouldReEncrypt && describe().secure) await set(key, result).catch(() => undefined);
          return result;
        } catch {
          // Encrypted under another OS key (profile moved, keyring reset): as if absent; the user re-enters it.
        }
      }
      return opts.fallback?.(key) ?? null;
    },
    async delete(key) {
      const file = read();
      if (!(key in file.entries)) return;
      delete file.entries[key];
      write(file);
    },
  };
}
