// Issue 7, finding 2: a stored password is bound to the origin it was saved for. Changing only the address must
// never send the old password to the new host — refused in the settings, and refused by the sync even when the
// address was changed some other way (a hand-edited or scripted settings row).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../src/main/app-core';
import { setSetting, getSetting } from '../../src/main/store/repos/settings-repo';
import type { SyncFinished } from '../../src/shared/api-contract';
import { CREDENTIALS, startHarness, type Harness } from '../sync/helpers/sync-harness';
import { startCountingServer, type CountingServer } from './helpers/counting-server';
import { createMemorySecretStore } from './helpers/memory-secret-store';

let core: AppCore | undefined;
let dir: string | undefined;
let harness: Harness | undefined;
let other: CountingServer | undefined;
afterEach(async () => {
  await core?.stop();
  await harness?.close();
  await other?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  core = dir = harness = other = undefined;
});

function newCore(secretStore = createMemorySecretStore()) {
  dir = mkdtempSync(join(tmpdir(), 'da-origin-'));
  core = createAppCore({ dataDir: dir, secretStore, transport: 'http', autoSync: false });
  return { c: core, secretStore };
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
  await c.handlers['sync:start-sync']({});
  return finished;
}

describe('a password bound to its server (issue 7, finding 2)', () => {
  it('changing only the address asks for the password again; no login with the old one reaches the new host', async () => {
    harness = await startHarness({ days: 10 });
    other = await startCountingServer();
    const { c } = newCore();
    const saved = await c.handlers['settings:update-settings']({
      serverUrl: harness.server.url,
      email: CREDENTIALS.email,
      password: CREDENTIALS.password,
      historyDays: 7,
    });
    expect(saved).toMatchObject({ ok: true, data: { ok: true, settings: { hasPassword: true } } });

    // Through the settings: refused next to the password field, nothing saved.
    const moved = await c.handlers['settings:update-settings']({ serverUrl: other.url });
    expect(moved).toMatchObject({ ok: true, data: { ok: false, fieldErrors: { password: /mot de passe/ } } });
    expect(getSetting<{ url: string }>(c.store.db, 'server', { url: '' }).url).toBe(harness.server.url);

    // Around the settings (a scripted or hand-edited row): the sync still has no password for that host.
    setSetting(c.store.db, 'server', { url: other.url, email: CREDENTIALS.email }, 1);
    const outcome = await syncNow(c);
    expect(outcome).toMatchObject({ status: 'failed', error: { kind: 'validation' } });
    expect(outcome.error?.message).toContain(other.url);
    expect(other.received).toEqual([]);

    // With its own password, the new host gets that one, never the old.
    const given = await c.handlers['settings:update-settings']({
      serverUrl: other.url,
      password: 'other-pw-42',
    });
    expect(given).toMatchObject({ ok: true, data: { ok: true, settings: { hasPassword: true } } });
    await syncNow(c);
    expect(other.received.length).toBeGreaterThan(0);
    expect(other.received.some((r) => r.body.includes('other-pw-42'))).toBe(true);
    expect(other.received.some((r) => r.body.includes(CREDENTIALS.password))).toBe(false);

    // Back to the first server: its own password is still there.
    const back = await c.handlers['settings:update-settings']({ serverUrl: harness.server.url });
    expect(back).toMatchObject({ ok: true, data: { ok: true, settings: { hasPassword: true } } });
    expect(await syncNow(c)).toMatchObject({ status: 'success' });
  });

  it('a password saved by an older version (no origin) is bound to the server saved then', async () => {
    const secretStore = createMemorySecretStore();
    secretStore.values.set('server-password', 'legacy-pw');
    const { c } = newCore(secretStore);
    setSetting(c.store.db, 'server', { url: 'https://a.example/', email: 'a@b.ch' }, 1);
    await c.start();
    expect([...secretStore.values.entries()]).toEqual([['server-password@https://a.example', 'legacy-pw']]);
    expect(await c.handlers['settings:get-settings']({})).toMatchObject({
      ok: true,
      data: { hasPassword: true },
    });
  });

  it('an unbound password with no saved server is dropped, not given to the next server', async () => {
    const secretStore = createMemorySecretStore();
    secretStore.values.set('server-password', 'legacy-pw');
    const { c } = newCore(secretStore);
    await c.start();
    expect(secretStore.values.size).toBe(0);
  });
});
