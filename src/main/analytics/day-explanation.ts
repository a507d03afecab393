// What the data holds about one bad day: the hours that hold most of its delay and the drivers with late pickups
// (docs/analytics.md#day-outliers). Pure: the caller sums the day's bookings per hour and driver.
import type { DayHourSums } from './delay-heatmap';
import type { DriverSums } from './driver-stats';

/** The hours are widened until they hold this share of the day's delay minutes. */
export const DELAY_HOURS_SHARE = 0.7;
/** The drivers named in an explanation. */
const TOP_DRIVERS = 3;

export interface DayExplanation {
  /** the shortest run of hours [from, to] (local, inclusive) holding ≥ 70 % of the delay; null without delay */
  delay_hours: { from: number; to: number; share: number } | null;
  /** drivers with at least one late pickup */
  late_drivers: number;
  /** the drivers with most late pickups, most first */
  top_drivers: { driver_id: number; name: string; late: number }[];
}

/** The shortest window of consecutive hours holding at least `share` of the minutes (earliest on ties). */
function delayWindow(hours: readonly Pick<DayHourSums, 'hour' | 'delayMinutes'>[]) {
  const minutes = new Array<number>(24).fill(0);
  for (const h of hours) minutes[h.hour] = (minutes[h.hour] ?? 0) + h.delayMinutes;
  const total = minutes.reduce((a, b) => a + b, 0);
  if (total <= 0) return null;
  let best: { from: number; to: number; share: number } | null = null;
  for (let from = 0; from < 24; from++) {
    let sum = 0;
    for (let to = from; to < 24; to++) {
      sum += minutes[to]!;
      if (sum >= total * DELAY_HOURS_SHARE) {
        if (!best || to - from < best.to - best.from) best = { from, to, share: sum / total };
        break;
      }
    }
  }
  return best;
}

export function explainDay(
  hours: readonly Pick<DayHourSums, 'hour' | 'delayMinutes'>[],
  drivers: readonly DriverSums[],
  driverNames: ReadonlyMap<number, string>,
): DayExplanation {
  const late = drivers
    .map((d) => ({
      driver_id: d.driverId,
      name: driverNames.get(d.driverId) ?? `#${d.driverId}`,
      late: d.served - d.onTime,
    }))
    .filter((d) => d.late > 0)
    .sort((a, b) => b.late - a.late || a.driver_id - b.driver_id);
  return {
    delay_hours: delayWindow(hours),
    late_drivers: late.length,
    top_drivers: late.slice(0, TOP_DRIVERS),
  };
}
