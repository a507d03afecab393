import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileSecretStore } from '../../src/main/secrets/file-secret-store';
import {
  isServerPasswordKey,
  serverPasswordKey,
  serverPasswords,
} from '../../src/main/secrets/server-password';
import { createSafeStorageSecretStore } from '../../src/main/electron/safe-storage-secrets';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'da-pw-'));
  dirs.push(d);
  return d;
};

// Reversible stand-in for the OS encryption: enough to see what is stored under which key.
const fakeSafeStorage = {
  isAsyncEncryptionAvailable: async () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret' as const,
  encryptStringAsync: async (s: string) => Buffer.from(`enc:${s}`),
  decryptStringAsync: async (b: Buffer) => ({
    result: b.toString().replace(/^enc:/, ''),
    shouldReEncrypt: false,
  }),
};

describe('server passwords by origin', () => {
  it('keeps one password per origin in the file store', async () => {
    const dir = tempDir();
    const file = createFileSecretStore({ dataDir: dir });
    const pw = serverPasswords(file);
    await pw.set('https://a.example', 'pw-a');
    await pw.set('https://b.example:8443', 'pw-b');
    expect(await pw.get('https://a.example')).toBe('pw-a');
    expect(await pw.get('https://b.example:8443')).toBe('pw-b');
    expect(await pw.get('https://b.example')).toBeNull();
    expect(JSON.parse(readFileSync(file.path, 'utf8'))).toEqual({
      'server-password@https://a.example': 'pw-a',
      'server-password@https://b.example:8443': 'pw-b',
    });
    await pw.delete('https://a.example');
    expect(await pw.get('https://a.example')).toBeNull();
  });

  it('migrates a legacy password in the safeStorage store to the saved origin, once', async () => {
    const filePath = join(tempDir(), 'secrets.safestorage.json');
    const store = await createSafeStorageSecretStore({
      filePath,
      safeStorage: fakeSafeStorage,
      platform: 'linux',
      // As the shell does: the environment answers for bound keys only, never the legacy one.
      fallback: (key) => (isServerPasswordKey(key) ? 'from-env' : null),
    });
    await store.set('server-password', 'legacy');
    const pw = serverPasswords(store);
    await pw.bindLegacyPassword('https://a.example');
    expect(await pw.get('https://a.example')).toBe('legacy');
    expect(await store.get('server-password')).toBeNull();
    // Nothing left to migrate: the environment's value is never written to disk.
    await pw.bindLegacyPassword('https://b.example');
    expect(await pw.get('https://b.example')).toBe('from-env');
    expect(Object.keys(JSON.parse(readFileSync(filePath, 'utf8')).entries)).toEqual([
      serverPasswordKey('https://a.example'),
    ]);
  });
});
