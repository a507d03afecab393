// The app:// protocol's file resolution against a real folder: the renderer's files, the app-route fallback,
// and every way out of the folder refused. Electron is not imported (only the pure module).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appResponseHeaders, resolveAppRequest } from '../../src/main/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../src/main/api/content-security-policy';

let base: string;
let renderer: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'da-app-protocol-'));
  renderer = join(base, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html>');
  writeFileSync(join(renderer, 'assets', 'index-abc.js'), 'x');
  writeFileSync(join(base, 'secret.txt'), 'do not serve');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app:// resolution', () => {
  it('serves the renderer’s files with their types, app routes falling back to the page', () => {
    expect(resolveAppRequest('app://renderer/index.html', renderer)).toEqual({
      file: join(renderer, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest('app://renderer/', renderer)?.file).toBe(join(renderer, 'index.html'));
    expect(resolveAppRequest('app://renderer/trips', renderer)?.file).toBe(join(renderer, 'index.html'));
    expect(resolveAppRequest('app://renderer/assets/index-abc.js', renderer)).toEqual({
      file: join(renderer, 'assets', 'index-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppRequest('app://renderer/assets/missing.js', renderer)).toBeNull();
  });

  it.each([
    'app://renderer/..%2Fsecret.txt',
    'app://renderer/%2e%2e/secret.txt',
    'app://renderer/assets/..%2F..%2Fsecret.txt',
    'app://renderer/..%5Csecret.txt',
    'app://renderer/%00index.html',
    'app://renderer/%E0%A4%A',
    'app://other/index.html',
    'http://renderer/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    const hit = resolveAppRequest(url, renderer);
    expect(hit === null || hit.file.startsWith(renderer)).toBe(true);
    expect(hit?.file ?? '').not.toContain('secret');
  });

  it('answers with the CSP and nosniff as headers', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8');
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['x-content-type-options']).toBe('nosniff');
  });
});
