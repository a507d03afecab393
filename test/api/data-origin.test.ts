// app:get-info says whether the store holds the built-in demo's data, and whose company it is: the UI labels
// every screen with it. A failed switch to a real server leaves the demo data — still labelled as demo.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../src/main/app-core';
import { DEMO_COMPANY_NAME } from '../../src/main/demo/demo-world';
import type { AppInfo, SyncFinished } from '../../src/shared/api-contract';
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

async function update(c: AppCore, input: Record<string, unknown>): Promise<void> {
  expect(await c.handlers['settings:update-settings'](input)).toMatchObject({ ok: true, data: { ok: true } });
}

async function origin(c: AppCore): Promise<AppInfo['data']> {
  const res = await c.handlers['app:get-info']({});
  if (!res.ok) throw new Error(res.error.message);
  return res.data.data;
}

describe('app:get-info data origin', () => {
  it('empty → demo (labelled) → failed switch (still demo) → real server (its company, not demo)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'da-origin-'));
    const c = (core = createAppCore({
      dataDir: dir,
      secretStore: createMemorySecretStore(),
      transport: 'http',
      autoSync: false,
    }));
    expect(await origin(c)).toEqual({ demo: false, company: null });

    await update(c, { historyDays: 7 });
    expect(await syncNow(c)).toMatchObject({ status: 'success' });
    expect(await origin(c)).toEqual({ demo: true, company: DEMO_COMPANY_NAME });

    await update(c, { serverUrl: await deadLoopbackUrl(), email: CREDENTIALS.email, password: 'whatever' });
    expect(await syncNow(c)).toMatchObject({ status: 'failed' });
    expect(await origin(c)).toEqual({ demo: true, company: DEMO_COMPANY_NAME });

    harness = await startHarness({ days: 5 });
    await update(c, {
      serverUrl: harness.server.url,
      email: CREDENTIALS.email,
      password: CREDENTIALS.password,
    });
    expect(await syncNow(c)).toMatchObject({ status: 'success' });
    // The test server serves the demo world too; what counts is where the store's data came from.
    expect(await origin(c)).toEqual({ demo: false, company: DEMO_COMPANY_NAME });
  });
});
