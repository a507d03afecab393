import { describe, expect, it } from 'vitest';
import { checkServerUrl, serverOrigin } from '../../src/main/settings/server-url';

describe('server URL rule (every entry point)', () => {
  it('accepts https anywhere and plain http only to this machine, normalised', () => {
    expect(checkServerUrl(' https://atmr.example.ch/api/v1/ ')).toEqual({
      ok: true,
      url: 'https://atmr.example.ch',
      origin: 'https://atmr.example.ch',
    });
    expect(checkServerUrl('https://atmr.example.ch:8443/dispatch/')).toEqual({
      ok: true,
      url: 'https://atmr.example.ch:8443/dispatch',
      origin: 'https://atmr.example.ch:8443',
    });
    for (const local of [
      'http://127.0.0.1:5050',
      'http://localhost:5050',
      'http://[::1]:5050',
      'http://127.0.0.2',
    ]) {
      expect(checkServerUrl(local).ok, local).toBe(true);
    }
  });

  it('refuses plain http to another host, credentials inside the URL, and what is not a web address', () => {
    expect(checkServerUrl('http://atmr.example.ch')).toEqual({
      ok: false,
      error: 'settings.errors.httpsRequired',
    });
    expect(checkServerUrl('http://127.0.0.1.evil.example')).toMatchObject({
      error: 'settings.errors.httpsRequired',
    });
    expect(checkServerUrl('http://localhost.evil.example')).toMatchObject({
      error: 'settings.errors.httpsRequired',
    });
    expect(checkServerUrl('https://user:pw@atmr.example.ch')).toEqual({
      ok: false,
      error: 'settings.errors.urlWithCredentials',
    });
    expect(checkServerUrl('https://user@atmr.example.ch')).toMatchObject({
      error: 'settings.errors.urlWithCredentials',
    });
    for (const bad of ['ftp://x.example', 'atmr.example.ch', 'not a url', '', 'file:///etc/passwd']) {
      expect(checkServerUrl(bad), bad).toEqual({ ok: false, error: 'settings.errors.badUrl' });
    }
  });

  it('gives the origin a password is bound to', () => {
    expect(serverOrigin('https://a.example/x')).toBe('https://a.example');
    expect(serverOrigin('http://127.0.0.1:5050')).toBe('http://127.0.0.1:5050');
    expect(serverOrigin('nonsense')).toBeNull();
    // A URL without an origin of its own (the URL API says "null") is bound to nothing.
    expect(serverOrigin('mailto:office@example.ch')).toBeNull();
  });

  it('drops every trailing slash and only a final /api/v1', () => {
    expect(checkServerUrl('https://a.example/dispatch///')).toMatchObject({
      url: 'https://a.example/dispatch',
    });
    expect(checkServerUrl('https://a.example/api/v1/tenant')).toMatchObject({
      url: 'https://a.example/api/v1/tenant',
    });
    expect(checkServerUrl('https://a.example/old/api/v1')).toMatchObject({ url: 'https://a.example/old' });
  });
});
