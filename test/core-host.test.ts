// The backups channels through the real handlers, and a restore that restarts the core on the restored store
// while callers keep the same handlers and events.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCoreHost, type CoreHost } from '../src/main/core-host';
import { seedDemo } from '../src/main/demo/seed-demo';
import { DEFAULT_ANALYTICS_SETTINGS, type DashboardJson } from '../src/shared/analytics-types';
import { API_SCHEMAS } from '../src/shared/api-contract';
import { getSetting, setSetting } from '../src/main/store/repos/settings-repo';
import { createMemorySecretStore } from './api/helpers/memory-secret-store';
import { listBackups } from '../src/main/store/backups';
import { switchDataSource } from '../src/main/api/data-source';

const NOW = Date.UTC(2026, 2, 10, 9, 0);
let host: CoreHost | undefined;
let dir: string | undefined;
afterEach(async () => {
  await host?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  host = dir = undefined;
});

function newHost(): CoreHost {
  dir = mkdtempSync(join(tmpdir(), 'da-host-'));
  host = createCoreHost({
    dataDir: dir,
    secretStore: createMemorySecretStore(),
    transport: 'http',
    version: 't',
    autoSync: false,
    now: () => NOW,
  });
  return host;
}

describe('backups over the API, restore restarting the core', () => {
  it('lists, creates, restores by name; the same handlers then serve the restored store', async () => {
    const h = newHost();
    // Started empty: no daily backup is due, the list below is only what the test makes.
    await h.start();
    seedDemo(h.store.db, {
      seed: 1,
      days: 20,
      endDay: '2026-03-09',
      bookingsPerDay: 20,
      now: NOW,
      settings: DEFAULT_ANALYTICS_SETTINGS,
    });
    setSetting(h.store.db, 'marker', 'at-backup', NOW);
    const handlers = h.handlers;

    const empty = await handlers['backups:list-backups']({});
    expect(empty).toMatchObject({ ok: true, data: { keep: 7, backups: [] } });
    const created = await handlers['backups:create-backup']({});
    if (!created.ok) throw new Error(created.error.message);
    expect(API_SCHEMAS['backups:create-backup'].output.parse(created.data)).toEqual(created.data);
    expect(created.data).toMatchObject({ reason: 'manual', createdAt: '2026-03-10T09:00:00.000Z' });

    // Changes after the backup: the restore must take them away.
    setSetting(h.store.db, 'marker', 'after-backup', NOW);
    h.store.sqlite.prepare('DELETE FROM bookings').run();
    const oldStore = h.store;

    const restored = await handlers['backups:restore-backup']({ file: created.data.file });
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.data.safetyBackup?.reason).toBe('restore');
    expect(h.store).not.toBe(oldStore);
    expect(oldStore.sqlite.open).toBe(false);
    expect(getSetting(h.store.db, 'marker', null)).toBe('at-backup');
    const dash = await handlers['analytics:get-dashboard']({ from: '2026-02-20', to: '2026-03-09' });
    expect((dash as { data: DashboardJson }).data.summary.total_bookings).toBeGreaterThan(0);

    const listed = await handlers['backups:list-backups']({});
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.data.backups.map((b) => b.reason).sort()).toEqual(['manual', 'restore']);
  });

  it('refuses a path or an unknown name with a sentence, and keeps serving the same store', async () => {
    const h = newHost();
    await h.start();
    const store = h.store;
    const path = await h.handlers['backups:restore-backup']({ file: '/etc/passwd' });
    expect(path).toMatchObject({ ok: false, error: { kind: 'validation' } });
    const unknown = await h.handlers['backups:restore-backup']({
      file: 'dispatch-analytics-20260101T000000.000Z-manual.sqlite',
    });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.message).toContain('n’existe pas');
    expect((await h.handlers['app:get-info']({})).ok).toBe(true);
    // A refused restore still restarted the core on the untouched store file.
    expect(h.store.path).toBe(store.path);
  });
});

describe('daily backup at start', () => {
  it('a store with data gets its daily backup when the app starts (finished by stop)', async () => {
    const h = newHost();
    seedDemo(h.store.db, {
      seed: 1,
      days: 5,
      endDay: '2026-03-09',
      bookingsPerDay: 10,
      now: NOW,
      settings: DEFAULT_ANALYTICS_SETTINGS,
    });
    await h.start();
    await h.stop();
    host = undefined;
    expect(listBackups(dir!).map((b) => [b.reason, b.createdAt])).toEqual([['daily', NOW]]);
  });
});

describe('backup before a data-source switch', () => {
  it('a server that never answers switches nothing: no switch backup, the old data kept (data-source.test.ts covers the real switch)', async () => {
    const h = newHost();
    seedDemo(h.store.db, {
      seed: 1,
      days: 5,
      endDay: '2026-03-09',
      bookingsPerDay: 10,
      now: NOW,
      settings: DEFAULT_ANALYTICS_SETTINGS,
    });
    switchDataSource(h.store.db, 'demo', NOW);
    const bookings = () =>
      (h.store.sqlite.prepare('SELECT count(*) AS n FROM bookings').get() as { n: number }).n;
    const before = bookings();
    expect(before).toBeGreaterThan(0);
    // A server nobody listens on: the sync fails before the server named its company.
    setSetting(h.store.db, 'server', { url: 'http://127.0.0.1:9', email: 'a@b.ch' }, NOW);
    const finished = new Promise<void>((done) => {
      const off = h.events.subscribe((event) => {
        if (event === 'sync:finished') {
          off();
          done();
        }
      });
    });
    await h.handlers['sync:start-sync']({});
    await finished;
    // The source switches (and its backup is taken) only once the new server answered: here it never does.
    expect(listBackups(dir!).filter((b) => b.reason === 'switch')).toEqual([]);
    expect(bookings()).toBe(before);
  });
});
