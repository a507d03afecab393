// The Facilities table's order: the ranked facilities by one figure, either way; the grouped rows ("others",
// "no facility") stay last in their order whatever the sort, since they are not facilities to rank
// (docs/analytics.md#facilities).
import type { FacilityStatsJson } from '../../../shared/analytics-types';
import type { SortDir } from './driver-sort';

export type FacilitySortKey = 'facility' | 'bookings' | 'on_time_rate' | 'avg_delay' | 'cancelled' | 'trend';

export interface FacilitySort {
  key: FacilitySortKey;
  dir: SortDir;
}

/** The screen opens in the service's order (most late arrivals first): no column is sorted yet. */
export const DEFAULT_FACILITY_SORT: FacilitySort | null = null;

/** The change in points of the on-time rate against the previous period; null when there is none. */
export function onTimeChange(row: FacilityStatsJson): number | null {
  return row.previous_on_time_rate === null ? null : row.on_time_rate - row.previous_on_time_rate;
}

/** A click on a header: the same column flips, a new one starts with its most telling end (a name A→Z, a figure high→low). */
export function nextFacilitySort(current: FacilitySort | null, key: FacilitySortKey): FacilitySort {
  if (current?.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'facility' ? 'asc' : 'desc' };
}

function value(row: FacilityStatsJson, key: Exclude<FacilitySortKey, 'facility'>): number | null {
  return key === 'trend' ? onTimeChange(row) : row[key];
}

/** Facility rows sorted (rows without a trend last both ways, ties by name), then the grouped rows as given. */
export function sortFacilityStats(
  rows: readonly FacilityStatsJson[],
  sort: FacilitySort | null,
): FacilityStatsJson[] {
  const ranked = rows.filter((r) => r.kind === 'facility');
  const grouped = rows.filter((r) => r.kind !== 'facility');
  if (!sort) return [...ranked, ...grouped];
  const sign = sort.dir === 'asc' ? 1 : -1;
  const name = (r: FacilityStatsJson) => r.facility ?? '';
  const key = sort.key;
  const byValue = (a: FacilityStatsJson, b: FacilityStatsJson): number => {
    if (key === 'facility') return sign * name(a).localeCompare(name(b));
    const x = value(a, key);
    const y = value(b, key);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y);
  };
  return [...ranked.sort((a, b) => byValue(a, b) || name(a).localeCompare(name(b))), ...grouped];
}
