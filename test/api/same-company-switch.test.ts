// Issue 13, finding 5: another spelling of the same server (http://127.0.0.1:PORT → http://localhost:PORT, the
// same company) cleared the store, and the re-sync brought back only `sync.historyDays`: older history was gone.
// Now only another company clears; the same company keeps its data (after a switch backup) and syncs on. A real
// demo dispatch server on 127.0.0.1, the app core on a real data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../src/main/app-core';
import { dataSourceId, recordedDataSource } from '../../src/main/store/repos/data-source-repo';
import { listBackups } from '../../src/main/store/backups';
import type { SyncFinished } from '../../src/shared/api-contract';
import { CREDENTIALS, startHarness, type Harness } from '../sync/helpers/sync-harness';
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

async function update(c: AppCore, input: Record<string, unknown>) {
  expect(await c.handlers['settings:update-settings'](input)).toMatchObject({ ok: true, data: { ok: true } });
}

function days(c: AppCore): { first: string; n: number } {
  return c.store.sqlite.prepare('SELECT min(date) AS first, count(*) AS n FROM daily_stats').get() as {
    first: string;
    n: number;
  };
}

describe('the same company at another address (issue 13, finding 5)', () => {
  it('127.0.0.1 → localhost keeps the history older than sync.historyDays, after a switch backup', async () => {
    harness = await startHarness({ days: 20 });
    const port = new URL(harness.server.url).port;
    dir = mkdtempSync(join(tmpdir(), 'da-same-company-'));
    core = createAppCore({
      dataDir: dir,
      secretStore: createMemorySecretStore(),
      transport: 'http',
      autoSync: false,
    });
    const c = core;
    await update(c, {
      serverUrl: `http://127.0.0.1:${port}`,
      email: CREDENTIALS.email,
      password: CREDENTIALS.password,
      historyDays: 18,
    });
    expect(await syncNow(c)).toMatchObject({ status: 'success' });
    const before = days(c);
    expect(before.n).toBeGreaterThan(10);

    await update(c, { historyDays: 7 });
    await update(c, { serverUrl: `http://localhost:${port}`, password: CREDENTIALS.password });
    expect(await syncNow(c)).toMatchObject({ status: 'success' });
    expect(recordedDataSource(c.store.db)).toBe(
      dataSourceId({ url: `http://localhost:${port}`, email: CREDENTIALS.email }),
    );
    // Nothing older than the new 7 days was lost.
    expect(days(c)).toEqual(before);
    expect(listBackups(dir).filter((b) => b.reason === 'switch')).toHaveLength(1);
  }, 60_000);
});
