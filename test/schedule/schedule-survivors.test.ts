// Scheduling bugs that once went unnoticed (a mutation probe): a greylisting server that answers 451 for a few
// hours losing the day's report, the empty-day policy inverted, a report waiting for the next periodic tick
// instead of its own wake-up, and a schedule switched off then on again sending the days it was off.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wallTimeToInstant } from '../../src/main/schedule/calendar';
import { runDueReports } from '../../src/main/schedule/report-runner';
import { startScheduler } from '../../src/main/schedule/scheduler';
import { listOutboxHistory } from '../../src/main/store/repos/outbox-repo';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { startTestSmtp, type TestSmtp } from '../mail/smtp-test-server';
import { configure, lightRender, runnerDeps } from './run-fixtures';

const at = (day: string, time: string) => wallTimeToInstant(day, time, 'Europe/Zurich');
const MIN = 60_000;
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

const daily = (extra: Record<string, unknown> = {}) => ({
  daily: { enabled: true, time: '08:00', recipients: 'chef@example.ch' },
  ...extra,
});

describe('a server that answers 451 for three hours (greylisting, a full mailbox being emptied)', () => {
  it('still delivers the day’s report once it accepts again', async () => {
    configure(db.db, smtp.port, daily());
    smtp.defer.add('chef@example.ch');
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock);
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    const accepting = at('2026-03-01', '11:00');
    for (; clock.now < at('2026-03-01', '13:00'); clock.now += 5 * MIN) {
      if (clock.now >= accepting) smtp.defer.clear();
      await runDueReports(deps);
    }
    expect(smtp.received.map(header)).toEqual(['daily 2026-02-28']);
    expect(listOutboxHistory(db.db, 5)[0]!.state).toBe('sent');
  });
});

describe('a day without data', () => {
  const emptyRender = (input: Parameters<typeof lightRender>[0]) =>
    lightRender(input).then((r) => ({ ...r, empty: true }));

  it('is skipped when sendWhenEmpty is off (the default)', async () => {
    configure(db.db, smtp.port, daily({ sendWhenEmpty: false }));
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock, { render: emptyRender });
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    const { periods } = await runDueReports(deps);
    expect(periods.map((p) => p.outcome)).toEqual(['skipped']);
    expect(smtp.received).toHaveLength(0);
  });

  it('is sent when sendWhenEmpty is on', async () => {
    configure(db.db, smtp.port, daily({ sendWhenEmpty: true }));
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock, { render: emptyRender });
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    const { periods } = await runDueReports(deps);
    expect(periods.map((p) => p.outcome)).toEqual(['queued']);
    expect(smtp.received.map(header)).toEqual(['daily 2026-02-28']);
  });

  it('a day with data is sent whatever sendWhenEmpty says', async () => {
    configure(db.db, smtp.port, daily({ sendWhenEmpty: false }));
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock);
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    await runDueReports(deps);
    expect(smtp.received.map(header)).toEqual(['daily 2026-02-28']);
  });
});

describe('a schedule switched off, then on again', () => {
  it('sends nothing for the days it was off: only periods due after it came back', async () => {
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock);
    configure(db.db, smtp.port, daily());
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    await runDueReports(deps);
    expect(smtp.received.map(header)).toEqual(['daily 2026-02-28']);

    configure(db.db, smtp.port, { daily: { enabled: false, time: '08:00', recipients: 'chef@example.ch' } });
    clock.now = at('2026-03-02', '12:00');
    await runDueReports(deps);
    clock.now = at('2026-03-04', '12:00');
    configure(db.db, smtp.port, daily());
    await runDueReports(deps);
    expect(smtp.received).toHaveLength(1);
    clock.now = at('2026-03-05', '08:00') + 1000;
    await runDueReports(deps);
    expect(smtp.received.map(header)).toEqual(['daily 2026-02-28', 'daily 2026-03-04']);
  });
});

describe('the scheduler’s wake-up at the due instant', () => {
  it('runs a check when something falls due, long before the periodic check', async () => {
    let checks = 0;
    let secondCheck: () => void = () => {};
    const woken = new Promise<void>((resolve) => (secondCheck = resolve));
    const dueAt = Date.now() + 300;
    const s = startScheduler({
      check: async () => {
        checks++;
        if (checks === 2) secondCheck();
      },
      nextDueAt: () => (checks < 2 ? dueAt : null),
      now: () => Date.now(),
      intervalMs: 60 * MIN, // the periodic check cannot be what wakes it
    });
    try {
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<'no wake-up'>((r) => (timer = setTimeout(() => r('no wake-up'), 15_000)));
      expect(await Promise.race([woken.then(() => 'woken'), gaveUp])).toBe('woken');
      clearTimeout(timer);
    } finally {
      s.stop();
    }
  });
});
