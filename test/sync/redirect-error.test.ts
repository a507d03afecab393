// The sentence a redirect becomes, case by case (mutation testing showed the loopback tests of
// redirect-survivors.test.ts never told these cases apart): only a plain http→https upgrade of the same host
// and path is the "use https://" advice; every other redirect names where it pointed; a missing or unreadable
// Location says so; the error stays a 'server' error carrying the status (the sync's retry rule reads both).
import { describe, expect, it } from 'vitest';
import { redirectError } from '../../src/main/sync/redirect-error';
import { translateMessage } from '../../src/shared/i18n';

const FROM = 'http://dispatch.example.ch/api/v1/auth/login';

function explain(requestUrl: string, location: string | null) {
  const err = redirectError(requestUrl, 302, location);
  return { err, key: err.userMessage.key, en: translateMessage('en', err.userMessage) };
}

describe('redirectError', () => {
  it('http→https on the same host and path is the "use https://" advice, with origins and status', () => {
    const { err, key, en } = explain(FROM, 'https://dispatch.example.ch/api/v1/auth/login');
    expect(key).toBe('sync.errors.redirectToHttps');
    expect(err.userMessage.params).toEqual({
      from: 'http://dispatch.example.ch',
      to: 'https://dispatch.example.ch',
      status: 302,
    });
    expect(err.kind).toBe('server');
    expect(err.status).toBe(302);
    expect(en).toContain('https://dispatch.example.ch');
  });

  it.each([
    [
      'https→https (already encrypted)',
      'https://dispatch.example.ch/api/v1/auth/login',
      'https://dispatch.example.ch/x',
    ],
    ['http→http (no upgrade)', FROM, 'http://dispatch.example.ch/api/v1/auth/login?x=1'],
    [
      'https→https on the same host and path, another port',
      'https://dispatch.example.ch/api/v1/auth/login',
      'https://dispatch.example.ch:8443/api/v1/auth/login',
    ],
    ['https→http (a downgrade)', 'https://dispatch.example.ch/api/v1/auth/login', FROM],
    ['http→https on another host', FROM, 'https://sso.example.net/api/v1/auth/login'],
    ['http→https on another path', FROM, 'https://dispatch.example.ch/login'],
  ])('%s names the target and is not the https advice', (_label, from, location) => {
    const { err, key } = explain(from, location);
    expect(key).toBe('sync.errors.redirect');
    const target = new URL(location);
    expect(err.userMessage.params).toMatchObject({ to: `${target.origin}${target.pathname}`, status: 302 });
    expect(err.kind).toBe('server');
    expect(err.status).toBe(302);
  });

  it.each([
    ['no Location header', null],
    ['an unreadable Location', 'http://[not-an-address'],
  ])('%s says the target is unreadable', (_label, location) => {
    const { err, key, en } = explain(FROM, location);
    expect(key).toBe('sync.errors.redirectUnreadable');
    expect(err.userMessage.params).toEqual({ from: 'http://dispatch.example.ch', status: 302 });
    expect(en).toContain('HTTP 302');
    expect(err.kind).toBe('server');
    expect(err.status).toBe(302);
  });
});
