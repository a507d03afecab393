// Bookings summed per medical facility (hospital, clinic) over a window, for the Facilities figures
// (docs/analytics.md#facilities). The facility is not in bookings_live_analytics_idx, so this reads the rows of
// the window: ~0.3 s for a year at 2,000 bookings a day; a per-facility-per-day rollup would make it instant.
import type { IsoDate } from '../../../shared/analytics-types';
import type { FacilitySums } from '../../analytics/facility-stats';
import { cancelledSql, delaySql, liveSql } from '../booking-sql';
import type { Db } from '../open-store';

const DELAY = delaySql('b.');

/** One row per facility name as stored (NULL: bookings without a facility), unordered. */
export function sumBookingsByFacility(
  db: Db,
  companyId: number,
  from: IsoDate,
  to: IsoDate,
  onTimeThresholdMinutes: number,
): FacilitySums[] {
  return db.$client
    .prepare(
      `SELECT b.medical_facility AS facility, count(*) AS bookings, count(${DELAY}) AS served,
         count(CASE WHEN ${DELAY} <= ? THEN 1 END) AS onTime, sum(${cancelledSql('b.')}) AS cancelled,
         total(${DELAY}) AS delayMinutes
       FROM bookings b
       WHERE b.company_id = ? AND b.day BETWEEN ? AND ? AND ${liveSql('b.')}
       GROUP BY b.medical_facility`,
    )
    .all(onTimeThresholdMinutes, companyId, from, to) as FacilitySums[];
}
