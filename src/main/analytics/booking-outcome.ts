// What one booking counts as (docs/analytics.md#booking-outcome). Every figure of the app goes through these
// two functions, and trips-repo.ts mirrors them in SQL: change both together.
import type { BookingOutcome } from '../../shared/analytics-types';

/** The fields of a stored booking that analytics reads. Deleted bookings and bookings without a day never get here. */
export interface AnalyticsBooking {
  day: string;
  /** naive local wall-clock time as the server sent it, 'YYYY-MM-DDTHH:MM:SS' */
  scheduledLocal: string | null;
  /** scheduledLocal resolved in the company zone, epoch ms */
  scheduledAt: number | null;
  status: string;
  driverId: number | null;
  boardedAt: number | null;
  distanceMeters: number | null;
  /** drop-off, epoch ms (service time, service-time.ts); absent where a reader does not need it */
  completedAt?: number | null;
}

export const CANCELLED_STATUS = 'canceled';

export function isCancelled(b: Pick<AnalyticsBooking, 'status'>): boolean {
  return b.status === CANCELLED_STATUS;
}

export function isServed(b: Pick<AnalyticsBooking, 'status' | 'boardedAt'>): boolean {
  return b.status !== CANCELLED_STATUS && b.boardedAt !== null;
}

/**
 * Whole minutes late at pickup: max(0, floor((boarded − scheduled) / 60 s)); null unless served. A served booking
 * without a scheduled instant counts 0 (it cannot have a day either, so it is never aggregated).
 */
export function delayMinutes(
  b: Pick<AnalyticsBooking, 'status' | 'boardedAt' | 'scheduledAt'>,
): number | null {
  if (!isServed(b)) return null;
  if (b.scheduledAt === null) return 0;
  return Math.max(0, Math.floor((b.boardedAt! - b.scheduledAt) / 60_000));
}

export function bookingOutcome(
  b: Pick<AnalyticsBooking, 'status' | 'boardedAt' | 'scheduledAt'>,
  onTimeThresholdMinutes: number,
): BookingOutcome {
  if (isCancelled(b)) return 'cancelled';
  const delay = delayMinutes(b);
  if (delay === null) return 'unserved';
  return delay <= onTimeThresholdMinutes ? 'on_time' : 'delayed';
}
