import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instantToLocalDate } from '../../src/main/analytics/time-zone';
import { wallTimeToInstant } from '../../src/main/schedule/calendar';
import { resendDelivery, runDueReports, sendReportNow } from '../../src/main/schedule/report-runner';
import { nextDueAt } from '../../src/main/schedule/schedule-status';
import { listOutboxHistory } from '../../src/main/store/repos/outbox-repo';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { startTestSmtp, type TestSmtp } from '../mail/smtp-test-server';
import { configure, runnerDeps } from './run-fixtures';

const Z = 'Europe/Zurich';
const MIN = 60_000;
const at = (day: string, time: string) => wallTimeToInstant(day, time, Z);
const header = (m: TestSmtp['received'][number]) => String(m.parsed.headers.get('x-dispatch-report'));

let db: TestDb;
let smtp: TestSmtp;
beforeEach(async () => {
  db = createTestDb();
  smtp = await startTestSmtp();
});
afterEach(async () => {
  await smtp.stop();
  db.dispose();
});

const daily = (recipients: string) => ({ daily: { enabled: true, time: '08:00', recipients } });

describe('a simulated year in Europe/Zurich', () => {
  it('sends every daily and weekly report exactly once, each at its local time, across both DST changes', async () => {
    configure(db.db, smtp.port, {
      ...daily('chef@example.ch'),
      weekly: { enabled: true, weekday: 1, time: '09:00', recipients: 'chef@example.ch' },
    });
    const clock = { now: at('2026-01-01', '00:00') };
    const deps = runnerDeps(db.db, clock);
    await runDueReports(deps); // switches the schedules on at midnight
    const end = at('2027-01-01', '00:00');
    const sentAt = new Map<string, number>();
    while (clock.now < end) {
      // What the scheduler does: wake a second after the next due instant, or at a periodic check (every 12 h
      // here), whichever comes first; each wake-up decides from the job table.
      const next = nextDueAt(db.db, clock.now);
      clock.now = Math.min(next === null ? end : next + 1000, clock.now + 12 * 60 * MIN);
      if (clock.now >= end) break;
      const before = smtp.received.length;
      await runDueReports(deps);
      for (const m of smtp.received.slice(before)) {
        expect(sentAt.has(header(m))).toBe(false);
        sentAt.set(header(m), clock.now);
      }
    }
    const dailies = [...sentAt.keys()].filter((k) => k.startsWith('daily'));
    const weeklies = [...sentAt.keys()].filter((k) => k.startsWith('weekly'));
    expect(dailies).toHaveLength(365);
    expect(weeklies).toHaveLength(52);
    expect(smtp.received).toHaveLength(365 + 52);
    for (const [key, when] of sentAt) {
      const [kind, period] = key.split(' ') as [string, string];
      const dueDay = instantToLocalDate(when - MIN, Z);
      const due = kind === 'daily' ? at(dueDay, '08:00') : at(dueDay, '09:00');
      expect(when - due, key).toBeGreaterThanOrEqual(0);
      expect(when - due, key).toBeLessThanOrEqual(MIN);
      if (kind === 'weekly') expect(new Date(`${dueDay}T12:00:00Z`).getUTCDay()).toBe(1);
      else expect(instantToLocalDate(when, Z) > period).toBe(true);
    }
    // Both DST days had their report at 08:00 local (07:00 UTC before, 06:00 UTC after spring-forward).
    expect(new Date(sentAt.get('daily 2026-03-28')!).toISOString().slice(11, 16)).toBe('06:00');
    expect(new Date(sentAt.get('daily 2026-10-24')!).toISOString().slice(11, 16)).toBe('07:00');
  }, 300_000);
});

describe('catch-up after the machine was off', () => {
  it('off three days: each missed period once, oldest first; off 30 days: only the last catchUpDays', async () => {
    configure(db.db, smtp.port, daily('chef@example.ch'));
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock);
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 30_000;
    await runDueReports(deps);
    expect(smtp.received.map(header)).toEqual(['daily 2026-02-28']);

    clock.now = at('2026-03-04', '10:00');
    await runDueReports(deps);
    await runDueReports(deps);
    expect(smtp.received.map(header).slice(1)).toEqual([
      'daily 2026-03-01',
      'daily 2026-03-02',
      'daily 2026-03-03',
    ]);

    clock.now = at('2026-04-03', '10:00');
    await runDueReports(deps);
    expect(smtp.received.map(header).slice(4)).toEqual([
      'daily 2026-03-27',
      'daily 2026-03-28',
      'daily 2026-03-29',
      'daily 2026-03-30',
      'daily 2026-03-31',
      'daily 2026-04-01',
      'daily 2026-04-02',
    ]);
  });

  it('never sends a period due before the schedule was switched on', async () => {
    configure(db.db, smtp.port, daily('chef@example.ch'));
    const clock = { now: at('2026-03-10', '12:00') };
    await runDueReports(runnerDeps(db.db, clock));
    expect(smtp.received).toHaveLength(0);
  });
});

describe('delivery', () => {
  it('SMTP down, then up: delivered once to each recipient', async () => {
    configure(db.db, smtp.port, daily('a@example.ch, b@example.ch:en'));
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock);
    await runDueReports(deps);
    await smtp.stop();
    clock.now = at('2026-03-01', '08:00') + 1000;
    const down = await runDueReports(deps);
    expect(down.delivery).toEqual({ sent: 0, retry: 2, failed: 0 });
    await smtp.restart();
    clock.now += 30_000; // before the first retry's time: nothing
    expect((await runDueReports(deps)).delivery.sent).toBe(0);
    clock.now += 2 * MIN;
    expect((await runDueReports(deps)).delivery).toEqual({ sent: 2, retry: 0, failed: 0 });
    clock.now += 60 * MIN;
    await runDueReports(deps);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['a@example.ch', 'b@example.ch']);
    expect(smtp.received.find((m) => m.to[0] === 'b@example.ch')!.parsed.subject).toContain(' en');
  });

  it('one recipient answered 550: the others delivered, the failure kept in the server’s words, no retry', async () => {
    configure(db.db, smtp.port, daily('a@example.ch, bad@example.ch, c@example.ch'));
    smtp.refuse.add('bad@example.ch');
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock);
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    expect((await runDueReports(deps)).delivery).toEqual({ sent: 2, retry: 0, failed: 1 });
    for (let i = 0; i < 5; i++) {
      clock.now += 30 * MIN;
      await runDueReports(deps);
    }
    expect(smtp.rcptLog.filter((a) => a === 'bad@example.ch')).toHaveLength(1);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['a@example.ch', 'c@example.ch']);
    const bad = listOutboxHistory(db.db, 10).find((r) => r.recipient === 'bad@example.ch')!;
    expect(bad.state).toBe('failed');
    expect(bad.response).toMatch(/550.*mailbox unavailable/);
    const run = db.sqlite.prepare("SELECT status FROM job_runs WHERE job = 'report.daily'").get() as {
      status: string;
    };
    expect(run.status).toBe('partial');
  });

  it('a 451 is retried with backoff and stops at the end of the period’s window', async () => {
    configure(db.db, smtp.port, daily('slow@example.ch'));
    smtp.defer.add('slow@example.ch');
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock);
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    const end = at('2026-03-02', '09:00');
    // A check every 5 minutes (the real scheduler checks every minute; 5 keeps the test short on a busy machine).
    while (clock.now < end) {
      await runDueReports(deps);
      clock.now += 5 * MIN;
    }
    // The next day's run (08:00 on 03-02) adds its own attempts; count those of the first hours only.
    const attempts = listOutboxHistory(db.db, 10).find((r) => r.periodKey === '2026-02-28')!.attempts;
    // 1, 2, 4 … 60 min apart over 24 h: a couple of dozen attempts, not 1 440.
    expect(attempts).toBeGreaterThan(5);
    expect(attempts).toBeLessThan(40);
    const row = listOutboxHistory(db.db, 10).find((r) => r.periodKey === '2026-02-28')!;
    expect(row.state).toBe('failed');
    expect(row.response).toMatch(/451/);
  }, 60_000);

  it('send now never marks the scheduled period, and resend re-delivers a failed recipient only', async () => {
    configure(db.db, smtp.port, daily('a@example.ch, bad@example.ch'));
    smtp.refuse.add('bad@example.ch');
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock);
    await runDueReports(deps);
    const manual = await sendReportNow(deps, { kind: 'daily', periodKey: '2026-02-27' });
    expect(manual.delivery).toEqual({ sent: 1, retry: 0, failed: 1 });
    clock.now = at('2026-03-01', '08:00') + 1000;
    await runDueReports(deps);
    expect(smtp.received.map(header)).toEqual(['daily 2026-02-27', 'daily 2026-02-28']);
    smtp.refuse.clear();
    const failed = listOutboxHistory(db.db, 10).filter((r) => r.state === 'failed');
    expect(failed).toHaveLength(2);
    await resendDelivery(deps, failed[0]!.id);
    expect(smtp.received).toHaveLength(3);
    expect(smtp.received[2]!.to).toEqual(['bad@example.ch']);
  });
});
