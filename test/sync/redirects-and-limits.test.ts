// The client against real HTTP servers on 127.0.0.1: redirects are never followed (the password and the token
// stay with the server they were meant for), and a server cannot make one sync read endless pages, an endless
// body or an endless number of requests.
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createAtmrClient, type AtmrClientOptions } from '../../src/main/sync/atmr-client';
import { SyncError } from '../../src/main/sync/sync-errors';
import * as fx from './fixtures/atmr-payloads';
import { json, startLoopbackServer, type LoopbackServer } from './helpers/loopback-server';
import { translateMessage } from '../../src/shared/i18n';

const PASSWORD = 'S3cret-of-the-office';
const servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(handler: Parameters<typeof startLoopbackServer>[0]): Promise<LoopbackServer> {
  const s = await startLoopbackServer(handler);
  servers.push(s);
  return s;
}

function loginOk(res: ServerResponse): void {
  const iat = Math.floor(Date.now() / 1000);
  json(res, 200, { token: fx.fakeJwt({ iat, exp: iat + 3600 }) });
}

function clientOf(baseUrl: string, extra: Partial<AtmrClientOptions> = {}) {
  return createAtmrClient({
    baseUrl,
    email: 'dispatch@example.ch',
    getPassword: async () => PASSWORD,
    timeoutMs: 10_000,
    // No real waiting between retries.
    sleep: async () => undefined,
    ...extra,
  });
}

async function failure(p: Promise<unknown>): Promise<SyncError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SyncError);
  return err as SyncError;
}

describe('redirects are errors, never followed', () => {
  it.each([301, 302, 307, 308])(
    'a login answered %i fails naming the target, which never sees the password',
    async (status) => {
      const elsewhere = await server((_req, res) => loginOk(res));
      const dispatch = await server((req, res) => {
        res.writeHead(status, { location: `${elsewhere.url}/collect${req.url}` });
        res.end();
      });
      const err = await failure(clientOf(dispatch.url).getCompany());
      expect(err.status).toBe(status);
      expect(translateMessage('fr', err.userMessage)).toContain(`${elsewhere.url}/collect/api/v1/auth/login`);
      expect(translateMessage('en', err.userMessage)).toContain(`${elsewhere.url}/collect/api/v1/auth/login`);
      expect(translateMessage('en', err.userMessage)).toMatch(/redirect/);
      expect(dispatch.requests).toHaveLength(1);
      expect(dispatch.requests[0]!.body).toContain(PASSWORD);
      expect(elsewhere.requests).toHaveLength(0);
    },
  );

  it('the real server’s http→https redirect says to use https://', async () => {
    const dispatch = await server((req, res) => {
      res.writeHead(301, { location: `https://${req.headers.host}${req.url}` });
      res.end();
    });
    const err = await failure(clientOf(dispatch.url).getCompany());
    const httpsOrigin = dispatch.url.replace('http://', 'https://');
    expect(translateMessage('en', err.userMessage)).toContain(`use ${httpsOrigin} as the server address`);
    expect(translateMessage('fr', err.userMessage)).toContain(
      `utilisez ${httpsOrigin} comme adresse du serveur`,
    );
    expect(dispatch.requests).toHaveLength(1);
  });

  it('a data request answered 302 fails too, and the token does not travel', async () => {
    const elsewhere = await server((_req, res) => json(res, 200, fx.companyMe));
    const dispatch = await server((req, res) => {
      if (req.url === '/api/v1/auth/login') return loginOk(res);
      res.writeHead(302, { location: `${elsewhere.url}/me` });
      res.end();
    });
    const err = await failure(clientOf(dispatch.url).getCompany());
    expect(translateMessage('en', err.userMessage)).toContain(`${elsewhere.url}/me`);
    expect(elsewhere.requests).toHaveLength(0);
  });
});

describe('bounds on what the server sends', () => {
  it('a day announced with 1e8 pages fails on the first page, naming the limit', async () => {
    const dispatch = await server((req, res) => {
      if (req.url === '/api/v1/auth/login') return loginOk(res);
      if (req.url === '/api/v1/companies/me') return json(res, 200, fx.companyMe);
      json(res, 200, { ...fx.reservationsPage, total: 5e10, total_pages: 1e8 });
    });
    const err = await failure(clientOf(dispatch.url).getReservations('2026-03-10'));
    expect(translateMessage('en', err.userMessage)).toContain('100000000 pages');
    expect(translateMessage('en', err.userMessage)).toContain('limit of 100 pages a day');
    expect(translateMessage('fr', err.userMessage)).toContain('limite de 100 pages par jour');
    const pages = dispatch.requests.filter((r) => r.path.startsWith('/api/v1/companies/me/reservations'));
    expect(pages).toHaveLength(1);
  });

  it('a streamed body past the cap is cut off while reading, naming the limit', async () => {
    let written = 0;
    let stopped = false;
    const dispatch = await server((req, res) => {
      if (req.url === '/api/v1/auth/login') return loginOk(res);
      // Chunked, no Content-Length: the client only knows by counting. Generated as it goes (up to 200 MB).
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      res.write('{"name": "');
      const pump = () => {
        while (written < 200 * 1024 * 1024 && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        stopped = true;
        res.end('"}');
      };
      res.on('close', () => (stopped = true));
      pump();
    });
    const err = await failure(
      clientOf(dispatch.url, { limits: { maxBodyBytes: 4 * 1024 * 1024 } }).getCompany(),
    );
    expect(translateMessage('en', err.userMessage)).toContain('larger than 4 MB (the limit per response)');
    expect(translateMessage('fr', err.userMessage)).toContain('de plus de 4 Mo');
    expect(translateMessage('en', err.userMessage)).toContain(`${dispatch.url}/api/v1/companies/me`);
    await expect.poll(() => stopped).toBe(true);
    // The client hung up long before the 200 MB were sent.
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it('a declared Content-Length past the default cap (16 MB) fails before reading', async () => {
    const dispatch = await server((req, res) => {
      if (req.url === '/api/v1/auth/login') return loginOk(res);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 200 * 1024 * 1024 });
      res.write('{');
    });
    const err = await failure(clientOf(dispatch.url).getCompany());
    expect(translateMessage('en', err.userMessage)).toContain('larger than 16 MB');
  });

  it('a sync stops at the request budget, logins included, naming it', async () => {
    // An endless list of unfinished runs: without the budget, 1,000 pages of 200.
    const runs = Array.from({ length: 200 }, (_, i) => ({
      ...fx.runsList[0],
      id: i + 1,
      completed_at: null,
    }));
    const dispatch = await server((req, res) => {
      if (req.url === '/api/v1/auth/login') return loginOk(res);
      if (req.url === '/api/v1/companies/me') return json(res, 200, fx.companyMe);
      json(res, 200, runs);
    });
    const c = clientOf(dispatch.url, { limits: { maxRequestsPerSync: 12 } });
    const err = await failure(c.listRuns({ until: '2026-03-01' }));
    expect(translateMessage('en', err.userMessage)).toContain('limit of 12 requests');
    expect(translateMessage('fr', err.userMessage)).toContain('limite de 12 requêtes');
    expect(dispatch.requests).toHaveLength(12);
    expect(c.stats().requests + c.stats().loginAttempts).toBe(12);
  });
});
