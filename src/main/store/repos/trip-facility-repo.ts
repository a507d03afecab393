// The trips of one medical facility (the Facilities screen's drill-down, docs/analytics.md#facilities). The
// figures group the stored spellings of a name ("HUG", " hug ") under one key (facilityKey); the filter lists the
// spellings stored for that key, so SQLite seeks each one in bookings_live_facility_idx instead of reading every
// booking of the window to compare names.
import type { IsoDate } from '../../../shared/analytics-types';
import { facilityKey } from '../../analytics/facility-stats';
import type { Db } from '../open-store';
import { rollupThreshold } from './booking-rollup-build-repo';

/** The index that finds a facility's bookings (schema.ts). */
export const FACILITY_INDEX = 'bookings_live_facility_idx';

/**
 * Every stored spelling of `name`'s facility among the bookings of [from, to]. From the per-facility rollup
 * (a few rows a day) when the aggregation built it; else the distinct names of the facility index.
 */
export function facilitySpellings(
  db: Db,
  companyId: number,
  from: IsoDate,
  to: IsoDate,
  name: string,
): string[] {
  const names =
    rollupThreshold(db, companyId) !== null
      ? db.$client
          .prepare(
            `SELECT DISTINCT facility FROM booking_facility_days
             WHERE company_id = ? AND day BETWEEN ? AND ? AND facility IS NOT NULL`,
          )
          .pluck()
          .all(companyId, from, to)
      : db.$client
          .prepare(
            `SELECT DISTINCT b.medical_facility FROM bookings b INDEXED BY ${FACILITY_INDEX}
             WHERE b.company_id = ? AND b.medical_facility IS NOT NULL AND b.deleted_at IS NULL`,
          )
          .pluck()
          .all(companyId);
  const key = facilityKey(name);
  const found = (names as string[]).filter((n) => facilityKey(n) === key);
  // A spelling written since the last aggregation is not in the rollup yet: the name asked for always counts.
  return found.includes(name) ? found : [...found, name];
}
