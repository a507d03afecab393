// `serve` refuses an export download started by a page of another origin. A page served by any other program on
// 127.0.0.1 is same-site (a site ignores the port), so the browser sends our SameSite=Strict session cookie with
// it: the browser's Origin and Sec-Fetch-Site headers are what tell the two apart. The real serve (app core +
// HTTP transport) on a seeded folder, the cookie got the way a browser gets it (the page with its ?token=).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/main/cli/main';
import { startServe, type ServeHandle } from '../src/main/serve-app';
import { exportFileUrl, type ExportRequest } from '../src/shared/contract/export-inputs';
import { createMemorySecretStore } from './api/helpers/memory-secret-store';

let dir: string;
let uiDir: string;
let serve: ServeHandle;
let origin: string;
let cookie: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'da-serve-origin-'));
  const seeded = await runCli(
    ['--data-dir', dir, 'demo', 'seed', '--days', '10', '--bookings-per-day', '10'],
    {
      io: { stdout: () => {}, stderr: () => {} },
    },
  );
  expect(seeded).toBe(0);
  uiDir = mkdtempSync(join(tmpdir(), 'da-serve-origin-ui-'));
  writeFileSync(join(uiDir, 'index.html'), '<!doctype html><title>UI</title>');
  serve = await startServe({
    dataDir: dir,
    uiDir,
    autoSync: false,
    schedule: false,
    secretStore: createMemorySecretStore(),
  });
  origin = serve.transport.url;
  const page = await fetch(serve.transport.pageUrl);
  await page.text();
  cookie = page.headers.get('set-cookie')!.split(';')[0]!;
}, 60_000);

afterAll(async () => {
  await serve?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(uiDir, { recursive: true, force: true });
});

// The demo's days end yesterday (real clock): the last month holds them.
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const request: ExportRequest = { format: 'csv', part: 'trips', filter: { from: day(-30), to: day(0) } };

function download(headers: Record<string, string>) {
  return fetch(exportFileUrl(origin, request), { headers: { cookie, ...headers } });
}

describe('serve: GET /api/export-file from another origin', () => {
  it('refuses a download started by a page on another loopback port, though the cookie came along', async () => {
    const otherPage = `http://127.0.0.1:${Number(new URL(origin).port) + 1}`;
    // A link clicked on the other page: a navigation (no Origin), same-site by the browser's reckoning.
    const link = await download({ 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'navigate' });
    expect(link.status).toBe(403);
    expect(((await link.json()) as { error: { message: string } }).error.message).toMatch(/Cross-origin/);
    // A fetch() from the other page: Origin names that page.
    const fetched = await download({
      origin: otherPage,
      'sec-fetch-site': 'same-site',
      'sec-fetch-mode': 'cors',
    });
    expect(fetched.status).toBe(403);
    await fetched.text();
    const crossSite = await download({ 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    await crossSite.text();
  });

  it('still serves our own page’s link, an address typed in the bar, and tools', async () => {
    const cases: Record<string, string>[] = [
      { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate' },
      { 'sec-fetch-site': 'none' },
      { origin, 'sec-fetch-site': 'same-origin' },
      {},
    ];
    for (const headers of cases) {
      const res = await download(headers);
      expect(res.status, JSON.stringify(headers)).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(/attachment/);
      await res.arrayBuffer();
    }
  });
});
