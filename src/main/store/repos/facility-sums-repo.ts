// Bookings summed per medical facility (hospital, clinic) over a window, for the Facilities figures
// (docs/analytics.md#facilities). From the per-facility-per-day rollup once the aggregation built it; before,
// from the rows of the window (the facility is not in bookings_live_analytics_idx): ~0.3 s for a year at 2,000
// bookings a day.
import type { IsoDate } from '../../../shared/analytics-types';
import type { FacilitySums } from '../../analytics/facility-stats';
import { cancelledSql, delaySql, liveSql } from '../booking-sql';
import type { Db } from '../open-store';
import { rollupThreshold } from './booking-rollup-build-repo';

const DELAY = delaySql('b.');

/** One row per facility name as stored (NULL: bookings without a facility), unordered. */
export function sumBookingsByFacility(
  db: Db,
  companyId: number,
  from: IsoDate,
  to: IsoDate,
  onTimeThresholdMinutes: number,
): FacilitySums[] {
  if (rollupThreshold(db, companyId) === onTimeThresholdMinutes) {
    return db.$client
      .prepare(
        `SELECT facility, sum(bookings) AS bookings, sum(served) AS served, sum(on_time) AS onTime,
           sum(cancelled) AS cancelled, total(delay_minutes) AS delayMinutes
         FROM booking_facility_days WHERE company_id = ? AND day BETWEEN ? AND ?
         GROUP BY facility`,
      )
      .all(companyId, from, to) as FacilitySums[];
  }
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
