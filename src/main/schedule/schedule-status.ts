// What `schedule status` and the Reports screen show per job: on or off, the next run with its zone, the last
// run and its outcome, and how its deliveries went.
import type { IsoDate } from '../../shared/analytics-types';
import { readSettings } from '../settings';
import type { Db } from '../store/open-store';
import { lastJobRun } from '../store/repos/job-runs-repo';
import { nextOccurrence, type ReportKind } from './calendar';
import { scheduleSpecs, scheduledJob } from './report-runner';
import { listOutboxHistory } from '../store/repos/outbox-repo';

export interface JobStatus {
  job: string;
  kind: ReportKind;
  enabled: boolean;
  time: string;
  /** weekly only: 1 = Monday … 7 */
  weekday: number | null;
  timeZone: string;
  recipients: string;
  next: { at: string; periodKey: IsoDate } | null;
  last: {
    periodKey: string;
    status: string;
    startedAt: string;
    finishedAt: string | null;
    /** set when the run should have carried the PDF and went without it (report-pdf-attach.ts) */
    pdfMissing?: { reason: 'missing' | 'failed'; detail: string | null };
  } | null;
}

function pdfMissingOf(
  detail: string | null,
): { reason: 'missing' | 'failed'; detail: string | null } | undefined {
  try {
    const d = JSON.parse(detail ?? '{}') as { pdf?: unknown; pdfDetail?: unknown };
    if (d.pdf !== 'missing' && d.pdf !== 'failed') return undefined;
    return { reason: d.pdf, detail: typeof d.pdfDetail === 'string' ? d.pdfDetail : null };
  } catch {
    // A detail that is not JSON (a hand-edited row): no note.
  }
  return undefined;
}

export function scheduleStatus(db: Db, now: number): JobStatus[] {
  const zone = readSettings(db).analytics.timeZone;
  return scheduleSpecs(db).map((s) => {
    const job = scheduledJob(s.kind);
    const last = lastJobRun(db, job);
    const next = s.enabled ? nextOccurrence(s.spec, zone, now) : null;
    return {
      job,
      kind: s.kind,
      enabled: s.enabled,
      time: s.spec.time,
      weekday: s.spec.kind === 'weekly' ? s.spec.isoWeekday : null,
      timeZone: zone,
      recipients: s.recipients,
      next: next ? { at: new Date(next.dueAt).toISOString(), periodKey: next.periodKey } : null,
      last: last
        ? {
            periodKey: last.periodKey,
            status: last.status,
            startedAt: new Date(last.startedAt).toISOString(),
            finishedAt: last.finishedAt === null ? null : new Date(last.finishedAt).toISOString(),
            ...(pdfMissingOf(last.detail) ? { pdfMissing: pdfMissingOf(last.detail)! } : {}),
          }
        : null,
    };
  });
}

/** The earliest next due instant of the enabled schedules (the scheduler's precise wake-up). */
export function nextDueAt(db: Db, now: number): number | null {
  const zone = readSettings(db).analytics.timeZone;
  const times = scheduleSpecs(db)
    .filter((s) => s.enabled)
    .map((s) => nextOccurrence(s.spec, zone, now).dueAt);
  return times.length ? Math.min(...times) : null;
}

export { listOutboxHistory };
