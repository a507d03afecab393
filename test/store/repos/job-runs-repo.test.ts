// The scheduler's durable record, through its repo on a real store: a (job, period) claimed once, a finished
// claim stamped with its end, the latest run of a job (ties broken by the later row), runs listed by job prefix,
// and the enablement stamp: the first one counts at a check, saving the setting replaces it, switching off
// forgets it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  claimJobRun,
  finishJobRun,
  forgetEnablement,
  getEnabledAt,
  getJobRun,
  lastJobRun,
  listJobRuns,
  markDisabled,
  markEnabled,
  recordedPeriods,
  stampEnablement,
} from '../../../src/main/store/repos/job-runs-repo';
import { createTestDb, type TestDb } from '../../helpers/test-db';

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.dispose());

describe('claimJobRun', () => {
  it('one claim per (job, period): running without an end, its detail as JSON', () => {
    const id = claimJobRun(t.db, {
      job: 'report.daily',
      periodKey: '2026-03-01',
      now: 100,
      detail: { a: 1 },
    });
    expect(id).not.toBeNull();
    expect(getJobRun(t.db, id!)).toMatchObject({
      job: 'report.daily',
      periodKey: '2026-03-01',
      status: 'running',
      startedAt: 100,
      finishedAt: null,
      detail: '{"a":1}',
    });
    expect(claimJobRun(t.db, { job: 'report.daily', periodKey: '2026-03-01', now: 200 })).toBeNull();
    // Another job, or another period, is another claim.
    expect(claimJobRun(t.db, { job: 'report.weekly', periodKey: '2026-03-01', now: 200 })).not.toBeNull();
    expect(claimJobRun(t.db, { job: 'report.daily', periodKey: '2026-03-02', now: 200 })).not.toBeNull();
  });

  it('a claim that is already an outcome (skipped) is finished when claimed; no detail is null', () => {
    const id = claimJobRun(t.db, {
      job: 'report.daily',
      periodKey: '2026-03-01',
      now: 100,
      status: 'skipped',
    })!;
    expect(getJobRun(t.db, id)).toMatchObject({ status: 'skipped', finishedAt: 100, detail: null });
    const running = claimJobRun(t.db, {
      job: 'report.daily',
      periodKey: '2026-03-02',
      now: 100,
      status: 'running',
    })!;
    expect(getJobRun(t.db, running)!.finishedAt).toBeNull();
  });

  it('finishJobRun sets the outcome and the end of that run only', () => {
    const a = claimJobRun(t.db, { job: 'j', periodKey: 'p1', now: 1 })!;
    const b = claimJobRun(t.db, { job: 'j', periodKey: 'p2', now: 1 })!;
    finishJobRun(t.db, a, 'partial', 9);
    expect(getJobRun(t.db, a)).toMatchObject({ status: 'partial', finishedAt: 9 });
    expect(getJobRun(t.db, b)).toMatchObject({ status: 'running', finishedAt: null });
    expect(getJobRun(t.db, 999)).toBeNull();
  });
});

describe('recordedPeriods', () => {
  it('the asked periods that this job has a run for, whatever its outcome', () => {
    claimJobRun(t.db, { job: 'report.daily', periodKey: 'p1', now: 1, status: 'failed' });
    claimJobRun(t.db, { job: 'report.daily', periodKey: 'p2', now: 1 });
    claimJobRun(t.db, { job: 'report.weekly', periodKey: 'p3', now: 1 });
    expect(recordedPeriods(t.db, 'report.daily', ['p1', 'p3', 'p4'])).toEqual(new Set(['p1']));
    expect(recordedPeriods(t.db, 'report.daily', [])).toEqual(new Set());
  });
});

describe('lastJobRun and listJobRuns', () => {
  it('the latest start of that job; the later row when two started together', () => {
    expect(lastJobRun(t.db, 'report.daily')).toBeNull();
    claimJobRun(t.db, { job: 'report.daily', periodKey: 'p2', now: 20 });
    claimJobRun(t.db, { job: 'report.daily', periodKey: 'p1', now: 10 });
    expect(lastJobRun(t.db, 'report.daily')!.periodKey).toBe('p2');
    claimJobRun(t.db, { job: 'report.daily', periodKey: 'p3', now: 20 });
    expect(lastJobRun(t.db, 'report.daily')!.periodKey).toBe('p3');
    claimJobRun(t.db, { job: 'report.daily.manual', periodKey: 'p9', now: 99 });
    expect(lastJobRun(t.db, 'report.daily')!.periodKey).toBe('p3');
  });

  it('runs whose job starts with the prefix, newest first, at most `limit`', () => {
    claimJobRun(t.db, { job: 'report.daily', periodKey: 'a', now: 10 });
    claimJobRun(t.db, { job: 'report.daily.manual', periodKey: 'b', now: 30 });
    claimJobRun(t.db, { job: 'report.weekly', periodKey: 'c', now: 20 });
    claimJobRun(t.db, { job: 'report.daily', periodKey: 'd', now: 30 });
    expect(listJobRuns(t.db, 'report.daily', 10).map((r) => r.periodKey)).toEqual(['d', 'b', 'a']);
    expect(listJobRuns(t.db, 'report.daily', 2).map((r) => r.periodKey)).toEqual(['d', 'b']);
    expect(listJobRuns(t.db, 'report.', 10)).toHaveLength(4);
    expect(listJobRuns(t.db, 'daily', 10)).toEqual([]);
  });
});

describe('the enablement stamp', () => {
  it('markEnabled: the first stamp counts; markDisabled forgets it, so the next check stamps anew', () => {
    expect(getEnabledAt(t.db, 'report.daily')).toBeNull();
    expect(markEnabled(t.db, 'report.daily', 100)).toBe(100);
    expect(markEnabled(t.db, 'report.daily', 200)).toBe(100);
    expect(getEnabledAt(t.db, 'report.daily')).toBe(100);
    markDisabled(t.db, 'report.daily');
    expect(getEnabledAt(t.db, 'report.daily')).toBeNull();
    markDisabled(t.db, 'report.daily'); // already off: nothing to do
    expect(markEnabled(t.db, 'report.daily', 300)).toBe(300);
  });

  it('each job has its own stamp', () => {
    markEnabled(t.db, 'report.daily', 100);
    markEnabled(t.db, 'report.weekly', 150);
    markDisabled(t.db, 'report.weekly');
    expect(getEnabledAt(t.db, 'report.daily')).toBe(100);
    expect(getEnabledAt(t.db, 'report.weekly')).toBeNull();
  });

  it('stampEnablement (the setting just saved on) replaces the older stamp; forgetEnablement drops it', () => {
    stampEnablement(t.db, 'report.daily', 100);
    stampEnablement(t.db, 'report.daily', 500);
    expect(getEnabledAt(t.db, 'report.daily')).toBe(500);
    expect(markEnabled(t.db, 'report.daily', 900)).toBe(500);
    forgetEnablement(t.db, 'report.daily');
    expect(getEnabledAt(t.db, 'report.daily')).toBeNull();
  });
});
