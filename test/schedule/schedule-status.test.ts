// What `schedule status` and the Reports screen show, read in process (the CLI test runs the built bundle): a
// schedule switched off has no next run, a weekly one shows its weekday, the last run says when it finished and
// why its PDF went missing — and the scheduler's precise wake-up is the earliest enabled schedule's next run.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wallTimeToInstant } from '../../src/main/schedule/calendar';
import { scheduledJob } from '../../src/main/schedule/report-runner';
import { nextDueAt, scheduleStatus } from '../../src/main/schedule/schedule-status';
import { claimJobRun, finishJobRun } from '../../src/main/store/repos/job-runs-repo';
import { setSetting } from '../../src/main/store/repos/settings-repo';
import { createTestDb, type TestDb } from '../helpers/test-db';

const ZONE = 'Europe/Zurich';
const at = (day: string, time: string) => wallTimeToInstant(day, time, ZONE);
const iso = (ms: number) => new Date(ms).toISOString();

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.dispose());

function reports(daily: boolean, weekly: boolean): void {
  setSetting(
    t.db,
    'reports',
    {
      daily: { enabled: daily, time: '08:00', recipients: 'chef@example.ch' },
      weekly: { enabled: weekly, time: '09:30', weekday: 3, recipients: 'direction@example.ch' },
    },
    0,
  );
}

describe('scheduleStatus', () => {
  it('an enabled daily and a disabled weekly schedule, before any run', () => {
    reports(true, false);
    const now = at('2026-03-10', '12:00'); // a Tuesday
    const [daily, weekly] = scheduleStatus(t.db, now);
    expect(daily).toEqual({
      job: 'report.daily',
      kind: 'daily',
      enabled: true,
      time: '08:00',
      weekday: null,
      timeZone: ZONE,
      recipients: 'chef@example.ch',
      next: { at: iso(at('2026-03-11', '08:00')), periodKey: '2026-03-10' },
      last: null,
    });
    expect(weekly).toMatchObject({ kind: 'weekly', enabled: false, weekday: 3, time: '09:30', next: null });
  });

  it('a weekly schedule’s next run is its weekday, and covers the week before', () => {
    reports(false, true);
    const weekly = scheduleStatus(t.db, at('2026-03-10', '12:00'))[1]!;
    expect(weekly.next).toEqual({ at: iso(at('2026-03-11', '09:30')), periodKey: '2026-03-02' });
  });

  it('the last run: still running has no end; a finished one its end; the latest one counts', () => {
    reports(true, false);
    const job = scheduledJob('daily');
    const first = claimJobRun(t.db, { job, periodKey: '2026-03-08', now: at('2026-03-09', '08:00') })!;
    finishJobRun(t.db, first, 'sent', at('2026-03-09', '08:01'));
    claimJobRun(t.db, { job, periodKey: '2026-03-09', now: at('2026-03-10', '08:00') });
    const running = scheduleStatus(t.db, at('2026-03-10', '08:00'))[0]!.last;
    expect(running).toEqual({
      periodKey: '2026-03-09',
      status: 'running',
      startedAt: iso(at('2026-03-10', '08:00')),
      finishedAt: null,
    });
    const fresh = createTestDb();
    try {
      setSetting(fresh.db, 'reports', { daily: { enabled: true, recipients: 'a@example.ch' } }, 0);
      const id = claimJobRun(fresh.db, { job, periodKey: '2026-03-08', now: at('2026-03-09', '08:00') })!;
      finishJobRun(fresh.db, id, 'sent', at('2026-03-09', '08:01'));
      expect(scheduleStatus(fresh.db, at('2026-03-09', '09:00'))[0]!.last).toEqual({
        periodKey: '2026-03-08',
        status: 'sent',
        startedAt: iso(at('2026-03-09', '08:00')),
        finishedAt: iso(at('2026-03-09', '08:01')),
      });
    } finally {
      fresh.dispose();
    }
  });

  it('says why the last run went without its PDF, and only when it did', () => {
    reports(true, false);
    const job = scheduledJob('daily');
    const lastWith = (periodKey: string, detail: unknown) => {
      claimJobRun(t.db, { job, periodKey, now: at(periodKey, '10:00'), status: 'sent', detail });
      return scheduleStatus(t.db, at(periodKey, '11:00'))[0]!.last!;
    };
    expect(lastWith('2026-03-01', { pdf: 'failed', pdfDetail: 'Chromium crashed' }).pdfMissing).toEqual({
      reason: 'failed',
      detail: 'Chromium crashed',
    });
    expect(lastWith('2026-03-02', { pdf: 'missing' }).pdfMissing).toEqual({
      reason: 'missing',
      detail: null,
    });
    expect(lastWith('2026-03-03', { pdf: 'missing', pdfDetail: 42 }).pdfMissing).toEqual({
      reason: 'missing',
      detail: null,
    });
    expect(lastWith('2026-03-04', { pdf: 'attached' })).not.toHaveProperty('pdfMissing');
    expect(lastWith('2026-03-05', { dataThrough: '2026-03-05' })).not.toHaveProperty('pdfMissing');
    expect(lastWith('2026-03-06', undefined)).not.toHaveProperty('pdfMissing');
  });

  it('a run detail that is not JSON (a hand-edited row) shows the run, without a PDF note', () => {
    reports(true, false);
    const id = claimJobRun(t.db, {
      job: scheduledJob('daily'),
      periodKey: '2026-03-01',
      now: 5,
      status: 'sent',
    })!;
    t.sqlite.prepare('UPDATE job_runs SET detail = ? WHERE id = ?').run('{not json', id);
    const last = scheduleStatus(t.db, at('2026-03-02', '12:00'))[0]!.last!;
    expect(last.status).toBe('sent');
    expect(last).not.toHaveProperty('pdfMissing');
  });
});

describe('nextDueAt (the scheduler’s precise wake-up)', () => {
  const now = at('2026-03-10', '12:00'); // Tuesday; daily next Wed 08:00, weekly next Wed 09:30

  it('the earliest next run of the enabled schedules', () => {
    reports(true, true);
    expect(nextDueAt(t.db, now)).toBe(at('2026-03-11', '08:00'));
  });

  it('a disabled schedule does not count', () => {
    reports(false, true);
    expect(nextDueAt(t.db, now)).toBe(at('2026-03-11', '09:30'));
  });

  it('none enabled: nothing to wake up for', () => {
    reports(false, false);
    expect(nextDueAt(t.db, now)).toBeNull();
  });
});
