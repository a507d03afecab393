// The days an aggregation must recompute, as contiguous ranges (one bookings query per range).
import type { IsoDate } from '../../shared/analytics-types';
import { addDays } from '../../shared/time';

/** The given days and the day after each (its trend depends on the previous day), deduplicated and sorted. */
export function daysToRecompute(days: readonly IsoDate[]): IsoDate[] {
  const set = new Set<IsoDate>();
  for (const d of days) {
    set.add(addDays(d, 0)); // validates the date
    set.add(addDays(d, 1));
  }
  return [...set].sort();
}

/** Sorted unique days → runs of consecutive days, each as [from, to] with its days. */
export function contiguousRanges(
  sortedDays: readonly IsoDate[],
): Array<{ from: IsoDate; to: IsoDate; days: IsoDate[] }> {
  const out: Array<{ from: IsoDate; to: IsoDate; days: IsoDate[] }> = [];
  for (const d of sortedDays) {
    const last = out[out.length - 1];
    if (last && addDays(last.to, 1) === d) {
      last.to = d;
      last.days.push(d);
    } else {
      out.push({ from: d, to: d, days: [d] });
    }
  }
  return out;
}
