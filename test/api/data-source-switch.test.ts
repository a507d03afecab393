// Issue 7, finding 1: changing the server must not wipe the store before the new server has answered. The data
// source switches only once the new server accepted the login and named its company, after a backup; a dead
// address, a wrong password or a failed backup lose nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../src/main/app-core';
import { dataSourceId, recordedDataSource } from '../../src/main/store/repos/data-source-repo';
import type { SyncFinished } from '../../src/shared/api-contract';
import { CREDENTIALS, startHarness, type Harness } from '../sync/helpers/sync-harness';
import { deadLoopbackUrl } from './helpers/counting-server';
import { createMemorySecretStore } from './helpers/memory-secret-store';

let core: AppCore | undefined;
let dir: string | undefined;
let harness: Harness | undefined;
afterEach(async () => {
  await core?.stop();
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  core = dir = harness = undefined;
});

function newCore(backupBeforeSwitch?: () => Promise<void>): AppCore {
  dir = mkdtempSync(join(tmpdir(), 'da-switch-'));
  core = createAppCore({
    dataDir: dir,
    secretStore: createMemorySecretStore(),
    transport: 'http',
    autoSync: false,
    ...(backupBeforeSwitch ? { backupBeforeSwitch } : {}),
  });
  return core;
}

async function syncNow(c: AppCore): Promise<SyncFinished> {
  const finished = new Promise<SyncFinished>((resolve) => {
    const off = c.events.subscribe((event, payload) => {
      if (event === 'sync:finished') {
        off();
        resolve(payload as SyncFinished);
      }
    });
  });
  expect(await c.handlers['sync:start-sync']({})).toMatchObject({ ok: true, data: { started: true } });
  return finished;
}

/** Everything a switch would clear, as rows: equal dumps = nothing lost. */
function dump(c: AppCore) {
  const all = (sql: string) => c.store.sqlite.prepare(sql).all();
  return {
    bookings: all('SELECT * FROM bookings ORDER BY id'),
    dailyStats: all('SELECT * FROM daily_stats ORDER BY company_id, date'),
    companies: all('SELECT id, name FROM companies ORDER BY id'),
  };
}

async function update(c: AppCore, input: Record<string, unknown>) {
  const res = await c.handlers['settings:update-settings'](input);
  expect(res).toMatchObject({ ok: true, data: { ok: true } });
}

/** A store synced from the embedded demo (a week, to stay quick). */
async function demoSyncedCore(backup?: () => Promise<void>): Promise<AppCore> {
  const c = newCore(backup);
  await update(c, { historyDays: 7 });
  expect(await syncNow(c)).toMatchObject({ status: 'success' });
  expect(recordedDataSource(c.store.db)).toBe('demo');
  return c;
}

describe('data source switch (issue 7, finding 1)', () => {
  it('a dead address or a wrong password loses nothing; the good server then replaces the data, after a backup', async () => {
    const backups: number[] = [];
    // The backup runs long after `c` is set: it sees the store as it is just before the switch.
    const c: AppCore = await demoSyncedCore(async () => {
      // Called while the old data is still there.
      backups.push((c.store.sqlite.prepare('SELECT count(*) AS n FROM bookings').get() as { n: number }).n);
    });
    const before = dump(c);
    expect(before.bookings.length).toBeGreaterThan(0);
    expect(before.dailyStats.length).toBeGreaterThan(0);

    // 1. A typo: nothing listens there.
    await update(c, { serverUrl: await deadLoopbackUrl(), email: CREDENTIALS.email, password: 'whatever' });
    const dead = await syncNow(c);
    expect(dead).toMatchObject({ status: 'failed', error: { code: 'offline' } });
    expect(dump(c)).toEqual(before);
    expect(recordedDataSource(c.store.db)).toBe('demo');
    // The old data stays on screen, with the error.
    expect(await c.handlers['sync:get-status']({})).toMatchObject({
      ok: true,
      data: { source: 'demo', error: { code: 'offline' } },
    });
    const dash = await c.handlers['analytics:get-dashboard']({ period: '7d' });
    expect(dash).toMatchObject({ ok: true });

    // 2. A real server that refuses the password.
    harness = await startHarness({ days: 10 });
    await update(c, {
      serverUrl: harness.server.url,
      email: CREDENTIALS.email,
      password: 'wrong-password-123',
    });
    const refused = await syncNow(c);
    expect(refused.status).toBe('failed');
    expect(dump(c)).toEqual(before);
    expect(recordedDataSource(c.store.db)).toBe('demo');
    expect(backups).toEqual([]);

    // 3. The right password: the new server's data replaces the demo's, once, after one backup.
    await update(c, { password: CREDENTIALS.password });
    expect(await syncNow(c)).toMatchObject({ status: 'success' });
    expect(backups).toEqual([before.bookings.length]);
    expect(recordedDataSource(c.store.db)).toBe(
      dataSourceId({ url: harness.server.url, email: CREDENTIALS.email }),
    );
    const after = dump(c);
    expect(after.bookings.length).toBeGreaterThan(0);
    expect(after.bookings).not.toEqual(before.bookings);
    expect(after.dailyStats).not.toEqual(before.dailyStats);
    expect(await c.handlers['sync:get-status']({})).toMatchObject({ ok: true, data: { source: 'server' } });
  });

  it('a backup that fails stops the switch: the old data stays', async () => {
    const c = await demoSyncedCore(async () => {
      throw new Error('disk full');
    });
    const before = dump(c);
    harness = await startHarness({ days: 10 });
    await update(c, {
      serverUrl: harness.server.url,
      email: CREDENTIALS.email,
      password: CREDENTIALS.password,
    });
    const outcome = await syncNow(c);
    expect(outcome).toMatchObject({ status: 'failed', error: { kind: 'validation' } });
    expect(outcome.error?.message).toContain('rien n’a été effacé');
    expect(dump(c)).toEqual(before);
    expect(recordedDataSource(c.store.db)).toBe('demo');
  });
});
