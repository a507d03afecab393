import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEnvSecretStore } from '../../src/main/secrets/env-secret-store';
import { createFileSecretStore } from '../../src/main/secrets/file-secret-store';
import { SecretStoreError } from '../../src/main/secrets/secret-store';

describe('env secret store', () => {
  it('reads the mapped variable and refuses to save', async () => {
    const store = createEnvSecretStore({
      variables: { 'server-password': 'DISPATCH_PASSWORD' },
      env: { DISPATCH_PASSWORD: 's3cret-pass' },
    });
    expect(await store.get('server-password')).toBe('s3cret-pass');
    expect(await store.get('other')).toBeNull();
    await expect(store.set('server-password', 'x')).rejects.toBeInstanceOf(SecretStoreError);
    expect(store.describe()).toMatchObject({ backend: 'env', secure: false });
  });

  it('treats an empty variable as absent', async () => {
    const store = createEnvSecretStore({ variables: { k: 'V' }, env: { V: '' } });
    expect(await store.get('k')).toBeNull();
  });
});

describe('file secret store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'da-secrets-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a 0600 file, reads it back, deletes keys', async () => {
    const store = createFileSecretStore({ dataDir: join(dir, 'data') });
    expect(await store.get('server-password')).toBeNull();
    await store.set('server-password', 'p@ss word 1');
    await store.set('smtp-password', 'other');
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
    expect(await store.get('server-password')).toBe('p@ss word 1');
    // A second instance sees the same file.
    expect(await createFileSecretStore({ dataDir: join(dir, 'data') }).get('smtp-password')).toBe('other');
    await store.delete('server-password');
    expect(await store.get('server-password')).toBeNull();
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toEqual({ 'smtp-password': 'other' });
    await store.delete('smtp-password');
    expect(existsSync(store.path)).toBe(false);
  });

  it('refuses to read a file others can read, and says how to fix it', async () => {
    const store = createFileSecretStore({ dataDir: dir });
    writeFileSync(store.path, JSON.stringify({ 'server-password': 'leaked' }));
    chmodSync(store.path, 0o644);
    const err = await store.get('server-password').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SecretStoreError);
    expect((err as SecretStoreError).message).toContain('chmod 600');
    expect((err as Error).message).not.toContain('leaked');
    await expect(store.set('server-password', 'x')).rejects.toBeInstanceOf(SecretStoreError);
  });

  it('reports an unreadable file without echoing its content', async () => {
    const store = createFileSecretStore({ dataDir: dir });
    writeFileSync(store.path, '{"server-password": "half', { mode: 0o600 });
    const err = await store.get('server-password').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SecretStoreError);
    expect((err as Error).message).not.toContain('half');
  });

  it('describes itself as not secure', () => {
    const d = createFileSecretStore({ dataDir: dir }).describe();
    expect(d).toMatchObject({ backend: 'file', secure: false });
    expect(d.warning).toBeTruthy();
  });
});
