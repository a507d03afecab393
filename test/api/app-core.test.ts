import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../src/main/app-core';
import {
  dataSourceId,
  recordedDataSource,
  switchDataSource,
} from '../../src/main/store/repos/data-source-repo';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { DEFAULT_ANALYTICS_SETTINGS, type DashboardJson } from '../../src/shared/analytics-types';
import type { SyncFinished } from '../../src/shared/api-contract';
import { syncProgressSchema, type SyncProgress } from '../../src/shared/contract/sync-settings-schemas';
import { createServer } from 'node:net';
import { createMemorySecretStore } from './helpers/memory-secret-store';

let core: AppCore | undefined;
let dir: string | undefined;
afterEach(async () => {
  await core?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  core = dir = undefined;
});

function newCore(opts: { autoSync?: boolean } = {}) {
  dir = mkdtempSync(join(tmpdir(), 'da-core-'));
  core = createAppCore({
    dataDir: dir,
    secretStore: createMemorySecretStore(),
    transport: 'http',
    version: 't',
    ...opts,
  });
  return core;
}

function nextFinished(c: AppCore): Promise<SyncFinished> {
  return new Promise((resolve) => {
    const off = c.events.subscribe((event, payload) => {
      if (event === 'sync:finished') {
        off();
        resolve(payload as SyncFinished);
      }
    });
  });
}

describe('app core', () => {
  it('first start with no server configured syncs the embedded demo server: a full dashboard', async () => {
    const c = newCore();
    const finished = nextFinished(c);
    await c.start();
    const outcome = await finished;
    expect(outcome).toMatchObject({ status: 'success', error: null });
    expect(outcome.daysSynced).toBeGreaterThan(80);
    const dash = await c.handlers['analytics:get-dashboard']({ period: '30d' });
    expect(dash.ok).toBe(true);
    expect((dash as { data: DashboardJson }).data.summary.total_bookings).toBeGreaterThan(500);
    const status = await c.handlers['sync:get-status']({});
    expect(status).toMatchObject({
      ok: true,
      data: { running: false, source: 'demo', lastSync: { status: 'success' } },
    });
    expect(recordedDataSource(c.store.db)).toBe('demo');
  });

  it('never auto-syncs a store filled by `demo seed` (no source recorded, no server), but serves it', async () => {
    const c = newCore();
    seedDemo(c.store.db, {
      seed: 1,
      days: 30,
      endDay: '2026-03-10',
      bookingsPerDay: 30,
      now: Date.now(),
      settings: DEFAULT_ANALYTICS_SETTINGS,
    });
    await c.start();
    expect(c.syncController.state().running).toBe(false);
    expect(c.store.sqlite.prepare('SELECT count(*) AS n FROM sync_log').get()).toEqual({ n: 0 });
    const dash = await c.handlers['analytics:get-dashboard']({ from: '2026-02-09', to: '2026-03-10' });
    expect((dash as { data: DashboardJson }).data.summary.total_bookings).toBeGreaterThan(0);
  });

  it('with auto sync off (serve --no-sync), no next sync is reported, even after the interval is changed', async () => {
    const c = newCore({ autoSync: false });
    await c.start();
    const nextSyncAt = async () =>
      ((await c.handlers['sync:get-status']({})) as { data: { nextSyncAt: string | null } }).data.nextSyncAt;
    expect(await nextSyncAt()).toBeNull();
    expect(await c.handlers['settings:update-settings']({ syncIntervalMinutes: 30 })).toMatchObject({
      ok: true,
      data: { ok: true },
    });
    expect(await nextSyncAt()).toBeNull();
    expect(c.syncController.state()).toMatchObject({ running: false, nextSyncAt: null });
  });

  it('with auto sync on, the next periodic sync is reported', async () => {
    const c = newCore();
    c.syncController.schedule(c.settings().sync.intervalMinutes);
    const status = (await c.handlers['sync:get-status']({})) as { data: { nextSyncAt: string | null } };
    expect(status.data.nextSyncAt).not.toBeNull();
  });

  it('a server address where nothing listens: progress says it retries, then the sync fails offline', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const c = newCore({ autoSync: false });
    const saved = await c.handlers['settings:update-settings']({
      serverUrl: `http://127.0.0.1:${port}`,
      email: 'dispatch@example.ch',
      password: 'secret',
    });
    expect(saved).toMatchObject({ ok: true, data: { ok: true } });
    const progress: SyncProgress[] = [];
    c.events.subscribe((event, payload) => {
      if (event === 'sync:progress') progress.push(syncProgressSchema.parse(payload));
    });
    const finished = nextFinished(c);
    expect(await c.handlers['sync:start-sync']({})).toMatchObject({ ok: true, data: { started: true } });
    const outcome = await finished;
    expect(outcome).toMatchObject({ status: 'failed', error: { kind: 'external', code: 'offline' } });
    expect(outcome.error?.message).toContain('ECONNREFUSED');
    // The contract carries the retry through: two quick retries, then the verdict.
    expect(progress.filter((p) => p.retrying).map((p) => [p.retrying?.attempt, p.retrying?.reason])).toEqual([
      [2, 'ECONNREFUSED'],
      [3, 'ECONNREFUSED'],
    ]);
    const status = (await c.handlers['sync:get-status']({})) as {
      data: { running: boolean; progress: unknown };
    };
    expect(status.data).toMatchObject({ running: false, progress: null });
  });

  it('re-aggregates when the on-time threshold changes', async () => {
    const c = newCore({ autoSync: false });
    seedDemo(c.store.db, {
      seed: 3,
      days: 20,
      endDay: '2026-03-10',
      bookingsPerDay: 40,
      now: Date.now(),
      settings: DEFAULT_ANALYTICS_SETTINGS,
    });
    const range = { from: '2026-02-19', to: '2026-03-10' };
    const rate = async () =>
      ((await c.handlers['analytics:get-dashboard'](range)) as { data: DashboardJson }).data.summary
        .avg_on_time_rate;
    const before = await rate();
    const saved = await c.handlers['settings:update-settings']({ onTimeThresholdMinutes: 30 });
    expect(saved).toMatchObject({ ok: true, data: { ok: true } });
    expect(await rate()).toBeGreaterThan(before);
  });
});

describe('data source switch', () => {
  it('adopts a store with no recorded source, then clears synced data when the source changes', async () => {
    const c = newCore({ autoSync: false });
    seedDemo(c.store.db, {
      seed: 2,
      days: 5,
      endDay: '2026-03-10',
      now: Date.now(),
      settings: DEFAULT_ANALYTICS_SETTINGS,
    });
    const count = (t: string) =>
      (c.store.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    expect(switchDataSource(c.store.db, 'demo', 1)).toBe(false);
    expect(count('bookings')).toBeGreaterThan(0);
    expect(switchDataSource(c.store.db, 'demo', 2)).toBe(false);
    const server = dataSourceId({ url: 'https://x.example', email: 'A@B.ch' });
    expect(server).toBe('server:https://x.example|a@b.ch');
    expect(switchDataSource(c.store.db, server, 3)).toBe(true);
    for (const t of [
      'bookings',
      'assignments',
      'dispatch_metrics',
      'daily_stats',
      'sync_days',
      'companies',
      'drivers',
    ]) {
      expect(count(t), t).toBe(0);
    }
    expect(recordedDataSource(c.store.db)).toBe(server);
  });
});
