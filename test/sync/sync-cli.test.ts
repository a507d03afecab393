// `dispatch-analytics sync` in-process and as a child process killed with SIGKILL mid-way.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/main';
import { openStore } from '../../src/main/store/open-store';
import { setSetting, getSetting } from '../../src/main/store/repos/settings-repo';
import { createServer } from 'node:net';
import { addDays, todayIn } from '../../src/shared/time';
import { createDemoDataset } from '../../src/main/demo/demo-generator';
import { startDemoServer } from '../../src/main/demo-server/demo-server';
import { CREDENTIALS, ZONE, startHarness, type Harness } from './helpers/sync-harness';
import { createFileSecretStore } from '../../src/main/secrets/file-secret-store';
import { startCountingServer } from '../api/helpers/counting-server';

const ROOT = resolve(__dirname, '../..');
const PW_ENV = 'DA_TEST_SYNC_PASSWORD';

let harness: Harness | null = null;
const dirs: string[] = [];
afterEach(async () => {
  await harness?.close();
  harness = null;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  delete process.env[PW_ENV];
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'da-sync-cli-'));
  dirs.push(d);
  return d;
}

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
  });
  return { code, stdout, stderr };
}

/** Sync settings written before the first sync, so the CLI's plan is small and slow enough to interrupt. */
function presetSync(dataDir: string, settings: Record<string, number>): void {
  const store = openStore(join(dataDir, 'dispatch-analytics.sqlite'));
  setSetting(store.db, 'sync', settings, Date.now());
  store.close();
}

function tableDump(dataDir: string) {
  const store = openStore(join(dataDir, 'dispatch-analytics.sqlite'));
  try {
    const integrity = store.sqlite.pragma('integrity_check', { simple: true });
    const metrics = store.sqlite
      .prepare(
        `SELECT date, dispatch_run_id, total_bookings, on_time_bookings, delayed_bookings, cancelled_bookings,
                average_delay_minutes, max_delay_minutes, total_delay_minutes, total_drivers, active_drivers,
                avg_bookings_per_driver, total_distance_km, avg_distance_per_booking, quality_score, extra_data
         FROM dispatch_metrics ORDER BY date`,
      )
      .all();
    const stats = store.sqlite
      .prepare(
        'SELECT date, total_bookings, on_time_rate, avg_delay, quality_score, bookings_trend, delay_trend FROM daily_stats ORDER BY date',
      )
      .all();
    const bookings = store.sqlite
      .prepare('SELECT count(*) AS n FROM bookings WHERE deleted_at IS NULL')
      .get();
    const days = (store.sqlite.prepare('SELECT count(*) AS n FROM sync_days').get() as { n: number }).n;
    const log = store.sqlite.prepare('SELECT status FROM sync_log ORDER BY id').all();
    return { integrity, metrics, stats, bookings, days, log };
  } finally {
    store.close();
  }
}

describe('sync command', () => {
  it('syncs, saves the profile with --save/--save-password, then a plain `sync` works', async () => {
    harness = await startHarness();
    const dataDir = tempDir();
    // 7 days: the smallest history the settings accept (a smaller stored value reads as the default).
    presetSync(dataDir, { historyDays: 7, windowDays: 2, concurrency: 4 });
    process.env[PW_ENV] = CREDENTIALS.password;
    const first = await cli([
      '--data-dir',
      dataDir,
      'sync',
      '--server',
      `${harness.server.url}/api/v1/`,
      '--email',
      CREDENTIALS.email,
      '--password-env',
      PW_ENV,
      '--save',
      '--save-password',
    ]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/jour 8\/8 /);
    expect(first.stdout).toContain('Synchronisation terminée : 8 jours');
    expect(first.stdout).not.toContain(CREDENTIALS.password);

    delete process.env[PW_ENV];
    const again = await cli(['--data-dir', dataDir, '--lang', 'en', 'sync']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Sync done: 3 days');
    const store = openStore(join(dataDir, 'dispatch-analytics.sqlite'));
    expect(getSetting(store.db, 'server', null)).toEqual({
      url: harness.server.url,
      email: CREDENTIALS.email,
    });
    const settingsText = JSON.stringify(store.sqlite.prepare('SELECT * FROM settings').all());
    store.close();
    expect(settingsText).not.toContain(CREDENTIALS.password);
  });

  it('clear one-line errors and exit codes', async () => {
    harness = await startHarness();
    const dataDir = tempDir();
    const noServer = await cli(['--data-dir', dataDir, 'sync']);
    expect(noServer.code).toBe(2);
    expect(noServer.stderr).toContain('--server');
    const badDate = await cli(['--data-dir', dataDir, 'sync', '--from', '2025-13-01', '--to', '2025-12-31']);
    expect(badDate.code).toBe(2);
    const badUrl = await cli(['--data-dir', dataDir, 'sync', '--server', 'ftp://x', '--email', 'a@b.ch']);
    expect(badUrl.code).toBe(2);
    process.env[PW_ENV] = 'wrong-password-123';
    const wrong = await cli([
      '--data-dir',
      dataDir,
      'sync',
      '--server',
      harness.server.url,
      '--email',
      CREDENTIALS.email,
      '--password-env',
      PW_ENV,
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toContain('refuse');
    expect(wrong.stderr).not.toContain('wrong-password-123');
  });

  it('killed with SIGKILL mid-way: the next sync completes it, integrity ok, metrics equal an undisturbed sync', async () => {
    const fixedNow = Date.now();
    harness = await startHarness({
      days: 40,
      bookingsPerDay: 40,
      now: () => fixedNow,
      server: { latencyMs: 60 },
    });
    const settings = { historyDays: 30, windowDays: 7, concurrency: 1 };
    const killedDir = tempDir();
    const cleanDir = tempDir();
    presetSync(killedDir, settings);
    presetSync(cleanDir, settings);
    const args = [
      'sync',
      '--server',
      harness.server.url,
      '--email',
      CREDENTIALS.email,
      '--password-env',
      PW_ENV,
    ];

    const child = spawn(process.execPath, ['bin/dispatch-analytics.mjs', '--data-dir', killedDir, ...args], {
      cwd: ROOT,
      env: { ...process.env, [PW_ENV]: CREDENTIALS.password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let killedAt = 0;
    await new Promise<void>((done, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /jour (\d+)\/31/g;
        let last = 0;
        for (const hit of out.matchAll(m)) last = Number(hit[1]);
        if (last >= 4 && killedAt === 0) {
          killedAt = last;
          child.kill('SIGKILL');
        }
      });
      child.on('exit', () =>
        killedAt > 0 ? done() : fail(new Error(`child ended before being killed:\n${out}`)),
      );
    });
    const interrupted = tableDump(killedDir);
    expect(interrupted.log).toEqual([{ status: 'running' }]);
    expect(interrupted.days).toBeGreaterThanOrEqual(4);
    expect(interrupted.days).toBeLessThan(31);
    expect(interrupted.integrity).toBe('ok');

    process.env[PW_ENV] = CREDENTIALS.password;
    const resumed = await cli(['--data-dir', killedDir, ...args]);
    expect(resumed.code).toBe(0);
    const clean = await cli(['--data-dir', cleanDir, ...args]);
    expect(clean.code).toBe(0);

    const a = tableDump(killedDir);
    const b = tableDump(cleanDir);
    expect(a.integrity).toBe('ok');
    expect(a.days).toBe(31);
    // The killed sync's log row is closed as interrupted; the resumed one succeeded.
    expect(a.log).toEqual([{ status: 'failed' }, { status: 'success' }]);
    expect(a.bookings).toEqual(b.bookings);
    expect(a.metrics.length).toBeGreaterThan(25);
    expect(a.metrics).toEqual(b.metrics);
    expect(a.stats).toEqual(b.stats);
  });
});

describe('sync into a store that holds another company', () => {
  async function otherCompanyServer() {
    const today = todayIn(ZONE, Date.now());
    const dataset = createDemoDataset({
      seed: 11,
      days: 6,
      endDay: addDays(today, -1),
      bookingsPerDay: 20,
      timeZone: ZONE,
      companyId: 3,
    });
    return startDemoServer({ dataset, credentials: CREDENTIALS, seed: 11 });
  }
  const count = (dataDir: string, sql: string) => {
    const store = openStore(join(dataDir, 'dispatch-analytics.sqlite'));
    try {
      return store.sqlite.prepare(sql).all();
    } finally {
      store.close();
    }
  };

  it('is refused with one line that says what to do (exit 2), nothing written; --replace clears, then syncs', async () => {
    const server = await otherCompanyServer();
    try {
      const dataDir = tempDir();
      expect(
        (await cli(['--data-dir', dataDir, 'demo', 'seed', '--days', '5', '--bookings-per-day', '20'])).code,
      ).toBe(0);
      presetSync(dataDir, { historyDays: 7, windowDays: 2 });
      const seeded = count(dataDir, 'SELECT company_id, count(*) AS n FROM bookings GROUP BY company_id');
      expect(seeded).toEqual([{ company_id: 1, n: expect.any(Number) }]);
      process.env[PW_ENV] = CREDENTIALS.password;
      const args = [
        '--data-dir',
        dataDir,
        'sync',
        '--server',
        server.url,
        '--email',
        CREDENTIALS.email,
        '--password-env',
        PW_ENV,
      ];

      const refused = await cli(args);
      expect(refused.code).toBe(2);
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      expect(refused.stderr).toContain('--data-dir');
      expect(refused.stderr).toContain('--replace');
      expect(refused.stderr).toMatch(/entreprise 1\b.*entreprise 3\b/);
      expect(count(dataDir, 'SELECT id FROM companies')).toEqual([{ id: 1 }]);
      expect(count(dataDir, 'SELECT company_id, count(*) AS n FROM bookings GROUP BY company_id')).toEqual(
        seeded,
      );

      const replaced = await cli([...args, '--replace']);
      expect(replaced.stderr).toBe('');
      expect(replaced.code).toBe(0);
      expect(replaced.stdout).toContain('effacées');
      expect(count(dataDir, 'SELECT id FROM companies')).toEqual([{ id: 3 }]);
      expect(count(dataDir, 'SELECT DISTINCT company_id FROM bookings')).toEqual([{ company_id: 3 }]);
      expect(count(dataDir, 'SELECT DISTINCT company_id FROM dispatch_metrics')).toEqual([{ company_id: 3 }]);

      // The same company again: no question asked.
      const again = await cli(args);
      expect(again.code).toBe(0);
    } finally {
      await server.close();
    }
  });
});

describe('sync progress while the server cannot be reached', () => {
  it('prints each retry, then fails offline in one line (exit 1)', async () => {
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const { port } = probe.address() as { port: number };
    await new Promise<void>((done) => probe.close(() => done()));
    const dataDir = tempDir();
    process.env[PW_ENV] = 'secret';
    const r = await cli([
      '--data-dir',
      dataDir,
      'sync',
      '--server',
      `http://127.0.0.1:${port}`,
      '--email',
      'a@b.ch',
      '--password-env',
      PW_ENV,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('injoignable');
    expect(r.stdout.match(/Nouvelle tentative… \(\d\) dans [\d,]+ s \(ECONNREFUSED\)/g)).toHaveLength(2);
  });
});

describe('sync --server follows the settings’ address rule and the password’s origin (issue 7, findings 2 and 6)', () => {
  it('refuses plain http to another host and credentials in the URL (exit 2), and --save keeps nothing', async () => {
    const dataDir = tempDir();
    process.env[PW_ENV] = 'some-password-1';
    const base = ['--data-dir', dataDir, 'sync', '--email', 'a@b.ch', '--password-env', PW_ENV, '--save'];
    const clear = await cli([...base, '--server', 'http://dispatch.example.invalid']);
    expect(clear.code).toBe(2);
    expect(clear.stderr).toContain('https://');
    const withUser = await cli([...base, '--server', 'https://user:pw@dispatch.example.invalid']);
    expect(withUser.code).toBe(2);
    expect(withUser.stderr).toContain('e-mail');
    const store = openStore(join(dataDir, 'dispatch-analytics.sqlite'));
    expect(getSetting(store.db, 'server', null)).toBeNull();
    store.close();
  });

  it('never sends the password saved for one server to another given with --server', async () => {
    const dataDir = tempDir();
    const store = openStore(join(dataDir, 'dispatch-analytics.sqlite'));
    setSetting(store.db, 'server', { url: 'https://saved.example', email: 'a@b.ch' }, 1);
    store.close();
    // Saved by an older version, under no origin: bound to https://saved.example by the next run.
    await createFileSecretStore({ dataDir }).set('server-password', 'saved-server-password');
    const other = await startCountingServer();
    try {
      const res = await cli(['--data-dir', dataDir, 'sync', '--server', other.url, '--password-env', PW_ENV]);
      expect(res.code).toBe(2);
      expect(res.stderr).toContain(PW_ENV);
      expect(other.received).toEqual([]);
      expect(await createFileSecretStore({ dataDir }).get('server-password@https://saved.example')).toBe(
        'saved-server-password',
      );
    } finally {
      await other.close();
    }
  });
});
