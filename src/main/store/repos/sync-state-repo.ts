// What has been synced: the company-days written completely (sync_days, written by the day writer in the
// same transaction as the day) and one log row per sync attempt.
import { desc, eq, max } from 'drizzle-orm';
import type { Db } from '../open-store';
import { syncDays, syncLog } from '../schema';
import type { IsoDate } from '../../../shared/analytics-types';

export type SyncLogRow = typeof syncLog.$inferSelect;
export type SyncStatus = 'running' | 'success' | 'failed' | 'cancelled';

export function listSyncedDays(
  db: Db,
  companyId: number,
): Map<IsoDate, { syncedAt: number; bookingsCount: number }> {
  const rows = db
    .select({ day: syncDays.day, syncedAt: syncDays.syncedAt, bookingsCount: syncDays.bookingsCount })
    .from(syncDays)
    .where(eq(syncDays.companyId, companyId))
    .orderBy(syncDays.day)
    .all();
  return new Map(rows.map((r) => [r.day, { syncedAt: r.syncedAt, bookingsCount: r.bookingsCount }]));
}

export function startSyncLog(
  db: Db,
  entry: { startedAt: number; server: string | null; fromDay: IsoDate | null; toDay: IsoDate | null },
): number {
  const row = db
    .insert(syncLog)
    .values({ ...entry, status: 'running' })
    .returning({ id: syncLog.id })
    .get();
  return row.id;
}

export function finishSyncLog(
  db: Db,
  id: number,
  result: {
    finishedAt: number;
    status: Exclude<SyncStatus, 'running'>;
    daysSynced: number;
    bookingsSynced: number;
    error: string | null;
  },
): void {
  db.update(syncLog).set(result).where(eq(syncLog.id, id)).run();
}

/** The most recent sync that finished successfully, or null when none has. */
/** The newest sync log entry, whatever its status (what the status bar shows). */
export function lastSyncLogEntry(db: Db): SyncLogRow | null {
  return db.select().from(syncLog).orderBy(desc(syncLog.startedAt), desc(syncLog.id)).limit(1).get() ?? null;
}

/** Closes every sync log entry still 'running' as failed with `error`; returns how many it closed. DANGER: only
 * while holding the sync lease, else a sync running in another process would be marked failed. */
export function failRunningSyncLogs(db: Db, now: number, error: string): number {
  return db.$client
    .prepare(`UPDATE sync_log SET status = 'failed', finished_at = ?, error = ? WHERE status = 'running'`)
    .run(now, error).changes;
}

export function lastSuccessfulSync(db: Db): SyncLogRow | null {
  return (
    db
      .select()
      .from(syncLog)
      .where(eq(syncLog.status, 'success'))
      .orderBy(desc(syncLog.finishedAt), desc(syncLog.id))
      .limit(1)
      .get() ?? null
  );
}

/** The latest company-day written completely (by a sync or the demo seed), or null when there is none. */
export function dataThrough(db: Db, companyId: number): IsoDate | null {
  const row = db
    .select({ day: max(syncDays.day) })
    .from(syncDays)
    .where(eq(syncDays.companyId, companyId))
    .get();
  return row?.day ?? null;
}

/** When each day of [from, to] was last written by a sync (or the demo seed); a day never written is absent. */
export function syncedDaysBetween(
  db: Db,
  companyId: number,
  from: IsoDate,
  to: IsoDate,
): Map<IsoDate, number> {
  const rows = db.$client
    .prepare('SELECT day, synced_at AS at FROM sync_days WHERE company_id = ? AND day BETWEEN ? AND ?')
    .all(companyId, from, to) as { day: IsoDate; at: number }[];
  return new Map(rows.map((r) => [r.day, r.at]));
}

/** The last time the dispatch server's data was written into the store (its newest day write), or null. */
export function lastSyncedAt(db: Db, companyId: number): number | null {
  const row = db.$client
    .prepare('SELECT max(synced_at) AS at FROM sync_days WHERE company_id = ?')
    .get(companyId) as { at: number | null };
  return row.at;
}
