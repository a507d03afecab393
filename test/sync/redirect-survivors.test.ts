// Redirect errors that once went unnoticed (a mutation probe): the message printing the query string of the
// target (it may carry a token), and an http→https redirect to ANOTHER host presented as the simple "use https://"
// of the real server — the user would then type an address that is not their server's.
import { afterEach, describe, expect, it } from 'vitest';
import { createAtmrClient } from '../../src/main/sync/atmr-client';
import { SyncError } from '../../src/main/sync/sync-errors';
import { translateMessage } from '../../src/shared/i18n';
import { startLoopbackServer, type LoopbackServer } from './helpers/loopback-server';

const servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function redirectingTo(location: (host: string, url: string) => string): Promise<LoopbackServer> {
  const s = await startLoopbackServer((req, res) => {
    res.writeHead(302, { location: location(req.headers.host!, req.url!) });
    res.end();
  });
  servers.push(s);
  return s;
}

async function messagesOf(baseUrl: string): Promise<{ en: string; fr: string }> {
  const client = createAtmrClient({
    baseUrl,
    email: 'dispatch@example.ch',
    getPassword: async () => 'pw',
    timeoutMs: 10_000,
    sleep: async () => undefined,
  });
  const err = await client.getCompany().then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SyncError);
  const { userMessage } = err as SyncError;
  return { en: translateMessage('en', userMessage), fr: translateMessage('fr', userMessage) };
}

describe('a redirect error', () => {
  it('names the target’s origin and path, never its query string or fragment', async () => {
    const s = await redirectingTo(() => 'https://sso.example.net/login?token=eyJSECRET&next=%2F#frag');
    const m = await messagesOf(s.url);
    for (const text of [m.en, m.fr]) {
      expect(text).toContain('https://sso.example.net/login');
      expect(text).not.toContain('eyJSECRET');
      expect(text).not.toContain('token=');
      expect(text).not.toContain('frag');
    }
  });

  it('http→https to another host is a redirect elsewhere, not the "use https://" advice', async () => {
    const s = await redirectingTo((_host, url) => `https://other.example.net${url}`);
    const m = await messagesOf(s.url);
    expect(m.en).toContain('https://other.example.net/api/v1/auth/login');
    expect(m.en).not.toContain('as the server address');
    expect(m.fr).not.toContain('comme adresse du serveur');
  });

  it('http→https to the same host and path is the "use https://" advice', async () => {
    const s = await redirectingTo((host, url) => `https://${host}${url}`);
    const m = await messagesOf(s.url);
    expect(m.en).toContain(`use ${s.url.replace('http://', 'https://')} as the server address`);
  });
});
