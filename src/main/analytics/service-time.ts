// A trip's service time: from boarding (pickup) to completion (drop-off) (docs/analytics.md#service-time), shown
// in minutes. booking-sql.ts's serviceMsSql is the same rule in SQL: change both together.
import { type AnalyticsBooking, isServed } from './booking-outcome';

/** A completion later than this after boarding is a trip closed late in the app, not a ride: it has no service time. */
export const MAX_SERVICE_MINUTES = 720;

/**
 * Milliseconds from boarding to completion of a served trip with both times, completed no earlier than boarded
 * and at most MAX_SERVICE_MINUTES later; null otherwise. Whole milliseconds (as stored), so sums are exact.
 */
export function serviceMs(
  b: Pick<AnalyticsBooking, 'status' | 'boardedAt'> & { completedAt?: number | null },
): number | null {
  if (!isServed(b) || b.completedAt == null) return null;
  const ms = b.completedAt - b.boardedAt!;
  return ms >= 0 && ms <= MAX_SERVICE_MINUTES * 60_000 ? ms : null;
}

/** The mean service time in minutes of `trips` trips summing `ms`; null when there are none. */
export function meanServiceMinutes(ms: number, trips: number): number | null {
  return trips > 0 ? ms / trips / 60_000 : null;
}
