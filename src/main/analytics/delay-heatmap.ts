// Mean delay of served bookings per weekday (0 = Monday) × local hour of the scheduled time.
import type { DelayHeatmapCellJson } from '../../shared/analytics-types';
import { type AnalyticsBooking, delayMinutes } from './booking-outcome';
import { weekdayOf } from './time-zone';

/**
 * The local hour as scheduled ('…T08:30:00' → 8). Read from the wall-clock text, not the instant, so a booking
 * in the spring DST gap stays in the hour it was booked for; trips-repo.ts filters on the same text.
 */
export function scheduledHour(scheduledLocal: string | null): number | null {
  if (!scheduledLocal || scheduledLocal.length < 13) return null;
  const h = Number(scheduledLocal.slice(11, 13));
  return Number.isInteger(h) && h >= 0 && h <= 23 ? h : null;
}

export function computeDelayHeatmap(bookings: Iterable<AnalyticsBooking>): DelayHeatmapCellJson[] {
  const cells = new Map<number, { bookings: number; served: number; delay: number }>();
  const weekdays = new Map<string, number>();
  for (const b of bookings) {
    const hour = scheduledHour(b.scheduledLocal);
    if (hour === null) continue;
    let weekday = weekdays.get(b.day);
    if (weekday === undefined) weekdays.set(b.day, (weekday = weekdayOf(b.day)));
    const key = weekday * 24 + hour;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { bookings: 0, served: 0, delay: 0 }));
    c.bookings++;
    const delay = delayMinutes(b);
    if (delay !== null) {
      c.served++;
      c.delay += delay;
    }
  }
  return [...cells.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, c]) => ({
      weekday: Math.floor(key / 24),
      hour: key % 24,
      bookings: c.bookings,
      served: c.served,
      avg_delay: c.served ? c.delay / c.served : 0,
    }));
}
