// Finding: a restored backup sent the reports again — the record of what was sent lived only inside the store the
// restore rewinds. Real processes on one data folder and a real SMTP server on 127.0.0.1: the daily report goes
// out, a backup taken before the send is restored, and `schedule run-due` sends no second copy (the next day's
// report still goes out once).
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { openStore } from '../../src/main/store/open-store';
import { startTestSmtp, type TestSmtp } from '../mail/smtp-test-server';

const BIN = resolve(__dirname, '../../bin/dispatch-analytics.mjs');

let dir: string;
let smtp: TestSmtp;

function cli(now: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        env: { ...process.env, DISPATCH_ANALYTICS_DATA_DIR: dir, DISPATCH_ANALYTICS_NOW: now },
        timeout: 90_000,
      },
      (err, stdout, stderr) => done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const reports = () =>
  smtp.received.map((m) => `${String(m.parsed.headers.get('x-dispatch-report'))} → ${m.to[0]}`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'da-restore-ledger-'));
  smtp = await startTestSmtp();
  const store = openStore(join(dir, 'dispatch-analytics.sqlite'));
  try {
    seedDemo(store.db, {
      seed: 5,
      days: 10,
      endDay: '2026-03-03',
      now: Date.parse('2026-03-03T06:00:00+01:00'),
      settings: DEFAULT_ANALYTICS_SETTINGS,
    });
  } finally {
    store.close();
  }
}, 120_000);
afterAll(async () => {
  await smtp.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup restore and the reports already sent', () => {
  it('a backup from before the send is restored: run-due sends no second copy', async () => {
    const set = await cli(
      '2026-03-01T12:00:00+01:00',
      'settings',
      'set',
      'mail.host=127.0.0.1',
      `mail.port=${smtp.port}`,
      'mail.security=none',
      'mail.from=rapports@example.ch',
      'reports.daily.enabled=true',
      'reports.daily.recipients=a@example.ch, b@example.ch:en',
    );
    expect(set.code, set.stderr).toBe(0);
    expect((await cli('2026-03-02T07:30:00+01:00', 'backup', 'create')).code).toBe(0);
    const before = readdirSync(join(dir, 'backups')).find((f) => f.endsWith('-manual.sqlite'))!;
    expect(before).toBeDefined();

    expect((await cli('2026-03-02T08:00:30+01:00', 'schedule', 'run-due')).code).toBe(0);
    expect(reports()).toEqual(['daily 2026-03-01 → a@example.ch', 'daily 2026-03-01 → b@example.ch']);

    const restore = await cli('2026-03-02T08:02:00+01:00', 'backup', 'restore', before);
    expect(restore.code, restore.stderr).toBe(0);
    const again = await cli('2026-03-02T08:05:00+01:00', 'schedule', 'run-due');
    expect(again.code, again.stderr).toBe(0);
    expect(reports()).toHaveLength(2);

    // The restored store is the backup's (its data), with the current ledger.
    const db = new Database(join(dir, 'dispatch-analytics.sqlite'), { readonly: true });
    try {
      expect(db.prepare("SELECT period_key, status FROM job_runs WHERE job = 'report.daily'").all()).toEqual([
        { period_key: '2026-03-01', status: 'sent' },
      ]);
      expect(db.prepare('SELECT count(*) AS n FROM schedule_enablement').get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }

    // The schedule goes on: the next day's report once.
    expect((await cli('2026-03-03T08:00:30+01:00', 'schedule', 'run-due')).code).toBe(0);
    expect((await cli('2026-03-03T08:10:00+01:00', 'schedule', 'run-due')).code).toBe(0);
    expect(reports().slice(2)).toEqual([
      'daily 2026-03-02 → a@example.ch',
      'daily 2026-03-02 → b@example.ch',
    ]);
  }, 180_000);
});
