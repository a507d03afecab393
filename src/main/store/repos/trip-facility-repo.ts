// The trips of one medical facility (the Facilities screen's drill-down, docs/analytics.md#facilities). The
// figures group the stored spellings of a name ("HUG", " hug ") under one key (facilityKey); the filter lists the
// spellings stored for that key, so SQLite seeks each one in bookings_live_facility_idx instead of reading every
// booking of the window to compare names.
import { facilityKey } from '../../analytics/facility-stats';
import { liveSql } from '../booking-sql';
import type { Db } from '../open-store';

/** The index that finds a facility's bookings (schema.ts). */
export const FACILITY_INDEX = 'bookings_live_facility_idx';

/** The first stored name after `after` (an SQL expression). */
const nextName = (after: string): string =>
  `SELECT min(b.medical_facility) FROM bookings b INDEXED BY ${FACILITY_INDEX}
   WHERE b.company_id = @company AND ${liveSql('b.')} AND b.medical_facility > ${after}`;

/**
 * Every stored spelling of `name`'s facility. The distinct names are read by hopping from one name to the next in
 * the facility index (one seek per name, a few dozen), not by scanning its ~730k entries for a year; and from the
 * bookings themselves, so a spelling written since the last aggregation is found too.
 */
export function facilitySpellings(db: Db, companyId: number, name: string): string[] {
  const names = db.$client
    .prepare(
      `WITH RECURSIVE names(name) AS (
         SELECT (${nextName("''")})
         UNION ALL
         SELECT (${nextName('names.name')}) FROM names WHERE name IS NOT NULL
       )
       SELECT name FROM names WHERE name IS NOT NULL`,
    )
    .pluck()
    .all({ company: companyId }) as string[];
  const key = facilityKey(name);
  return names.filter((n) => facilityKey(n) === key);
}
