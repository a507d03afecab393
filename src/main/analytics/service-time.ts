// A trip's service time: from boarding (pickup) to completion (drop-off), in minutes
// (docs/analytics.md#service-time). booking-sql.ts's serviceMinutesSql is the same rule in SQL: change both together.
import { type AnalyticsBooking, isServed } from './booking-outcome';

/** A completion later than this after boarding is a trip closed late in the app, not a ride: it has no service time. */
export const MAX_SERVICE_MINUTES = 720;

/**
 * Minutes (not rounded) from boarding to completion of a served trip with both times, completed no earlier than
 * boarded and at most MAX_SERVICE_MINUTES later; null otherwise.
 */
export function serviceMinutes(
  b: Pick<AnalyticsBooking, 'status' | 'boardedAt'> & { completedAt?: number | null },
): number | null {
  if (!isServed(b) || b.completedAt == null) return null;
  const minutes = (b.completedAt - b.boardedAt!) / 60_000;
  return minutes >= 0 && minutes <= MAX_SERVICE_MINUTES ? minutes : null;
}
