// Bookings summed in SQL for the per-driver figures and the delay heat map: a year at 2,000 bookings a day is
// ~730k rows, which took ~0.55 s per call to stream into JS and blocked the main process on every period switch.
// Once the aggregation has built the rollups (booking-rollup-build-repo.ts) both read those, ~60 rows a day;
// before (a store upgraded from before them, or bookings never aggregated) they sum the bookings, reading only
// bookings_live_analytics_idx (see booking-sql.ts), never the rows themselves — except the drivers' service time,
// whose completed_at only the rows hold (read once, by day, when no rollup is built at all).
import type { IsoDate } from '../../../shared/analytics-types';
import type { DayHourSums } from '../../analytics/delay-heatmap';
import type { DriverSums } from '../../analytics/driver-stats';
import { cancelledSql, delaySql, liveSql, scheduledHourSql, serviceMsSql } from '../booking-sql';
import type { Db } from '../open-store';
import { rollupThreshold } from './booking-rollup-build-repo';

const DELAY = delaySql('b.');
const HOUR = scheduledHourSql('b.');
const WINDOW = `b.company_id = ? AND b.day BETWEEN ? AND ? AND ${liveSql('b.')}`;

/**
 * Per driver (bookings without a driver left out). Grouped by day, hour and driver first: that follows the
 * index order, so SQLite streams the groups instead of sorting every booking; the outer sort sees ~150 rows a day.
 */
export function sumBookingsByDriver(
  db: Db,
  companyId: number,
  from: IsoDate,
  to: IsoDate,
  onTimeThresholdMinutes: number,
): DriverSums[] {
  if (rollupThreshold(db, companyId) === onTimeThresholdMinutes) {
    return db.$client
      .prepare(
        `SELECT driver_id AS driverId, sum(bookings) AS bookings, sum(served) AS served, sum(on_time) AS onTime,
           sum(cancelled) AS cancelled, total(delay_minutes) AS delayMinutes, total(meters) AS meters,
           sum(service_trips) AS serviceTrips, total(service_ms) AS serviceMs
         FROM booking_driver_days WHERE company_id = ? AND day BETWEEN ? AND ?
         GROUP BY driver_id`,
      )
      .all(companyId, from, to) as DriverSums[];
  }
  const counts = db.$client
    .prepare(
      `SELECT driverId, sum(bookings) AS bookings, sum(served) AS served, sum(onTime) AS onTime,
         sum(cancelled) AS cancelled, sum(delayMinutes) AS delayMinutes, sum(meters) AS meters
       FROM (
         SELECT b.driver_id AS driverId, count(*) AS bookings, count(${DELAY}) AS served,
           count(CASE WHEN ${DELAY} <= ? THEN 1 END) AS onTime, sum(${cancelledSql('b.')}) AS cancelled,
           total(${DELAY}) AS delayMinutes,
           total(CASE WHEN ${DELAY} IS NOT NULL THEN b.distance_meters END) AS meters
         FROM bookings b
         WHERE ${WINDOW} AND b.driver_id IS NOT NULL
         GROUP BY b.day, ${HOUR}, b.driver_id
       )
       GROUP BY driverId`,
    )
    .all(onTimeThresholdMinutes, companyId, from, to) as Omit<DriverSums, 'serviceTrips' | 'serviceMs'>[];
  const service = sumServiceByDriver(db, companyId, from, to);
  return counts.map((c) => ({ ...c, ...(service.get(c.driverId) ?? { serviceTrips: 0, serviceMs: 0 }) }));
}

/**
 * Service time per driver (docs/analytics.md#service-time), which does not depend on the on-time threshold: from
 * the driver rollup whenever it is built, else from the bookings' rows (completed_at is not in the analytics index).
 */
function sumServiceByDriver(
  db: Db,
  companyId: number,
  from: IsoDate,
  to: IsoDate,
): Map<number, { serviceTrips: number; serviceMs: number }> {
  const SERVICE = serviceMsSql('b.');
  const sql =
    rollupThreshold(db, companyId) !== null
      ? `SELECT driver_id AS driverId, sum(service_trips) AS serviceTrips, total(service_ms) AS serviceMs
         FROM booking_driver_days WHERE company_id = ? AND day BETWEEN ? AND ? GROUP BY driver_id`
      : `SELECT b.driver_id AS driverId, count(${SERVICE}) AS serviceTrips, total(${SERVICE}) AS serviceMs
         FROM bookings b INDEXED BY bookings_company_day_idx
         WHERE ${WINDOW} AND b.driver_id IS NOT NULL GROUP BY b.driver_id`;
  const rows = db.$client.prepare(sql).all(companyId, from, to) as {
    driverId: number;
    serviceTrips: number;
    serviceMs: number;
  }[];
  return new Map(rows.map(({ driverId, ...s }) => [driverId, s]));
}

/** Per day and local scheduled hour (bookings without a readable hour left out). */
export function sumBookingsByDayHour(db: Db, companyId: number, from: IsoDate, to: IsoDate): DayHourSums[] {
  if (rollupThreshold(db, companyId) !== null) {
    return db.$client
      .prepare(
        `SELECT day, hour, bookings, served, delay_minutes AS delayMinutes FROM booking_hour_days
         WHERE company_id = ? AND day BETWEEN ? AND ? ORDER BY day, hour`,
      )
      .all(companyId, from, to) as DayHourSums[];
  }
  // min(hour) is the group's hour: a bare group-by expression in the result is read from the booking row of
  // each group, an aggregate's argument from the index.
  return db.$client
    .prepare(
      `SELECT day, min(hour) AS hour, count(*) AS bookings, count(delay) AS served, total(delay) AS delayMinutes
       FROM (SELECT b.day AS day, ${HOUR} AS hour, ${DELAY} AS delay FROM bookings b WHERE ${WINDOW})
       WHERE hour IS NOT NULL
       GROUP BY day, hour`,
    )
    .all(companyId, from, to) as DayHourSums[];
}
