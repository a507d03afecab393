// A report whose data is not up to date (the dispatch server unreachable), in process with a real SMTP server
// (the CLI tests of the same rules run the built bundle): a sync is tried first; with reports.holdWhenStale the
// period is held back while its catch-up window lasts, then a short notice goes instead — never silence, even
// when nothing checked while the window closed; without it, the stale report goes out with its warning, and a
// stale period is never taken for an empty one. Sent late, a report says why on its first line.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RenderReportInput } from '../../src/main/reports/render-report';
import { wallTimeToInstant } from '../../src/main/schedule/calendar';
import { runDueReports, sendReportNow } from '../../src/main/schedule/report-runner';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { startTestSmtp, type TestSmtp } from '../mail/smtp-test-server';
import { configure, lightRender, runnerDeps } from './run-fixtures';

const at = (day: string, time: string) => wallTimeToInstant(day, time, 'Europe/Zurich');
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

const staleRender = (input: RenderReportInput) => lightRender(input).then((r) => ({ ...r, stale: true }));
const settings = (extra: Record<string, unknown>) => ({
  daily: { enabled: true, time: '08:00', recipients: 'chef@example.ch:en' },
  catchUpDays: 2,
  ...extra,
});
const runs = (job: string) =>
  db.sqlite
    .prepare('SELECT period_key AS p, status, detail FROM job_runs WHERE job = ? ORDER BY id')
    .all(job) as {
    p: string;
    status: string;
    detail: string | null;
  }[];

describe('holdWhenStale', () => {
  it('held while the catch-up window lasts, then a notice at the window’s very end', async () => {
    configure(db.db, smtp.port, settings({ holdWhenStale: true }));
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock, { render: staleRender });
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    expect((await runDueReports(deps)).periods.map((p) => [p.periodKey, p.outcome])).toEqual([
      ['2026-02-28', 'held'],
    ]);
    expect(runs('report.daily.held')).toEqual([
      { p: '2026-02-28', status: 'skipped', detail: JSON.stringify({ dueAt: at('2026-03-01', '08:00') }) },
    ]);
    expect(runs('report.daily')).toEqual([]);
    // One millisecond before the window closes (due + catchUpDays): still held.
    clock.now = at('2026-03-03', '08:00') - 1;
    const before = await runDueReports(deps);
    expect(before.periods.find((p) => p.periodKey === '2026-02-28')!.outcome).toBe('held');
    expect(smtp.received).toHaveLength(0);
    // At the end of the window: the notice instead.
    clock.now = at('2026-03-03', '08:00');
    const end = await runDueReports(deps);
    expect(end.periods.map((p) => [p.periodKey, p.outcome])).toEqual([
      ['2026-02-28', 'notice'],
      ['2026-03-01', 'held'],
      ['2026-03-02', 'held'],
    ]);
    expect(smtp.received.map(header)).toEqual(['daily 2026-02-28']);
    expect(smtp.received[0]!.parsed.subject).toMatch(/not up to date/i);
    expect(JSON.parse(runs('report.daily')[0]!.detail!)).toMatchObject({ stale: true, notice: true });
  });

  it('a window that closed while nothing checked: the notice is still owed, before the newer periods', async () => {
    configure(db.db, smtp.port, settings({ holdWhenStale: true }));
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock, { render: staleRender });
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    await runDueReports(deps);
    // Off for ten days: 2026-02-28 is long out of the catch-up window.
    clock.now = at('2026-03-11', '12:00');
    const later = await runDueReports(deps);
    expect(later.periods.map((p) => [p.periodKey, p.outcome, p.dueAt])).toEqual([
      ['2026-02-28', 'notice', at('2026-03-01', '08:00')],
      ['2026-03-09', 'held', at('2026-03-10', '08:00')],
      ['2026-03-10', 'held', at('2026-03-11', '08:00')],
    ]);
    expect(smtp.received.map(header)).toEqual(['daily 2026-02-28']);
    // Owed once: the next check sends nothing more for it.
    clock.now += 60_000;
    expect((await runDueReports(deps)).periods.filter((p) => p.periodKey === '2026-02-28')).toEqual([]);
    expect(smtp.received).toHaveLength(1);
  });

  it('a held period whose data comes back goes out as the report, saying it was late for its data', async () => {
    configure(db.db, smtp.port, settings({ holdWhenStale: true }));
    let stale = true;
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock, {
      render: (input) => (stale ? staleRender(input) : lightRender(input)),
    });
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    await runDueReports(deps);
    stale = false;
    clock.now = at('2026-03-02', '07:00');
    const { periods } = await runDueReports(deps);
    expect(periods.map((p) => p.outcome)).toEqual(['queued']);
    const text = smtp.received[0]!.parsed.text!;
    expect(text.split('\n')[0]).toMatch(/^Sent 1 day late .*: the server’s data was not up to date\.$/);
  });
});

describe('without holdWhenStale', () => {
  it('the stale report goes out with its warning, on time: no late line', async () => {
    configure(db.db, smtp.port, settings({ holdWhenStale: false }));
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock, { render: staleRender });
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    expect((await runDueReports(deps)).periods.map((p) => p.outcome)).toEqual(['queued']);
    expect(smtp.received.map(header)).toEqual(['daily 2026-02-28']);
    expect(smtp.received[0]!.parsed.text).toBe('daily 2026-02-28\n');
    expect(JSON.parse(runs('report.daily')[0]!.detail!)).toEqual({ dataThrough: '2026-02-28', stale: true });
  });

  it('a stale period that looks empty is not "no bookings": it is sent, never skipped', async () => {
    configure(db.db, smtp.port, settings({ holdWhenStale: false, sendWhenEmpty: false }));
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock, {
      render: (input) => staleRender(input).then((r) => ({ ...r, empty: true })),
    });
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    expect((await runDueReports(deps)).periods.map((p) => p.outcome)).toEqual(['queued']);
    expect(smtp.received).toHaveLength(1);
  });

  it('sent the next morning because nothing ran: the first line says so, in the recipient’s language', async () => {
    configure(db.db, smtp.port, settings({ holdWhenStale: false }));
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock);
    await runDueReports(deps);
    clock.now = at('2026-03-02', '07:30');
    await runDueReports(deps);
    const text = smtp.received.map((m) => m.parsed.text!.split('\n')[0]);
    expect(text).toEqual([
      expect.stringMatching(/^Sent 1 day late .*: the computer was off or the app closed\.$/),
    ]);
  });
});

describe('the sync before a stale report', () => {
  it('is tried once when the report is stale, and the fresh data is what goes out', async () => {
    configure(db.db, smtp.port, settings({ holdWhenStale: true }));
    let synced = false;
    let syncs = 0;
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock, {
      render: (input) => (synced ? lightRender(input) : staleRender(input)),
      refreshData: async () => {
        syncs++;
        synced = true;
      },
    });
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    expect((await runDueReports(deps)).periods.map((p) => p.outcome)).toEqual(['queued']);
    expect(syncs).toBe(1);
    expect(JSON.parse(runs('report.daily')[0]!.detail!)).toEqual({ dataThrough: '2026-02-28', stale: false });
  });

  it('is not tried when the data is up to date', async () => {
    configure(db.db, smtp.port, settings({}));
    let syncs = 0;
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock, { refreshData: async () => void syncs++ });
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    await runDueReports(deps);
    expect(syncs).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });
});

describe('a person’s "send now"', () => {
  it('sends a stale report at once, held back by nothing, with no late line', async () => {
    configure(db.db, smtp.port, settings({ holdWhenStale: true }));
    const clock = { now: at('2026-03-05', '10:00') };
    const deps = runnerDeps(db.db, clock, { render: staleRender });
    const { delivery } = await sendReportNow(deps, { kind: 'daily', periodKey: '2026-02-20' });
    expect(delivery.sent).toBe(1);
    expect(smtp.received.map(header)).toEqual(['daily 2026-02-20']);
    expect(smtp.received[0]!.parsed.text).toBe('daily 2026-02-20\n');
    expect(runs('report.daily.held')).toEqual([]);
  });

  it('sends an empty period too (sendWhenEmpty is for the schedule)', async () => {
    configure(db.db, smtp.port, settings({ sendWhenEmpty: false }));
    const clock = { now: at('2026-03-05', '10:00') };
    const deps = runnerDeps(db.db, clock, {
      render: (input) => lightRender(input).then((r) => ({ ...r, empty: true })),
    });
    await sendReportNow(deps, { kind: 'daily', periodKey: '2026-02-20' });
    expect(smtp.received).toHaveLength(1);
  });
});
