// `schedule run-due` as real processes on one data folder: two at the same instant send once; one killed while
// the server holds its message leaves no duplicate (the row becomes 'unknown', never re-sent automatically).
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { openStore, type Store } from '../../src/main/store/open-store';
import { setSetting } from '../../src/main/store/repos/settings-repo';
import { startTestSmtp, type TestSmtp } from '../mail/smtp-test-server';

const BIN = resolve(__dirname, '../../bin/dispatch-analytics.mjs');
// Monday 2026-03-02 08:00:30 in Zurich: the daily report of Sunday 03-01 is due.
const DUE_NOW = '2026-03-02T08:00:30+01:00';
const SEVEN = Date.parse('2026-03-02T07:00:00+01:00');

let dir: string;
let smtp: TestSmtp;
const children: ChildProcess[] = [];

function withStore<T>(fn: (s: Store) => T): T {
  const s = openStore(join(dir, 'dispatch-analytics.sqlite'));
  try {
    return fn(s);
  } finally {
    s.close();
  }
}

function runDue(now: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [BIN, 'schedule', 'run-due'],
      {
        env: { ...process.env, DISPATCH_ANALYTICS_DATA_DIR: dir, DISPATCH_ANALYTICS_NOW: now },
        timeout: 90_000,
      },
      (err, stdout, stderr) => done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
    children.push(child);
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'da-sched-'));
  withStore((s) => {
    seedDemo(s.db, {
      seed: 1,
      days: 10,
      endDay: '2026-03-02',
      now: SEVEN,
      settings: DEFAULT_ANALYTICS_SETTINGS,
    });
  });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(async () => {
  smtp = await startTestSmtp();
  withStore((s) => {
    s.sqlite.exec('DELETE FROM mail_outbox; DELETE FROM job_runs; DELETE FROM schedule_enablement;');
    setSetting(
      s.db,
      'mail',
      { host: '127.0.0.1', port: smtp.port, security: 'none', from: 'rapports@example.ch' },
      SEVEN,
    );
    setSetting(
      s.db,
      'reports',
      { daily: { enabled: true, time: '08:00', recipients: 'a@example.ch, b@example.ch:en' } },
      SEVEN,
    );
    // Switched on at 07:00, before the due time.
    s.sqlite
      .prepare("INSERT INTO schedule_enablement (job, enabled_at) VALUES ('report.daily', ?)")
      .run(SEVEN);
  });
});
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  await smtp.stop();
});

describe('schedule run-due in separate processes', () => {
  it('two processes at the same instant: one send per recipient', async () => {
    const [one, two] = await Promise.all([runDue(DUE_NOW), runDue(DUE_NOW)]);
    expect(one.stderr + two.stderr).toBe('');
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['a@example.ch', 'b@example.ch']);
    expect(smtp.received.map((m) => String(m.parsed.headers.get('x-dispatch-report')))).toEqual([
      'daily 2026-03-01',
      'daily 2026-03-01',
    ]);
    const again = await runDue('2026-03-02T09:00:00+01:00');
    expect(again.code).toBe(0);
    expect(smtp.received).toHaveLength(2);
  }, 120_000);

  it('killed while the server holds its message: no duplicate, the delivery shows as unknown', async () => {
    smtp.holdData = new Promise<void>(() => {});
    const started = smtp.nextData();
    const child = spawn(process.execPath, [BIN, 'schedule', 'run-due'], {
      env: { ...process.env, DISPATCH_ANALYTICS_DATA_DIR: dir, DISPATCH_ANALYTICS_NOW: DUE_NOW },
      stdio: 'ignore',
    });
    children.push(child);
    await started;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    smtp.holdData = null;

    // A minute later: the other recipient goes out; the interrupted one is not touched.
    await runDue('2026-03-02T08:01:30+01:00');
    // Later still: the interrupted one is declared unknown — and still not re-sent.
    await runDue('2026-03-02T08:30:00+01:00');
    await runDue('2026-03-02T09:30:00+01:00');
    expect(smtp.received.map((m) => m.to[0])).toEqual(['b@example.ch']);
    const rows = withStore((s) =>
      s.sqlite.prepare('SELECT recipient, state FROM mail_outbox ORDER BY recipient').all(),
    );
    expect(rows).toEqual([
      { recipient: 'a@example.ch', state: 'unknown' },
      { recipient: 'b@example.ch', state: 'sent' },
    ]);
  }, 120_000);
});
