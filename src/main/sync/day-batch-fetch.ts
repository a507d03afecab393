// Reads one company-day from the server as a DayBatch: the day's bookings, and the day's dispatch run with its
// assignments when there is one. Both requests go out together.
import type { IsoDate } from '../../shared/analytics-types';
import type { DayBatch } from '../domain/records';
import type { Db } from '../store/open-store';
import { otherDaysHoldingBookings } from '../store/repos/booking-days-repo';
import type { AtmrClient, CallOptions } from './atmr-client';

export async function fetchDayBatch(
  client: AtmrClient,
  companyId: number,
  day: IsoDate,
  runId: number | null,
  opts: CallOptions = {},
): Promise<DayBatch> {
  const [bookings, run] = await Promise.all([
    client.getReservations(day, opts),
    runId === null ? Promise.resolve(null) : client.getRun(runId, opts),
  ]);
  // A run lists the assignments of every booking it dispatched; keep those of bookings we hold for this day
  // (a booking moved to another day gets its assignment when that day is read).
  const ids = new Set(bookings.map((b) => b.id));
  const assignments = run ? run.assignments.filter((a) => ids.has(a.bookingId)) : [];
  return {
    companyId,
    day,
    bookings,
    run: run && run.run.day === day ? run.run : null,
    assignments,
  };
}

/**
 * Days other than the batch's own under which the store currently holds some of its bookings: a booking moved
 * to another day leaves its old day's figures to recompute.
 */
export function priorDaysOf(db: Db, batch: DayBatch): IsoDate[] {
  return otherDaysHoldingBookings(
    db,
    batch.bookings.map((b) => b.id),
    batch.day,
  );
}
