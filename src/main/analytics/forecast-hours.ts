// The next day's expected bookings per hour: the day's forecast spread over the hours in the proportions of the
// same weekdays' bookings (docs/analytics.md#forecast). Pure: the caller reads the per-day-and-hour sums.
import type { IsoDate } from '../../shared/analytics-types';
import { weekdayOf } from '../../shared/time';
import type { DayHourSums } from './delay-heatmap';

export interface HourForecast {
  /** local hour 0–23 of the scheduled pickup */
  hour: number;
  bookings: number;
}

/** Hours in day order; hours without any booking on the same weekdays are left out. */
export function forecastHours(
  sums: readonly Pick<DayHourSums, 'day' | 'hour' | 'bookings'>[],
  target: IsoDate,
  dayTotal: number,
): HourForecast[] {
  const weekday = weekdayOf(target);
  const perHour = new Map<number, number>();
  let all = 0;
  for (const s of sums) {
    if (s.day >= target || weekdayOf(s.day) !== weekday) continue;
    perHour.set(s.hour, (perHour.get(s.hour) ?? 0) + s.bookings);
    all += s.bookings;
  }
  if (all === 0) return [];
  return [...perHour.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([hour, n]) => ({ hour, bookings: (dayTotal * n) / all }));
}
