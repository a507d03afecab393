// Finding: the first report after switching a schedule on was lost when no scheduler ran between the change and
// the next due time (enablement was recorded at the first check, after the period was due). Real processes: the
// setting is saved with `settings set` at 12:00, nothing runs overnight, and the next morning's `run-due` sends
// the first report over a real SMTP server on 127.0.0.1.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'da-enable-'));
  smtp = await startTestSmtp();
  const store = openStore(join(dir, 'dispatch-analytics.sqlite'));
  try {
    seedDemo(store.db, {
      seed: 3,
      days: 10,
      endDay: '2026-03-03',
      now: Date.parse('2026-03-03T07:00:00+01:00'),
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

describe('switching the daily report on', () => {
  it('saved at 12:00, no scheduler overnight: the next morning’s run-due sends the first report', async () => {
    const set = await cli(
      '2026-03-02T12:00:00+01:00',
      'settings',
      'set',
      'mail.host=127.0.0.1',
      `mail.port=${smtp.port}`,
      'mail.security=none',
      'mail.from=rapports@example.ch',
      'reports.daily.enabled=true',
      'reports.daily.time=08:00',
      'reports.daily.recipients=chef@example.ch',
    );
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);

    const due = await cli('2026-03-03T08:00:30+01:00', 'schedule', 'run-due');
    expect(due.stderr).toBe('');
    expect(due.code).toBe(0);
    expect(smtp.received.map((m) => String(m.parsed.headers.get('x-dispatch-report')))).toEqual([
      'daily 2026-03-02',
    ]);
  }, 120_000);

  it('switched off and on again: the days it was off are not caught up', async () => {
    await cli('2026-03-03T09:00:00+01:00', 'settings', 'set', 'reports.daily.enabled=false');
    await cli('2026-03-05T12:00:00+01:00', 'settings', 'set', 'reports.daily.enabled=true');
    const before = smtp.received.length;
    const due = await cli('2026-03-05T12:05:00+01:00', 'schedule', 'run-due');
    expect(due.code).toBe(0);
    expect(smtp.received.length).toBe(before);
  }, 120_000);
});
