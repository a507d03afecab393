// The repository of a synced company-day: writes one DayBatch into the store, all or nothing. The sync client and the demo seed both go
// through here, so synced and demo data are stored exactly alike.
import type Database from 'better-sqlite3';
import type { Db } from '../open-store';
import type { DayBatch } from '../../domain/records';
import { instantResolver } from '../../../shared/time';
import { checkDayBatch, DayBatchError } from '../day-batch-check';

export { DayBatchError };

export interface DayWriteResult {
  /** bookings written (inserted or updated) */
  bookings: number;
  assignments: number;
  /** stored bookings of that company-day newly marked deleted because the batch no longer lists them */
  deleted: number;
}

/**
 * One SQLite transaction: the day's run, bookings (upserted by server id; day and instant computed from the
 * naive local time in `timeZone`), assignments, deletion marks and the sync_days row. A booking whose own local
 * day differs from `batch.day` is stored under its own day. Throws DayBatchError on invalid input; nothing is
 * written then. A null `batch.run` leaves a stored run alone: "no run found" is not proof the run is gone.
 */
export function writeDayBatch(
  db: Db,
  batch: DayBatch,
  opts: { now: number; timeZone: string },
): DayWriteResult {
  checkDayBatch(batch, opts.timeZone);
  const st = statementsFor(db.$client);
  const now = opts.now;
  const instantOf = instantResolver(opts.timeZone);

  const write = db.$client.transaction((): DayWriteResult => {
    if (batch.run) {
      const r = batch.run;
      st.deleteOtherRuns.run(r.companyId, r.day, r.id);
      st.upsertRun.run(r.id, r.companyId, r.day, r.status, r.createdAt, r.startedAt, r.completedAt, now);
    }
    for (const b of batch.bookings) {
      const local = b.scheduledLocal;
      st.upsertBooking.run(
        b.id,
        b.companyId,
        local === null ? null : local.slice(0, 10),
        local,
        local === null ? null : instantOf(local),
        b.status,
        b.driverId,
        b.boardedAt,
        b.completedAt,
        b.distanceMeters,
        b.durationSeconds,
        b.amount,
        b.customerName,
        b.pickupLocation,
        b.dropoffLocation,
        b.medicalFacility,
        b.isRoundTrip ? 1 : 0,
        b.isReturn ? 1 : 0,
        b.parentBookingId,
        now,
      );
    }
    for (const a of batch.assignments) {
      st.upsertAssignment.run(
        a.id,
        a.bookingId,
        a.driverId,
        a.dispatchRunId,
        a.status,
        a.createdAt,
        a.updatedAt,
        now,
      );
    }
    const ids = JSON.stringify(batch.bookings.map((b) => b.id));
    const deleted = st.markAbsentDeleted.run(now, batch.companyId, batch.day, ids).changes;
    st.upsertSyncDay.run(
      batch.companyId,
      batch.day,
      now,
      batch.bookings.length,
      batch.assignments.length,
      deleted,
    );
    return { bookings: batch.bookings.length, assignments: batch.assignments.length, deleted };
  });
  return write();
}

interface Statements {
  deleteOtherRuns: Database.Statement;
  upsertRun: Database.Statement;
  upsertBooking: Database.Statement;
  upsertAssignment: Database.Statement;
  markAbsentDeleted: Database.Statement;
  upsertSyncDay: Database.Statement;
}

// Prepared once per connection: preparing costs more than running for a day of a few thousand rows.
const statementCache = new WeakMap<Database.Database, Statements>();

function statementsFor(sqlite: Database.Database): Statements {
  const cached = statementCache.get(sqlite);
  if (cached) return cached;
  const st: Statements = {
    // The server keeps at most one run per company-day; a run under another id replaced it.
    deleteOtherRuns: sqlite.prepare('DELETE FROM dispatch_runs WHERE company_id = ? AND day = ? AND id <> ?'),
    upsertRun: sqlite.prepare(
      `INSERT INTO dispatch_runs (id, company_id, day, status, created_at, started_at, completed_at, synced_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET company_id = excluded.company_id, day = excluded.day, status = excluded.status,
         created_at = excluded.created_at, started_at = excluded.started_at, completed_at = excluded.completed_at,
         synced_at = excluded.synced_at`,
    ),
    // ON CONFLICT DO UPDATE, never INSERT OR REPLACE (which deletes the row first). A booking seen again is
    // undeleted.
    upsertBooking: sqlite.prepare(
      `INSERT INTO bookings (id, company_id, day, scheduled_local, scheduled_at, status, driver_id, boarded_at,
         completed_at, distance_meters, duration_seconds, amount, customer_name, pickup_location, dropoff_location,
         medical_facility, is_round_trip, is_return, parent_booking_id, deleted_at, synced_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)
       ON CONFLICT(id) DO UPDATE SET company_id = excluded.company_id, day = excluded.day,
         scheduled_local = excluded.scheduled_local, scheduled_at = excluded.scheduled_at, status = excluded.status,
         driver_id = excluded.driver_id, boarded_at = excluded.boarded_at, completed_at = excluded.completed_at,
         distance_meters = excluded.distance_meters, duration_seconds = excluded.duration_seconds,
         amount = excluded.amount, customer_name = excluded.customer_name,
         pickup_location = excluded.pickup_location, dropoff_location = excluded.dropoff_location,
         medical_facility = excluded.medical_facility, is_round_trip = excluded.is_round_trip,
         is_return = excluded.is_return, parent_booking_id = excluded.parent_booking_id, deleted_at = NULL,
         synced_at = excluded.synced_at`,
    ),
    upsertAssignment: sqlite.prepare(
      `INSERT INTO assignments (id, booking_id, driver_id, dispatch_run_id, status, created_at, updated_at, synced_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET booking_id = excluded.booking_id, driver_id = excluded.driver_id,
         dispatch_run_id = excluded.dispatch_run_id, status = excluded.status, created_at = excluded.created_at,
         updated_at = excluded.updated_at, synced_at = excluded.synced_at`,
    ),
    markAbsentDeleted: sqlite.prepare(
      `UPDATE bookings SET deleted_at = ?
       WHERE company_id = ? AND day = ? AND deleted_at IS NULL
         AND id NOT IN (SELECT value FROM json_each(?))`,
    ),
    upsertSyncDay: sqlite.prepare(
      `INSERT INTO sync_days (company_id, day, synced_at, bookings_count, assignments_count, deleted_count)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(company_id, day) DO UPDATE SET synced_at = excluded.synced_at,
         bookings_count = excluded.bookings_count, assignments_count = excluded.assignments_count,
         deleted_count = excluded.deleted_count`,
    ),
  };
  statementCache.set(sqlite, st);
  return st;
}
