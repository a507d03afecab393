// The window's page origin and the IPC sender check, without Electron: only the pure modules are imported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, devServerUrlFrom, originOf } from '../../src/main/electron/renderer-url';
import { isTrustedRendererUrl, rendererOrigin } from '../../src/main/electron/trusted-sender';

describe('ELECTRON_RENDERER_URL', () => {
  it('is honoured only when not packaged, and only for http(s) on loopback', () => {
    expect(devServerUrlFrom('http://localhost:5173/', false)).toBe('http://localhost:5173/');
    expect(devServerUrlFrom('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173/');
    expect(devServerUrlFrom('http://[::1]:5173/', false)).toBe('http://[::1]:5173/');
    expect(devServerUrlFrom('http://localhost:5173/', true)).toBeNull();
    expect(devServerUrlFrom('https://evil.example/', false)).toBeNull();
    expect(devServerUrlFrom('http://192.168.1.10:5173/', false)).toBeNull();
    expect(devServerUrlFrom('http://localhost.evil.example:5173/', false)).toBeNull();
    expect(devServerUrlFrom('http://127.0.0.1@evil.example/', false)).toBeNull();
    expect(devServerUrlFrom('http://u:p@localhost:5173/', false)).toBeNull();
    expect(devServerUrlFrom('file:///tmp/index.html', false)).toBeNull();
    expect(devServerUrlFrom('javascript:alert(1)', false)).toBeNull();
    expect(devServerUrlFrom('not a url', false)).toBeNull();
    expect(devServerUrlFrom('', false)).toBeNull();
    expect(devServerUrlFrom(undefined, false)).toBeNull();
  });
});

describe('origins', () => {
  it('gives our custom scheme a real origin (Node’s URL says "null" for it)', () => {
    expect(new URL(APP_ENTRY_URL).origin).toBe('null');
    expect(originOf(APP_ENTRY_URL)).toBe(APP_ORIGIN);
    expect(originOf('http://localhost:5173/x?y')).toBe('http://localhost:5173');
    expect(originOf('file:///opt/app/out/renderer/index.html')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
  });
});

describe('IPC sender check', () => {
  const prod = { devServerUrl: null };
  const dev = { devServerUrl: 'http://localhost:5173/' };

  it('in production accepts only app://renderer', () => {
    expect(rendererOrigin(prod)).toBe('app://renderer');
    expect(isTrustedRendererUrl('app://renderer/index.html', prod)).toBe(true);
    expect(isTrustedRendererUrl('app://renderer/', prod)).toBe(true);
    expect(isTrustedRendererUrl('app://renderer/index.html#trips', prod)).toBe(true);
    expect(isTrustedRendererUrl('app://other/index.html', prod)).toBe(false);
    expect(isTrustedRendererUrl('app://renderer.evil/index.html', prod)).toBe(false);
    expect(isTrustedRendererUrl('app://renderer@evil/index.html', prod)).toBe(false);
    expect(isTrustedRendererUrl('app://renderer:8080/index.html', prod)).toBe(false);
    // file:// is no longer our page: every local file shares that "origin".
    expect(isTrustedRendererUrl('file:///opt/app/out/renderer/index.html', prod)).toBe(false);
    expect(isTrustedRendererUrl('https://evil.example/', prod)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/', prod)).toBe(false);
    expect(isTrustedRendererUrl('', prod)).toBe(false);
  });

  it('in development accepts only the dev server’s origin', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedRendererUrl('app://renderer/index.html', dev)).toBe(false);
  });
});

describe('pure modules stay pure', () => {
  it('renderer-url, trusted-sender and app-protocol import no electron', () => {
    for (const name of ['renderer-url.ts', 'trusted-sender.ts', 'app-protocol.ts']) {
      const text = readFileSync(join(__dirname, '../../src/main/electron', name), 'utf8');
      expect(text, name).not.toMatch(/from 'electron'/);
    }
  });
});
