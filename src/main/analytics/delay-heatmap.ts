// Mean delay of served bookings per weekday (0 = Monday) × local hour of the scheduled time. The service sums
// bookings per day and hour in SQL (store/repos/booking-rollups-repo.ts) and folds the days into weekdays here;
// computeDelayHeatmap is the same figures over bookings in memory, the reference the SQL path is tested against.
import type { DelayHeatmapCellJson, IsoDate } from '../../shared/analytics-types';
import { type AnalyticsBooking, delayMinutes } from './booking-outcome';
import { weekdayOf } from '../../shared/time';

/** Bookings of one day scheduled in one local hour; served and delay minutes over served bookings. */
export interface DayHourSums {
  day: IsoDate;
  hour: number;
  bookings: number;
  served: number;
  delayMinutes: number;
}

/**
 * The local hour as scheduled ('…T08:30:00' → 8). Read from the wall-clock text, not the instant, so a booking
 * in the spring DST gap stays in the hour it was booked for; store/booking-sql.ts reads the same text.
 */
export function scheduledHour(scheduledLocal: string | null): number | null {
  if (!scheduledLocal || scheduledLocal.length < 13) return null;
  const h = Number(scheduledLocal.slice(11, 13));
  return Number.isInteger(h) && h >= 0 && h <= 23 ? h : null;
}

export function computeDelayHeatmap(bookings: Iterable<AnalyticsBooking>): DelayHeatmapCellJson[] {
  const cells = new HeatmapCells();
  for (const b of bookings) {
    const hour = scheduledHour(b.scheduledLocal);
    if (hour === null) continue;
    const delay = delayMinutes(b);
    cells.add(b.day, hour, 1, delay === null ? 0 : 1, delay ?? 0);
  }
  return cells.toJson();
}

export function heatmapFromDayHours(rows: Iterable<DayHourSums>): DelayHeatmapCellJson[] {
  const cells = new HeatmapCells();
  for (const r of rows) cells.add(r.day, r.hour, r.bookings, r.served, r.delayMinutes);
  return cells.toJson();
}

class HeatmapCells {
  private readonly cells = new Map<number, { bookings: number; served: number; delay: number }>();
  private readonly weekdays = new Map<string, number>();

  add(day: IsoDate, hour: number, bookings: number, served: number, delay: number): void {
    let weekday = this.weekdays.get(day);
    if (weekday === undefined) this.weekdays.set(day, (weekday = weekdayOf(day)));
    const key = weekday * 24 + hour;
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = { bookings: 0, served: 0, delay: 0 }));
    c.bookings += bookings;
    c.served += served;
    c.delay += delay;
  }

  toJson(): DelayHeatmapCellJson[] {
    return [...this.cells.entries()]
      .sort(([a], [b]) => a - b)
      .map(([key, c]) => ({
        weekday: Math.floor(key / 24),
        hour: key % 24,
        bookings: c.bookings,
        served: c.served,
        avg_delay: c.served ? c.delay / c.served : 0,
      }));
  }
}
