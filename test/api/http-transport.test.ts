import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalyticsPort } from '../../src/main/api/analytics-port';
import { startHttpTransport, type HttpTransport } from '../../src/main/api/http-transport';
import { MISSING_BUILD_MESSAGE } from '../../src/main/api/static-files';
import { translate } from '../../src/shared/i18n';
import { createHttpApiClient } from '../../src/shared/http-api-client';
import type { DashboardJson } from '../../src/shared/analytics-types';
import { createApiFixture, unreachableAnalytics } from './helpers/api-fixture';
import { readSseEvents } from './helpers/sse-reader';

const summary = {
  total_bookings: 120,
  avg_on_time_rate: 83.33333333,
  avg_delay_minutes: 4.166666,
  avg_quality_score: 79.005,
  cancellation_rate: 3.333333,
  trips_per_driver: 6.5,
};
const dashboard: DashboardJson = {
  period: { start: '2026-03-04', end: '2026-03-10', days: 7 },
  summary,
  quality_parts: { punctuality: 41.666666, delay: 21.6666666, cancellations: 15.67, total: 79.005 },
  trends: [],
  insights: [],
  previous_summary: summary,
};
const fakeAnalytics: AnalyticsPort = {
  ...unreachableAnalytics,
  getDashboard: () => structuredClone(dashboard),
} as AnalyticsPort;

let fixture: ReturnType<typeof createApiFixture> | undefined;
let transport: HttpTransport | undefined;
let staticDir: string | undefined;
afterEach(async () => {
  await transport?.close();
  await fixture?.dispose();
  if (staticDir) rmSync(staticDir, { recursive: true, force: true });
  transport = fixture = staticDir = undefined;
});

async function start(opts: { withUi?: boolean; analytics?: AnalyticsPort } = {}) {
  fixture = createApiFixture({
    analytics: opts.analytics ?? fakeAnalytics,
    runSync: async ({ onProgress }) => {
      onProgress({ phase: 'day', dayIndex: 1, dayCount: 2, day: '2026-03-09', bookingsSoFar: 60 });
      return { daysSynced: 2, bookingsSynced: 120 };
    },
  });
  if (opts.withUi) {
    staticDir = mkdtempSync(join(tmpdir(), 'da-ui-'));
    mkdirSync(join(staticDir, 'assets'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>UI</title>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(staticDir, '..', 'da-secret.txt'), 'do not serve');
  }
  transport = await startHttpTransport({
    handlers: fixture.handlers,
    events: fixture.events,
    staticDir: staticDir ?? null,
  });
  return transport;
}

function post(t: HttpTransport, channel: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${t.url}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dispatch-token': t.token, ...headers },
    body: JSON.stringify(body),
  });
}

describe('HTTP transport', () => {
  it('binds loopback and prints a page URL with a long random token', async () => {
    const t = await start();
    expect(t.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(t.pageUrl).toBe(`${t.url}/?token=${t.token}`);
    expect(t.token.length).toBeGreaterThanOrEqual(40);
  });

  it('answers 401 without a token or with a wrong one, and never runs the call', async () => {
    const t = await start();
    const none = await fetch(`${t.url}/api/app:get-info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(none.status).toBe(401);
    const wrong = await post(t, 'app:get-info', {}, { 'x-dispatch-token': `${t.token.slice(0, -1)}x` });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const sse = await fetch(`${t.url}/api/events?token=nope`);
    expect(sse.status).toBe(401);
  });

  it('returns the service output rounded to 2 decimals, with no CORS header and a CSP', async () => {
    const t = await start();
    const res = await post(t, 'analytics:get-dashboard', { period: '7d' });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const body = (await res.json()) as { ok: true; data: DashboardJson };
    expect(body.ok).toBe(true);
    expect(body.data.summary).toEqual({
      total_bookings: 120,
      avg_on_time_rate: 83.33,
      avg_delay_minutes: 4.17,
      avg_quality_score: 79.01,
      cancellation_rate: 3.33,
      trips_per_driver: 6.5,
    });
    expect(body.data.quality_parts).toEqual({
      punctuality: 41.67,
      delay: 21.67,
      cancellations: 15.67,
      total: 79.01,
    });
  });

  it('the shared HTTP client speaks to it, envelopes included', async () => {
    const t = await start();
    const api = createHttpApiClient(t.url, t.token);
    const info = await api.getAppInfo();
    expect(info).toMatchObject({
      ok: true,
      data: { version: '0.1.0-test', transport: 'http', today: '2026-03-10' },
    });
    const bad = await api.getDashboard({ from: '2026-03-10', to: '2026-03-01' });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'validation', message: /to/ } });
    const denied = await createHttpApiClient(t.url, 'wrong').getAppInfo();
    expect(denied).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('rejects unknown channels, bad JSON, wrong methods, foreign origins and foreign Host headers', async () => {
    const t = await start();
    expect((await post(t, 'fs:read-file', {})).status).toBe(404);
    const badJson = await fetch(`${t.url}/api/app:get-info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dispatch-token': t.token },
      body: '{oops',
    });
    expect(badJson.status).toBe(400);
    expect(
      (await fetch(`${t.url}/api/app:get-info`, { headers: { 'x-dispatch-token': t.token } })).status,
    ).toBe(405);
    expect((await post(t, 'app:get-info', {}, { origin: 'http://evil.example' })).status).toBe(403);
    const rebinding = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: t.port,
          path: '/',
          method: 'GET',
          headers: { host: `evil.example:${t.port}` },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end();
    });
    expect(rebinding).toBe(421);
  });

  it('delivers sync progress and the outcome over SSE', async () => {
    const t = await start();
    const stream = await fetch(`${t.url}/api/events`, { headers: { 'x-dispatch-token': t.token } });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reading = readSseEvents(stream, (events) => events.some((e) => e.event === 'sync:finished'));
    const started = await post(t, 'sync:start-sync', {});
    expect(await started.json()).toEqual({ ok: true, data: { started: true } });
    const events = await reading;
    expect(events.map((e) => e.event)).toEqual(['sync:progress', 'sync:finished']);
    expect(JSON.parse(events[0]!.data)).toMatchObject({
      phase: 'day',
      dayIndex: 1,
      dayCount: 2,
      bookingsSoFar: 60,
    });
    expect(JSON.parse(events[1]!.data)).toMatchObject({ status: 'success', bookingsSynced: 120 });
  });

  it('serves the built UI (app routes fall back to the page) and nothing outside its folder', async () => {
    const t = await start({ withUi: true });
    const page = await fetch(`${t.url}/?token=${t.token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>UI</title>');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect((await fetch(`${t.url}/trips`)).status).toBe(200);
    expect(await (await fetch(`${t.url}/assets/app.js`)).text()).toBe('console.log(1)');
    expect((await fetch(`${t.url}/assets/missing.js`)).status).toBe(404);
    const traversal = await fetch(`${t.url}/..%2F..%2Fda-secret.txt`);
    expect(await traversal.text()).not.toContain('do not serve');
  });

  it('says to run `npm run build` when the UI is not built', async () => {
    const t = await start();
    const res = await fetch(`${t.url}/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toBe(translate('fr', MISSING_BUILD_MESSAGE));
    const en = await fetch(`${t.url}/`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(await en.text()).toMatch(/^The user interface is not built yet: run `npm run build`/);
  });
});
