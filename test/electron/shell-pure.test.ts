// The parts of the Electron shell that do not need Electron: secrets over a fake safeStorage, the external link
// allow-list, and the guarantee that the sandboxed preload bundles no dependency (the IPC sender check and the
// app:// protocol are in test/electron/).
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSafeStorageSecretStore,
  type SafeStorageLike,
} from '../../src/main/electron/safe-storage-secrets';
import { isAllowedExternalUrl } from '../../src/main/electron/external-links';
import {
  withDevServerAllowances,
  withDevServerAllowancesInHtml,
} from '../../src/main/electron/dev-server-csp';
import { CONTENT_SECURITY_POLICY } from '../../src/main/api/content-security-policy';
import { translateMessage } from '../../src/shared/i18n';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function fakeSafeStorage(
  backend: ReturnType<SafeStorageLike['getSelectedStorageBackend']>,
  available = true,
): SafeStorageLike {
  return {
    isAsyncEncryptionAvailable: async () => available,
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: async (s: string) => Buffer.from([...Buffer.from(s, 'utf8')].map((b) => b ^ 0x5a)),
    decryptStringAsync: async (b: Buffer) => ({
      result: Buffer.from([...b].map((x) => x ^ 0x5a)).toString('utf8'),
      shouldReEncrypt: false,
    }),
  };
}

describe('safeStorage secret store', () => {
  it('stores encrypted blobs in a 0600 file, never the plain text', async () => {
    dir = mkdtempSync(join(tmpdir(), 'da-ss-'));
    const filePath = join(dir, 'secrets.safestorage.json');
    const store = await createSafeStorageSecretStore({
      filePath,
      safeStorage: fakeSafeStorage('gnome_libsecret'),
      platform: 'linux',
    });
    expect(store.describe()).toEqual({ backend: 'safeStorage:gnome_libsecret', secure: true });
    await store.set('server-password', 'Tr3s-secret');
    expect(readFileSync(filePath, 'utf8')).not.toContain('Tr3s-secret');
    expect(statSync(filePath).mode & 0o777).toBe(0o600);
    expect(await store.get('server-password')).toBe('Tr3s-secret');
    await store.delete('server-password');
    expect(await store.get('server-password')).toBeNull();
  });

  it.each(['basic_text', 'unknown'] as const)(
    'refuses to save on Linux with the %s backend and says why',
    async (backend) => {
      dir = mkdtempSync(join(tmpdir(), 'da-ss-'));
      const store = await createSafeStorageSecretStore({
        filePath: join(dir, 's.json'),
        safeStorage: fakeSafeStorage(backend),
        platform: 'linux',
        fallback: (k) => (k === 'server-password' ? 'from-env' : null),
      });
      const d = store.describe();
      expect(d.secure).toBe(false);
      expect(translateMessage('fr', d.warning!)).toMatch(/trousseau/);
      expect(translateMessage('en', d.warning!)).toMatch(/No system keyring/);
      await expect(store.set('server-password', 'x')).rejects.toMatchObject({ kind: 'validation' });
      expect(await store.get('server-password')).toBe('from-env');
    },
  );

  it('reports no encryption at all as insecure', async () => {
    const store = await createSafeStorageSecretStore({
      filePath: '/nonexistent/s.json',
      safeStorage: fakeSafeStorage('unknown', false),
    });
    expect(store.describe()).toMatchObject({ backend: 'safeStorage:unavailable', secure: false });
  });
});

describe('external links', () => {
  it.each([
    ['https://docs.atmr.ch/api/v2', true],
    ['https://dispatch.example.ch/x', true],
    ['http://docs.atmr.ch/', false],
    ['https://evil.example/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['https://user:pw@docs.atmr.ch/', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url, ['dispatch.example.ch'])).toBe(allowed);
  });
});

describe('sandboxed preload', () => {
  // A sandboxed preload can require nothing but electron: its shared imports must stay dependency-free.
  it('imports only electron and dependency-free contract and error-text files', () => {
    const src = (p: string) => readFileSync(join(__dirname, '..', '..', p), 'utf8');
    const runtimeImports = (text: string) =>
      [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
    expect(runtimeImports(src('src/preload/index.ts')).sort()).toEqual(
      [
        '../shared/contract/channels',
        '../shared/contract/dispatch-api',
        '../shared/i18n/en/errors',
        '../shared/i18n/fr/errors',
        'electron',
      ].sort(),
    );
    expect(runtimeImports(src('src/shared/i18n/fr/errors.ts'))).toEqual([]);
    expect(runtimeImports(src('src/shared/i18n/en/errors.ts'))).toEqual([]);
    expect(runtimeImports(src('src/shared/contract/dispatch-api.ts'))).toEqual(['./channels']);
    expect(runtimeImports(src('src/shared/contract/channels.ts'))).toEqual([]);
  });
});

describe('renderer CSP', () => {
  const directives = (policy: string) =>
    new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0] !== '')
        .map(([name, ...values]) => [name, values.sort().join(' ')] as const),
    );
  const metaPolicy = (html: string) =>
    /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
  const indexHtml = readFileSync(join(__dirname, '..', '..', 'src/renderer/index.html'), 'utf8');

  // The header does not reach file:// pages: the meta tag is the policy of the built app and must match it
  // (frame-ancestors is ignored in a meta tag).
  it('the meta tag of index.html carries the same policy as the header', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(directives(metaPolicy(indexHtml))).toEqual(header);
  });

  it('under the dev server lets the inline React Refresh preamble and loopback HMR through, nothing else', () => {
    const dev = directives(withDevServerAllowances(CONTENT_SECURITY_POLICY));
    const prod = directives(CONTENT_SECURITY_POLICY);
    expect(dev.get('script-src')).toBe("'self' 'unsafe-inline'");
    expect(dev.get('connect-src')).toBe("'self' ws://127.0.0.1:* ws://localhost:*");
    for (const name of ['script-src', 'connect-src']) {
      dev.delete(name);
      prod.delete(name);
    }
    expect(dev).toEqual(prod);
    expect(directives(CONTENT_SECURITY_POLICY).get('script-src')).toBe("'self'");
  });

  it('rewrites the meta tag of index.html for the dev server', () => {
    const html = withDevServerAllowancesInHtml(indexHtml);
    expect(directives(metaPolicy(html)).get('script-src')).toBe("'self' 'unsafe-inline'");
    expect(html.replace(metaPolicy(html), '')).toBe(indexHtml.replace(metaPolicy(indexHtml), ''));
  });
});

describe('safeStorage secret store, async API (Electron 45)', () => {
  it('re-encrypts a secret when the OS key was rotated (shouldReEncrypt)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'da-ss-'));
    const filePath = join(dir, 's.json');
    let keyVersion = 1;
    const rotating: SafeStorageLike = {
      isAsyncEncryptionAvailable: async () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptStringAsync: async (s: string) => Buffer.from(`v${keyVersion}:${s}`),
      decryptStringAsync: async (b: Buffer) => {
        const [, version, plain] = /^v(\d+):(.*)$/s.exec(b.toString())!;
        return { result: plain!, shouldReEncrypt: Number(version) < keyVersion };
      },
    };
    const store = await createSafeStorageSecretStore({ filePath, safeStorage: rotating, platform: 'linux' });
    await store.set('smtp-password', 'pw');
    const stored = () =>
      Buffer.from(JSON.parse(readFileSync(filePath, 'utf8')).entries['smtp-password'], 'base64');
    expect(stored().toString()).toBe('v1:pw');
    keyVersion = 2;
    expect(await store.get('smtp-password')).toBe('pw');
    expect(stored().toString()).toBe('v2:pw');
  });
});
