// Which days the store files bookings under, for a sync that must recompute every day a booking left.
import type { IsoDate } from '../../../shared/analytics-types';
import type { Db } from '../open-store';

/**
 * Days other than `day` under which the store currently holds some of `bookingIds`: a booking moved to another
 * day leaves its old day's figures to recompute.
 */
export function otherDaysHoldingBookings(db: Db, bookingIds: readonly number[], day: IsoDate): IsoDate[] {
  if (bookingIds.length === 0) return [];
  const rows = db.$client
    .prepare(
      `SELECT DISTINCT day FROM bookings
       WHERE id IN (SELECT value FROM json_each(?)) AND day IS NOT NULL AND day <> ?`,
    )
    .all(JSON.stringify(bookingIds), day) as { day: IsoDate }[];
  return rows.map((r) => r.day);
}
