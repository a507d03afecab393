// `serve` must outlive anything a client sends. 300 malformed requests over raw TCP (targets, methods, headers,
// bodies; drawn from a seeded generator so a failure replays), then a normal authenticated call must still work.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpTransport, type HttpTransport } from '../../src/main/api/http-transport';
import { mulberry32 } from '../../src/main/demo/prng';
import { createApiFixture, unreachableAnalytics } from './helpers/api-fixture';
import { firstStatus, rawExchange } from './helpers/raw-http';

const CASES = 300;

const TARGETS = [
  'http://[ab',
  'http://[::1',
  'http://127.0.0.1:1/api/app:get-info',
  '*',
  '//',
  '//evil.example/x',
  '/%',
  '/%zz/%E0%A4%A',
  '/..%2F..%2F..%2Fetc%2Fpasswd',
  '/../../etc/passwd',
  '/api/',
  '/api/events?token=%',
  '/api/%00',
  '/api/app:get-info?%%',
  `/${'a'.repeat(9000)}`,
  '/?token=&token=x&code=',
  '/?code=%FF',
  '/assets/\u00e9\u0000.js',
  '/\\..\\..\\x',
  '',
  '/ /',
];
const METHODS = [
  'GET',
  'POST',
  'PUT',
  'DELETE',
  'OPTIONS',
  'TRACE',
  'CONNECT',
  'FOO',
  'get',
  'G\u00c9T',
  '',
  'P OST',
];
const HEADER_SETS = (port: number, token: string): string[][] => [
  [`Host: 127.0.0.1:${port}`],
  [],
  [`Host: 127.0.0.1:${port}`, `Host: evil.example`],
  ['Host: [::'],
  [`Host: 127.0.0.1:${port}`, 'Content-Length: -1'],
  [`Host: 127.0.0.1:${port}`, 'Content-Length: abc'],
  [`Host: 127.0.0.1:${port}`, 'Content-Length: 5', 'Transfer-Encoding: chunked'],
  [`Host: 127.0.0.1:${port}`, 'Transfer-Encoding: chunked'],
  [`Host: 127.0.0.1:${port}`, 'Content-Length: 99999999999999999999'],
  [`Host: 127.0.0.1:${port}`, `X-Big: ${'x'.repeat(20_000)}`],
  [`Host: 127.0.0.1:${port}`, 'no colon here'],
  [`Host: 127.0.0.1:${port}`, `x-dispatch-token: ${token}`, 'content-type: application/json'],
  [`Host: 127.0.0.1:${port}`, `x-dispatch-token: ${token}`, `x-dispatch-token: ${token}`],
  [
    `Host: 127.0.0.1:${port}`,
    `x-dispatch-token: ${token}`,
    'content-type: application/json',
    'Content-Length: 10',
  ],
  [`Host: 127.0.0.1:${port}`, 'Cookie: ;;=;dispatch_analytics_1=\u00ff; =x'],
  [`Host: 127.0.0.1:${port}`, 'Origin: null', `x-dispatch-token: ${token}`],
  [`Host: 127.0.0.1:${port}`, 'Content-Type: application/json\u0000'],
];
const BODIES = [
  '',
  '{',
  '{"period":',
  'null',
  '[]',
  '{"__proto__": {"x": 1}}',
  '5\r\nhello\r\n0\r\n\r\n',
  'zz\r\nnot chunked\r\n',
  '\u0000\u0001\u0002',
  '{"from": "2026-99-99", "to": []}',
  'x'.repeat(70_000),
];

let fixture: ReturnType<typeof createApiFixture>;
let transport: HttpTransport;
let uiDir: string;
beforeAll(async () => {
  fixture = createApiFixture({ analytics: unreachableAnalytics });
  uiDir = mkdtempSync(join(tmpdir(), 'da-fuzz-ui-'));
  writeFileSync(join(uiDir, 'index.html'), '<!doctype html><title>UI</title>');
  transport = await startHttpTransport({
    handlers: fixture.handlers,
    events: fixture.events,
    staticDir: uiDir,
  });
});
afterAll(async () => {
  await transport.close();
  await fixture.dispose();
  rmSync(uiDir, { recursive: true, force: true });
});

function buildCase(random: () => number, port: number, token: string): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const channel = pick(['app:get-info', 'analytics:get-dashboard', 'nope', 'settings:update-settings']);
  const target = random() < 0.4 ? `/api/${channel}` : pick(TARGETS);
  const version = random() < 0.95 ? 'HTTP/1.1' : pick(['HTTP/1.0', 'HTTP/2.0', 'HTTP/9', 'FOO', '']);
  const sets = HEADER_SETS(port, token);
  const headers = random() < 0.4 ? sets[11]! : pick(sets);
  const body = pick(BODIES);
  const withLength = random() < 0.5 && !headers.some((h) => /^(content-length|transfer-encoding)/i.test(h));
  // Mostly well-formed request lines, so that most cases get past the parser into our own code.
  const method = random() < 0.7 ? pick(['GET', 'POST', 'HEAD']) : pick(METHODS);
  const lines = [`${method} ${target} ${version}`, ...headers];
  if (withLength) lines.push(`Content-Length: ${Buffer.byteLength(body, 'latin1')}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

describe('serve under malformed requests', () => {
  it('answers the reported crash (GET http://[ab) with 400', async () => {
    const raw = await rawExchange(
      transport.port,
      `GET http://[ab HTTP/1.1\r\nHost: 127.0.0.1:${transport.port}\r\n\r\n`,
    );
    expect(firstStatus(raw)).toBe(400);
    expect(raw).toContain('Malformed request target');
  });

  it(`survives ${CASES} malformed requests and still answers a normal one`, async () => {
    const random = mulberry32(7);
    const statuses = new Map<string, number>();
    for (let done = 0; done < CASES; done += 10) {
      const batch = Array.from({ length: 10 }, () => buildCase(random, transport.port, transport.token));
      const answers = await Promise.all(
        batch.map((bytes) => rawExchange(transport.port, Buffer.from(bytes, 'latin1'))),
      );
      answers.forEach((raw, i) => {
        const status = firstStatus(raw);
        // No answer at all (a reset) is tolerated only for a request that never finished its headers.
        if (status !== null) {
          const key = String(status);
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
          // A 5xx means a handler threw: a bug, even if the server stayed up.
          expect(status, batch[i]!.slice(0, 200)).toBeLessThan(500);
        }
      });
    }
    expect([...statuses.keys()]).toContain('400');

    const res = await fetch(`${transport.url}/api/app:get-info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dispatch-token': transport.token },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, data: { transport: 'http' } });
    expect((await fetch(`${transport.url}/`)).status).toBe(200);
  });
});
