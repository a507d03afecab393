// The Drivers table's order: by one figure, either way, ties by name then id so the order never jitters.
import type { DriverStatsJson } from '../../../shared/analytics-types';

export type DriverSortKey =
  'driver_name' | 'bookings' | 'on_time_rate' | 'avg_delay' | 'cancelled' | 'avg_service_minutes';
export type SortDir = 'asc' | 'desc';

export interface DriverSort {
  key: DriverSortKey;
  dir: SortDir;
}

/** Busiest first: the order the screen opens with. */
export const DEFAULT_DRIVER_SORT: DriverSort = { key: 'bookings', dir: 'desc' };

/** A click on a header: the same column flips, a new one starts with its most telling end (a name A→Z, a figure high→low). */
export function nextDriverSort(current: DriverSort, key: DriverSortKey): DriverSort {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'driver_name' ? 'asc' : 'desc' };
}

/** A driver without a service time (none of their trips had one) comes last whichever way the column is sorted. */
export function sortDriverStats(rows: readonly DriverStatsJson[], sort: DriverSort): DriverStatsJson[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const key = sort.key;
  const byValue = (a: DriverStatsJson, b: DriverStatsJson): number => {
    if (key === 'driver_name') return sign * a.driver_name.localeCompare(b.driver_name);
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y);
  };
  return [...rows].sort(
    (a, b) => byValue(a, b) || a.driver_name.localeCompare(b.driver_name) || a.driver_id - b.driver_id,
  );
}
