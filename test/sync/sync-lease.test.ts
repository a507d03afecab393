// Finding 7: one sync per data folder across processes. Two real CLI processes on one folder: the second says
// which pid syncs and exits 1, `--wait` waits and then syncs; a reader keeps reading while the sync writes; a
// stale lease (expired, or its process dead on this host) is taken over.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/main/store/open-store';
import { setSetting } from '../../src/main/store/repos/settings-repo';
import {
  readSyncLease,
  renewSyncLease,
  tryAcquireSyncLease,
} from '../../src/main/store/repos/sync-lease-repo';
import { acquireSyncLease, currentSyncLease, SyncLeaseHeldError } from '../../src/main/sync/sync-lease';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { CREDENTIALS, startHarness, type Harness } from './helpers/sync-harness';
import { startGatedProxy, type GatedProxy } from './helpers/gated-proxy';
import { translateMessage } from '../../src/shared/i18n';

const ROOT = resolve(__dirname, '../..');
const PW_ENV = 'DA_TEST_LEASE_PASSWORD';

let harness: Harness | null = null;
let proxy: GatedProxy | null = null;
let db: TestDb | null = null;
const children: ChildProcessWithoutNullStreams[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  await proxy?.close();
  await harness?.close();
  db?.dispose();
  proxy = null;
  harness = null;
  db = null;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Child {
  proc: ChildProcessWithoutNullStreams;
  out: () => string;
  err: () => string;
  exited: Promise<number>;
  /** resolves once stdout matches */
  printed(re: RegExp): Promise<void>;
}

function cliChild(args: string[]): Child {
  const proc = spawn(process.execPath, ['bin/dispatch-analytics.mjs', ...args], {
    cwd: ROOT,
    env: { ...process.env, [PW_ENV]: CREDENTIALS.password },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(proc);
  let out = '';
  let err = '';
  const waiters: Array<{ re: RegExp; done: () => void }> = [];
  proc.stdout.on('data', (c: Buffer) => {
    out += c.toString();
    for (const w of waiters.splice(0))
      if (w.re.test(out)) w.done();
      else waiters.push(w);
  });
  proc.stderr.on('data', (c: Buffer) => void (err += c.toString()));
  const exited = new Promise<number>((done) => proc.on('exit', (code) => done(code ?? -1)));
  return {
    proc,
    out: () => out,
    err: () => err,
    exited,
    printed: (re) =>
      re.test(out)
        ? Promise.resolve()
        : Promise.race([
            new Promise<void>((done) => waiters.push({ re, done })),
            exited.then((code) => {
              throw new Error(`exited ${code} before printing ${re}:\n${out}\n${err}`);
            }),
          ]),
  };
}

describe('two sync processes on one data folder', () => {
  it('the second says "already running (pid …)" and exits 1; --wait waits, then syncs; reads never fail meanwhile', async () => {
    harness = await startHarness({ days: 12, bookingsPerDay: 40 });
    // The first sync is held at its first day's bookings, after it took the lease: no timing involved.
    proxy = await startGatedProxy(harness.server.url, (path) => path.includes('reservations'));
    const dataDir = mkdtempSync(join(tmpdir(), 'da-lease-'));
    dirs.push(dataDir);
    const seed = openStore(join(dataDir, 'dispatch-analytics.sqlite'));
    setSetting(seed.db, 'sync', { historyDays: 10, windowDays: 3, concurrency: 2 }, Date.now());
    seed.close();
    const args = [
      '--data-dir',
      dataDir,
      'sync',
      '--server',
      proxy.url,
      '--email',
      CREDENTIALS.email,
      '--password-env',
      PW_ENV,
    ];

    const first = cliChild(args);
    await proxy.firstHeld;

    const second = cliChild(args);
    expect(await second.exited).toBe(1);
    expect(second.err().trim().split('\n')).toHaveLength(1);
    expect(second.err()).toContain(`Une synchronisation est déjà en cours (pid ${first.proc.pid})`);
    expect(second.err()).toContain('--wait');

    const waiting = cliChild([...args, '--wait']);
    await waiting.printed(new RegExp(`déjà en cours \\(pid ${first.proc.pid}\\) : attente`));

    // A reader on its own connection, reading while the first sync writes, until both syncs are over.
    const reader = new Database(join(dataDir, 'dispatch-analytics.sqlite'), { readonly: true });
    reader.pragma('busy_timeout = 15000');
    let reads = 0;
    let readFailure: unknown = null;
    let over = false;
    const readLoop = (async () => {
      while (!over) {
        try {
          reader.prepare('SELECT count(*) AS n FROM bookings').get();
          reader.prepare('SELECT count(*) AS n FROM daily_stats').get();
          reads++;
        } catch (err) {
          readFailure = err;
          return;
        }
        await new Promise((r) => setImmediate(r));
      }
    })();

    proxy.open();
    const [firstCode, waitingCode] = await Promise.all([first.exited, waiting.exited]);
    over = true;
    await readLoop;
    reader.close();
    expect(firstCode, first.err()).toBe(0);
    expect(waitingCode, waiting.err()).toBe(0);
    expect(waiting.out()).toContain('Synchronisation terminée');
    expect(readFailure).toBeNull();
    expect(reads).toBeGreaterThan(0);

    const store = openStore(join(dataDir, 'dispatch-analytics.sqlite'));
    const log = store.sqlite.prepare('SELECT status FROM sync_log ORDER BY id').all();
    expect(readSyncLease(store.db)).toBeNull();
    store.close();
    // Both syncs succeeded one after the other; the refused one wrote nothing.
    expect(log).toEqual([{ status: 'success' }, { status: 'success' }]);
  }, 60_000);
});

describe('sync lease', () => {
  const T = Date.UTC(2026, 11, 1, 8, 0);
  const claim = (over: Partial<Parameters<typeof tryAcquireSyncLease>[1]> = {}) => ({
    pid: 4242,
    host: 'this-host',
    token: 'ours',
    now: T,
    ttlMs: 60_000,
    isAlive: () => true,
    ...over,
  });

  it('refuses a live holder, takes over an expired lease or one whose process died on this host', () => {
    db = createTestDb();
    expect(tryAcquireSyncLease(db.db, claim({ token: 'a', pid: 1 })).acquired).toBe(true);
    // Live holder, same host, not expired.
    const refused = tryAcquireSyncLease(db.db, claim({ token: 'b', pid: 2 }));
    expect(refused).toMatchObject({ acquired: false, holder: { pid: 1, token: 'a', expiresAt: T + 60_000 } });
    // Its process is gone.
    const dead = tryAcquireSyncLease(db.db, claim({ token: 'c', pid: 3, isAlive: (pid) => pid !== 1 }));
    expect(dead).toMatchObject({ acquired: true, tookOverFrom: { pid: 1 } });
    // Another host's live-looking lease counts until it expires (its pids mean nothing here).
    db.sqlite.prepare("UPDATE sync_lease SET owner_host = 'other-host'").run();
    expect(tryAcquireSyncLease(db.db, claim({ token: 'd', isAlive: () => false })).acquired).toBe(false);
    expect(tryAcquireSyncLease(db.db, claim({ token: 'd', now: T + 60_000 })).acquired).toBe(true);
    // Renewal moves the expiry of our own lease only.
    expect(renewSyncLease(db.db, 'd', T + 200_000)).toBe(true);
    expect(renewSyncLease(db.db, 'c', T + 300_000)).toBe(false);
    expect(readSyncLease(db.db)?.expiresAt).toBe(T + 200_000);
  });

  it('a real dead process of this host: its lease is taken over at once', () => {
    db = createTestDb();
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    db.sqlite
      .prepare(
        'INSERT INTO sync_lease (id, owner_pid, owner_host, token, acquired_at, expires_at) VALUES (1, ?, ?, ?, ?, ?)',
      )
      .run(gone, hostname(), 'killed', Date.now(), Date.now() + 3_600_000);
    expect(currentSyncLease(db.db)).toBeNull();
    const lease = acquireSyncLease(db.db);
    expect(readSyncLease(db.db)).toMatchObject({ pid: process.pid, token: lease.token });
    // A second claim from this (live) process is refused with our pid in the sentence.
    const err = (() => {
      try {
        acquireSyncLease(db.db);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(SyncLeaseHeldError);
    expect(translateMessage('en', (err as SyncLeaseHeldError).userMessage)).toContain(
      `A sync is already running (pid ${process.pid})`,
    );
    lease.release();
    expect(readSyncLease(db.db)).toBeNull();
  });
});
