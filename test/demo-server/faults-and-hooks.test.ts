import { afterEach, describe, expect, it } from 'vitest';
import {
  startDemoServer,
  type DemoServer,
  type DemoServerOptions,
} from '../../src/main/demo-server/demo-server';
import { DEFAULT_DEMO_CREDENTIALS } from '../../src/main/demo-server/demo-account';
import { fixtureDataset, MORNING_OF_14 } from './fixture-dataset';
import { get, login, postJson, request } from './http';

let servers: DemoServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
async function start(opts: Partial<DemoServerOptions> = {}) {
  const server = await startDemoServer({
    dataset: fixtureDataset(['2025-03-13']),
    now: () => MORNING_OF_14,
    ...opts,
  });
  servers.push(server);
  return server;
}

async function statusSequence(server: DemoServer, token: string, n: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) statuses.push((await get(server, '/api/v1/companies/me', token)).status);
  return statuses;
}

describe('failRate', () => {
  it('fails a share of requests with 503 maintenance or nginx 502, the same sequence for the same seed', async () => {
    const a = await start({ failRate: 0.4, seed: 42 });
    const b = await start({ failRate: 0.4, seed: 42 });
    const c = await start({ failRate: 0.4, seed: 43 });
    const seqA = await statusSequence(a, await login(a), 40);
    const seqB = await statusSequence(b, await login(b), 40);
    const seqC = await statusSequence(c, await login(c), 40);
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
    expect(seqA).toContain(503);
    expect(seqA).toContain(200);
    expect(seqA.filter((s) => s !== 200).length).toBeGreaterThan(5);
    expect(seqA.every((s) => [200, 502, 503].includes(s))).toBe(true);
  });

  it('503 is the app maintenance body, 502 the proxy HTML page; login is never failed', async () => {
    const server = await start({ failRate: 1, seed: 7 });
    for (let i = 0; i < 3; i++)
      expect((await postJson(server, '/api/v1/auth/login', DEFAULT_DEMO_CREDENTIALS)).status).toBe(200);
    const seen = new Map<number, Awaited<ReturnType<typeof get>>>();
    for (let i = 0; i < 30 && seen.size < 2; i++) {
      const res = await get(server, '/api/v1/companies/me');
      seen.set(res.status, res);
    }
    const maintenance = seen.get(503);
    expect(maintenance?.text).toBe(
      '{"error":"Service en maintenance","message":"Merci de r\\u00e9essayer plus tard"}\n',
    );
    expect(maintenance?.headers.get('deprecation')).toBe('version="v1"');
    const gateway = seen.get(502);
    expect(gateway?.headers.get('content-type')).toBe('text/html');
    expect(gateway?.text).toContain('502 Bad Gateway');
    expect(gateway?.headers.get('deprecation')).toBeNull();
  });

  it('refuses a rate outside 0..1', async () => {
    await expect(start({ failRate: 1.5 })).rejects.toThrow(/between 0 and 1/);
  });
});

describe('test hooks', () => {
  it('inject short-circuits by attempt, can drop the connection, and is removable', async () => {
    const server = await start();
    const token = await login(server);
    const remove = server.inject(({ path, attempt }) =>
      path === '/api/v1/companies/me' && attempt === 1
        ? { status: 503, body: { error: 'busy' }, headers: { 'Retry-After': '2' } }
        : undefined,
    );
    const first = await get(server, '/api/v1/companies/me', token);
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('2');
    expect(first.json).toEqual({ error: 'busy' });
    expect((await get(server, '/api/v1/companies/me', token)).status).toBe(200);
    remove();

    server.inject(({ path }) =>
      path === '/api/v1/auth/me' ? { status: 0, destroySocket: true } : undefined,
    );
    await expect(get(server, '/api/v1/auth/me', token)).rejects.toThrow();
    expect(server.stats()).toMatchObject({
      logins: 1,
      byPath: { '/api/v1/companies/me': 2, '/api/v1/auth/me': 1 },
    });
  });

  it('latencyMs delays responses but they still arrive', async () => {
    const server = await start({ latencyMs: 30 });
    expect((await postJson(server, '/api/v1/auth/login', DEFAULT_DEMO_CREDENTIALS)).status).toBe(200);
  });
});

describe('routing edges', () => {
  it('unknown URLs get the app 404, wrong methods the restx 405, OPTIONS an empty 204', async () => {
    const server = await start();
    const unknown = await get(server, '/api/v1/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.text).toBe(
      '{"error":"Not Found","message":"The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again."}\n',
    );
    expect(unknown.headers.get('deprecation')).toBe('version="v1"');
    expect((await get(server, '/api/v1/companies/me/')).status).toBe(404); // no strict-slash redirect
    const wrongMethod = await request(server, '/api/v1/companies/me', { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.json).toEqual({ message: 'The method is not allowed for the requested URL.' });
    expect((await get(server, '/api/v1/auth/login')).status).toBe(405);
    const preflight = await request(server, '/api/v1/companies/me', {
      method: 'OPTIONS',
      headers: { origin: 'http://x' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.text).toBe('');
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull(); // production: no CORS
  });

  it('dev mode echoes the Origin, indents restx bodies by 4 and writes timestamptz in Zurich time', async () => {
    const server = await start({ mode: 'dev' });
    const token = await login(server);
    const res = await get(server, '/api/v1/auth/me', token, { origin: 'http://localhost:5173' });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(res.text.startsWith('{\n    "id": ')).toBe(true);
    const runs = await get(server, '/api/v1/company_dispatch/runs', token);
    expect(runs.json[0].created_at).toMatch(/\+01:00$/);
    const crash = await get(server, '/api/v1/companies/me/reservations?page=x', token);
    expect(crash.status).toBe(500);
    expect(crash.json).toEqual({
      error: 'server_error',
      message: "invalid literal for int() with base 10: 'x'",
    });
  });

  it('refuses to listen on a non-loopback host unless told to', async () => {
    await expect(start({ host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });
});
