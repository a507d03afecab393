// Bookings as analytics reads them: streamed by day range for the aggregation and the per-driver / heat-map
// figures, and filtered, sorted and paged for the trips table. Deleted bookings and bookings without a day are
// never returned. The SQL outcome and delay expressions mirror analytics/booking-outcome.ts.
import type { IsoDate, TripFilter } from '../../../shared/analytics-types';
import type { AnalyticsBooking } from '../../analytics/booking-outcome';
import type { TripSource } from '../../analytics/trip-json';
import type { Db } from '../open-store';

const ANALYTICS_COLUMNS = `b.day AS day, b.scheduled_local AS scheduledLocal, b.scheduled_at AS scheduledAt,
  b.status AS status, b.driver_id AS driverId, b.boarded_at AS boardedAt, b.distance_meters AS distanceMeters`;

const LIVE = 'b.deleted_at IS NULL';

/** Streams the bookings of [from, to] ordered by day (the (company_id, day) index gives that order for free). */
export function iterateAnalyticsBookings(
  db: Db,
  companyId: number,
  from: IsoDate,
  to: IsoDate,
): IterableIterator<AnalyticsBooking> {
  return db.$client
    .prepare(
      `SELECT ${ANALYTICS_COLUMNS} FROM bookings b
       WHERE b.company_id = ? AND b.day BETWEEN ? AND ? AND ${LIVE} ORDER BY b.day`,
    )
    .iterate(companyId, from, to) as IterableIterator<AnalyticsBooking>;
}

/** Oldest and newest booking days of the company (deleted ones included: their days may need clearing). */
export function bookingsDateRange(db: Db, companyId: number): { from: IsoDate; to: IsoDate } | null {
  const r = db.$client
    .prepare('SELECT min(day) AS f, max(day) AS t FROM bookings WHERE company_id = ? AND day IS NOT NULL')
    .get(companyId) as { f: string | null; t: string | null };
  return r.f && r.t ? { from: r.f, to: r.t } : null;
}

// Whole minutes late, NULL unless served. Integer division truncates toward zero, which equals floor for the
// positive differences that survive MAX(0, …).
const SERVED = `(b.status <> 'canceled' AND b.boarded_at IS NOT NULL)`;
const DELAY = `(CASE WHEN ${SERVED} THEN MAX(0, COALESCE((b.boarded_at - b.scheduled_at) / 60000, 0)) END)`;
const WEEKDAY = `((CAST(strftime('%w', b.day) AS INTEGER) + 6) % 7)`;
const HOUR = `CAST(substr(b.scheduled_local, 12, 2) AS INTEGER)`;

export type TripSort = 'scheduled' | 'delay' | 'driver' | 'distance' | 'status';

export interface TripQuery {
  filter: TripFilter;
  sort: TripSort;
  dir: 'asc' | 'desc';
  offset: number;
  limit: number;
  onTimeThresholdMinutes: number;
}

function whereClause(companyId: number, q: TripQuery): { sql: string; params: unknown[] } {
  const f = q.filter;
  const parts = ['b.company_id = ?', 'b.day BETWEEN ? AND ?', LIVE];
  const params: unknown[] = [companyId, f.from, f.to];
  if (f.dates) {
    parts.push('b.day IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(f.dates));
  }
  if (f.driverId !== undefined) {
    parts.push('b.driver_id = ?');
    params.push(f.driverId);
  }
  switch (f.outcome) {
    case undefined:
      break;
    case 'cancelled':
      parts.push(`b.status = 'canceled'`);
      break;
    case 'unserved':
      parts.push(`b.status <> 'canceled' AND b.boarded_at IS NULL`);
      break;
    case 'served':
      parts.push(SERVED);
      break;
    case 'on_time':
      parts.push(`${SERVED} AND ${DELAY} <= ?`);
      params.push(q.onTimeThresholdMinutes);
      break;
    case 'delayed':
      parts.push(`${SERVED} AND ${DELAY} > ?`);
      params.push(q.onTimeThresholdMinutes);
      break;
  }
  if (f.weekday !== undefined) {
    parts.push(`${WEEKDAY} = ?`);
    params.push(f.weekday);
  }
  if (f.hour !== undefined) {
    parts.push(`${HOUR} = ?`);
    params.push(f.hour);
  }
  if (f.minDelayMinutes !== undefined) {
    parts.push(`${DELAY} >= ?`);
    params.push(f.minDelayMinutes);
  }
  return { sql: parts.join(' AND '), params };
}

function orderClause(sort: TripSort, dir: 'asc' | 'desc'): string {
  const d = dir === 'desc' ? 'DESC' : 'ASC';
  // Ordering by day first lets SQLite walk the (company_id, day) index and sort only within a day.
  const chrono = `b.day ${d}, b.scheduled_at ${d}, b.id ${d}`;
  switch (sort) {
    case 'delay':
      return `${DELAY} ${d} NULLS LAST, ${chrono}`;
    case 'driver':
      return `dr.full_name ${d} NULLS LAST, ${chrono}`;
    case 'distance':
      return `b.distance_meters ${d} NULLS LAST, ${chrono}`;
    case 'status':
      return `b.status ${d}, ${chrono}`;
    default:
      return chrono;
  }
}

/** One page of the filtered trips and the count of all of them. */
export function queryTrips(db: Db, companyId: number, q: TripQuery): { total: number; rows: TripSource[] } {
  const where = whereClause(companyId, q);
  const total = (
    db.$client.prepare(`SELECT count(*) AS n FROM bookings b WHERE ${where.sql}`).get(...where.params) as {
      n: number;
    }
  ).n;
  if (total === 0 || q.limit === 0) return { total, rows: [] };
  const rows = db.$client
    .prepare(
      `SELECT b.id AS id, ${ANALYTICS_COLUMNS}, dr.full_name AS driverName, b.customer_name AS customerName,
         b.pickup_location AS pickupLocation, b.dropoff_location AS dropoffLocation
       FROM bookings b LEFT JOIN drivers dr ON dr.id = b.driver_id
       WHERE ${where.sql} ORDER BY ${orderClause(q.sort, q.dir)} LIMIT ? OFFSET ?`,
    )
    .all(...where.params, q.limit, q.offset) as TripSource[];
  return { total, rows };
}
