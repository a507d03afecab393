// Bookings for pure tests: scheduled on a day at a local time (Europe/Zurich), boarded some seconds later.
import type { AnalyticsBooking } from '../../src/main/analytics/booking-outcome';
import { localToInstant } from '../../src/shared/time';

export interface BookingSpec {
  day?: string;
  time?: string;
  /** seconds between scheduled time and boarding; undefined = not boarded */
  lateBy?: number;
  status?: string;
  driverId?: number | null;
  distanceMeters?: number | null;
}

export function booking(spec: BookingSpec = {}): AnalyticsBooking {
  const day = spec.day ?? '2026-03-10';
  const scheduledLocal = `${day}T${spec.time ?? '08:30:00'}`;
  const scheduledAt = localToInstant(scheduledLocal, 'Europe/Zurich');
  return {
    day,
    scheduledLocal,
    scheduledAt,
    status: spec.status ?? (spec.lateBy === undefined ? 'assigned' : 'completed'),
    driverId: spec.driverId === undefined ? 1 : spec.driverId,
    boardedAt: spec.lateBy === undefined ? null : scheduledAt + spec.lateBy * 1000,
    distanceMeters: spec.distanceMeters === undefined ? 5000 : spec.distanceMeters,
  };
}

export const repeat = <T>(n: number, make: (i: number) => T): T[] =>
  Array.from({ length: n }, (_, i) => make(i));
