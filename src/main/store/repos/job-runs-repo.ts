// The durable record of scheduled runs: one row per (job, period), guarded by job_runs' unique index. Claiming
// is an INSERT that does nothing on conflict, so of two processes (app, `serve`, a CLI) only one wins a period.
import { and, desc, eq, inArray, like } from 'drizzle-orm';
import type { Db } from '../open-store';
import { jobRuns, scheduleEnablement } from '../schema';

export type JobRunRow = typeof jobRuns.$inferSelect;
/** running → sent | partial | failed | skipped (empty period) */
export type JobRunStatus = 'running' | 'sent' | 'partial' | 'failed' | 'skipped';

/** Inserts the (job, period) claim; its id, or null when another run already holds that period. */
export function claimJobRun(
  db: Db,
  claim: { job: string; periodKey: string; now: number; status?: JobRunStatus; detail?: unknown },
): number | null {
  const row = db
    .insert(jobRuns)
    .values({
      job: claim.job,
      periodKey: claim.periodKey,
      status: claim.status ?? 'running',
      startedAt: claim.now,
      finishedAt: claim.status && claim.status !== 'running' ? claim.now : null,
      detail: claim.detail === undefined ? null : JSON.stringify(claim.detail),
    })
    .onConflictDoNothing({ target: [jobRuns.job, jobRuns.periodKey] })
    .returning({ id: jobRuns.id })
    .get();
  return row?.id ?? null;
}

export function finishJobRun(db: Db, id: number, status: JobRunStatus, finishedAt: number): void {
  db.update(jobRuns).set({ status, finishedAt }).where(eq(jobRuns.id, id)).run();
}

export function getJobRun(db: Db, id: number): JobRunRow | null {
  return db.select().from(jobRuns).where(eq(jobRuns.id, id)).get() ?? null;
}

/** The periods among `periodKeys` that already have a run of `job` (whatever its outcome). */
export function recordedPeriods(db: Db, job: string, periodKeys: readonly string[]): Set<string> {
  if (periodKeys.length === 0) return new Set();
  const rows = db
    .select({ periodKey: jobRuns.periodKey })
    .from(jobRuns)
    .where(and(eq(jobRuns.job, job), inArray(jobRuns.periodKey, [...periodKeys])))
    .all();
  return new Set(rows.map((r) => r.periodKey));
}

export function lastJobRun(db: Db, job: string): JobRunRow | null {
  return (
    db
      .select()
      .from(jobRuns)
      .where(eq(jobRuns.job, job))
      .orderBy(desc(jobRuns.startedAt), desc(jobRuns.id))
      .limit(1)
      .get() ?? null
  );
}

/** Runs of jobs whose name starts with `prefix`, newest first. */
export function listJobRuns(db: Db, prefix: string, limit: number): JobRunRow[] {
  return db
    .select()
    .from(jobRuns)
    .where(like(jobRuns.job, `${prefix}%`))
    .orderBy(desc(jobRuns.startedAt), desc(jobRuns.id))
    .limit(limit)
    .all();
}

export function getEnabledAt(db: Db, job: string): number | null {
  return db.select().from(scheduleEnablement).where(eq(scheduleEnablement.job, job)).get()?.enabledAt ?? null;
}

/** Stamps the job as switched on at `now`, unless it already is (the first stamp counts). */
export function markEnabled(db: Db, job: string, now: number): number {
  // Read first: this runs at every check, and a write per check would cost a commit each time.
  const known = getEnabledAt(db, job);
  if (known !== null) return known;
  db.insert(scheduleEnablement).values({ job, enabledAt: now }).onConflictDoNothing().run();
  return getEnabledAt(db, job) ?? now;
}

export function markDisabled(db: Db, job: string): void {
  if (getEnabledAt(db, job) === null) return;
  forgetEnablement(db, job);
}

/** Stamps the job as switched on at `now`, replacing any older stamp (the setting was just turned on). */
export function stampEnablement(db: Db, job: string, now: number): void {
  db.insert(scheduleEnablement)
    .values({ job, enabledAt: now })
    .onConflictDoUpdate({ target: scheduleEnablement.job, set: { enabledAt: now } })
    .run();
}

export function forgetEnablement(db: Db, job: string): void {
  db.delete(scheduleEnablement).where(eq(scheduleEnablement.job, job)).run();
}
