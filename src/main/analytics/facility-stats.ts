// Punctuality per medical facility over a period, with the previous period's on-time rate as its trend
// (docs/analytics.md#facilities). Facilities with too few bookings are grouped as one "others" row in the
// rankings, and bookings without a facility are a row of their own, so the rows always add up to the period.
import type { FacilityStatsJson } from '../../shared/analytics-types';

/** One facility's counts over a window; facility null: bookings without a facility. */
export interface FacilitySums {
  facility: string | null;
  bookings: number;
  served: number;
  onTime: number;
  cancelled: number;
  delayMinutes: number;
}

/** Below this many bookings in the period, a facility is counted in the "others" row. */
export const MIN_FACILITY_BOOKINGS = 10;

/**
 * Stored names differ in spacing and case from one booking to the next ("HUG ", "hug"): one key per facility.
 * The trips filter by facility matches names by this key too, so a drill-down lists exactly the row's bookings.
 */
export function facilityKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');
}

interface Group extends FacilitySums {
  kind: FacilityStatsJson['kind'];
  facilities: number;
}

function add(into: Group, s: FacilitySums): void {
  into.bookings += s.bookings;
  into.served += s.served;
  into.onTime += s.onTime;
  into.cancelled += s.cancelled;
  into.delayMinutes += s.delayMinutes;
}

const empty = (kind: Group['kind'], facility: string | null): Group => ({
  kind,
  facility,
  facilities: 0,
  bookings: 0,
  served: 0,
  onTime: 0,
  cancelled: 0,
  delayMinutes: 0,
});

function groupByName(sums: readonly FacilitySums[]): Map<string | null, Group> {
  const groups = new Map<string | null, Group>();
  for (const s of sums) {
    const name = s.facility?.trim() ? s.facility.trim().replace(/\s+/g, ' ') : null;
    const key = name === null ? null : facilityKey(name);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = empty(name === null ? 'none' : 'facility', name)));
    add(g, s);
  }
  return groups;
}

const rate = (part: number, all: number): number => (all ? (part * 100) / all : 0);

/**
 * Rows, most late arrivals first (then most bookings, then name); "others" and "no facility" last.
 * `previous` is the previous period of the same length: its on-time rate per facility is the trend.
 */
export function facilityStatsRows(
  sums: readonly FacilitySums[],
  previous: readonly FacilitySums[],
  minBookings = MIN_FACILITY_BOOKINGS,
): FacilityStatsJson[] {
  const before = groupByName(previous);
  const rows: FacilityStatsJson[] = [];
  const others = empty('others', null);
  let none: Group | null = null;
  for (const [key, g] of groupByName(sums)) {
    if (g.kind === 'none') none = g;
    else if (g.bookings < minBookings) {
      add(others, g);
      others.facilities++;
    } else {
      const p = before.get(key);
      rows.push(toJson(g, 1, p && p.bookings >= minBookings ? rate(p.onTime, p.bookings) : null));
    }
  }
  rows.sort(
    (a, b) =>
      b.delayed - a.delayed || b.bookings - a.bookings || (a.facility ?? '').localeCompare(b.facility ?? ''),
  );
  if (others.facilities > 0) rows.push(toJson(others, others.facilities, null));
  if (none) rows.push(toJson(none, 0, null));
  return rows;
}

function toJson(g: Group, facilities: number, previousRate: number | null): FacilityStatsJson {
  return {
    kind: g.kind,
    facility: g.facility,
    facilities,
    bookings: g.bookings,
    served: g.served,
    on_time: g.onTime,
    delayed: g.served - g.onTime,
    cancelled: g.cancelled,
    // Same definitions as a day's: on time over all bookings, the mean delay over served ones.
    on_time_rate: rate(g.onTime, g.bookings),
    avg_delay: g.served ? g.delayMinutes / g.served : 0,
    previous_on_time_rate: previousRate,
  };
}
