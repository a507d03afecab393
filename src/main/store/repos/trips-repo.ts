// Bookings as analytics reads them: streamed by day range for the aggregation and the per-driver / heat-map
// figures, and filtered, sorted and paged for the trips table. Deleted bookings and bookings without a day are
// never returned. The SQL outcome and delay expressions (booking-sql.ts) mirror analytics/booking-outcome.ts.
import type { IsoDate, TripFilter, TripSort } from '../../../shared/analytics-types';
import type { AnalyticsBooking } from '../../analytics/booking-outcome';
import type { TripSource } from '../../analytics/trip-json';
import {
  LIVE_ANALYTICS_INDEX,
  cancelledSql,
  delaySql,
  liveSql,
  scheduledHourSql,
  weekdaySql,
} from '../booking-sql';
import type { Db } from '../open-store';
import { countByCells, pageIdsByCells } from './trips-page-cells-repo';
import { FACILITY_INDEX, facilitySpellings } from './trip-facility-repo';

const ANALYTICS_COLUMNS = `b.day AS day, b.scheduled_local AS scheduledLocal, b.scheduled_at AS scheduledAt,
  b.status AS status, b.driver_id AS driverId, b.boarded_at AS boardedAt, b.distance_meters AS distanceMeters,
  b.completed_at AS completedAt`;

const LIVE = liveSql('b.');
// The count and the sorted ids read this index alone; named, since the trips pages' value indexes
// (schema.ts) would tempt the planner into seeking one filter and reading rows for the others.
const BY_LIVE_INDEX = `INDEXED BY ${LIVE_ANALYTICS_INDEX}`;
// One facility's trips: its index finds them by name, a small part of the window (trip-facility-repo.ts).
const BY_FACILITY_INDEX = `INDEXED BY ${FACILITY_INDEX}`;

/**
 * The index a filtered count or page reads. One driver's trips of a window (the Drivers screen's link) are sought
 * in the driver index, ~2 % of a year, instead of walking every booking of the window in the analytics index
 * (a year: ~60 ms for the count, as much again for a page); that index holds the day and the instant, so the count
 * and a page in time order still read no booking row. One facility's trips are sought by name in the facility
 * index. Any other filter or sort reads the analytics index alone.
 */
function indexFor(filter: TripFilter, sort: TripSort = 'scheduled'): string {
  if (filter.facility !== undefined) return BY_FACILITY_INDEX;
  const oneDriver = Object.entries(filter).every(
    ([k, v]) => k === 'from' || k === 'to' || k === 'driverId' || v === undefined,
  );
  return filter.driverId !== undefined && oneDriver && (sort === 'scheduled' || sort === 'driver')
    ? 'INDEXED BY bookings_live_driver_idx'
    : BY_LIVE_INDEX;
}

/**
 * Streams the bookings of [from, to] ordered by day. The (company_id, day) index gives that order for free and
 * visits a day's rows in rowid order; the analytics index would visit them by hour and driver, ~25 % slower here.
 */
export function iterateAnalyticsBookings(
  db: Db,
  companyId: number,
  from: IsoDate,
  to: IsoDate,
): IterableIterator<AnalyticsBooking> {
  return db.$client
    .prepare(
      `SELECT ${ANALYTICS_COLUMNS} FROM bookings b INDEXED BY bookings_company_day_idx
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

// Written with the indexed expressions only (served ⇔ a delay), so filters and sorts read the index, not the rows.
const DELAY = delaySql('b.');
const CANCELLED = cancelledSql('b.');
const WEEKDAY = weekdaySql('b.');
const HOUR = scheduledHourSql('b.');

export type { TripSort };

export interface TripQuery {
  filter: TripFilter;
  sort: TripSort;
  dir: 'asc' | 'desc';
  offset: number;
  limit: number;
  onTimeThresholdMinutes: number;
}

function whereClause(db: Db, companyId: number, q: TripQuery): { sql: string; params: unknown[] } {
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
  if (f.facility !== undefined) {
    parts.push('b.medical_facility IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(facilitySpellings(db, companyId, f.facility)));
  }
  switch (f.outcome) {
    case undefined:
      break;
    case 'cancelled':
      parts.push(`${CANCELLED} = 1`);
      break;
    case 'unserved':
      parts.push(`${CANCELLED} = 0 AND ${DELAY} IS NULL`);
      break;
    case 'served':
      parts.push(`${DELAY} IS NOT NULL`);
      break;
    case 'on_time':
      parts.push(`${DELAY} <= ?`);
      params.push(q.onTimeThresholdMinutes);
      break;
    case 'delayed':
      parts.push(`${DELAY} > ?`);
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
  if (f.search !== undefined) {
    const search = searchClause(f.search);
    parts.push(search.sql);
    params.push(...search.params);
  }
  return { sql: parts.join(' AND '), params };
}

/**
 * A search: part of the patient's name (LIKE, so ASCII letters in either case), or, all digits, the booking
 * number too. The user's `%`, `_` and `\` are escaped, so they match themselves and never widen the search.
 */
function searchClause(text: string): { sql: string; params: unknown[] } {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  if (/^\d{1,15}$/.test(text))
    return { sql: `(b.id = ? OR b.customer_name LIKE ? ESCAPE '\\')`, params: [Number(text), pattern] };
  return { sql: `b.customer_name LIKE ? ESCAPE '\\'`, params: [pattern] };
}

/**
 * ORDER BY of a sort, total (it ends with the id) so a page is well defined. Rows without the sorted value come
 * last in both directions; `reversed` gives the exact reverse order (flipped direction, those rows first).
 */
function orderClause(sort: TripSort, dir: 'asc' | 'desc', reversed = false): string {
  const flip = (dir === 'desc') !== reversed;
  const d = flip ? 'DESC' : 'ASC';
  const nulls = reversed ? 'NULLS FIRST' : 'NULLS LAST';
  // Ordering by day first lets SQLite walk the index and sort only within a day.
  const chrono = `b.day ${d}, b.scheduled_at ${d}, b.id ${d}`;
  switch (sort) {
    case 'delay':
      return `${DELAY} ${d} ${nulls}, ${chrono}`;
    case 'driver':
      return `dr.full_name ${d} ${nulls}, ${chrono}`;
    case 'distance':
      return `b.distance_meters ${d} ${nulls}, ${chrono}`;
    case 'status':
      return `b.status ${d}, ${chrono}`;
    default:
      return chrono;
  }
}

/**
 * One page of the filtered trips and the count of all of them, read in one snapshot. The page's ids are sorted
 * first and the rows fetched after. Through the rollups' counts when they can answer (trips-page-cells-repo.ts);
 * otherwise by OFFSET over the sorted ids (the sorter then carries a few index fields per booking, not whole
 * rows), a page past the middle read from the other end, so the last page costs what the first one does.
 */
export function queryTrips(db: Db, companyId: number, q: TripQuery): { total: number; rows: TripSource[] } {
  const sqlite = db.$client;
  return sqlite.transaction(() => {
    const page = pageIdsByCells(db, companyId, q) ?? pageIdsByOffset(db, companyId, q);
    if (page.ids.length === 0) return { total: page.total, rows: [] };
    const rows = sqlite
      .prepare(
        `SELECT b.id AS id, ${ANALYTICS_COLUMNS}, dr.full_name AS driverName, b.customer_name AS customerName,
           b.pickup_location AS pickupLocation, b.dropoff_location AS dropoffLocation,
           b.medical_facility AS medicalFacility
         FROM bookings b LEFT JOIN drivers dr ON dr.id = b.driver_id
         WHERE b.id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(page.ids)) as TripSource[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return { total: page.total, rows: page.ids.map((id) => byId.get(id)!) };
  })();
}

/** The page's ids by counting and skipping the filtered bookings (any filter and sort). */
function pageIdsByOffset(db: Db, companyId: number, q: TripQuery): { total: number; ids: number[] } {
  const sqlite = db.$client;
  const where = whereClause(db, companyId, q);
  const total = (
    sqlite
      .prepare(`SELECT count(*) AS n FROM bookings b ${indexFor(q.filter)} WHERE ${where.sql}`)
      .get(...where.params) as {
      n: number;
    }
  ).n;
  if (total === 0 || q.limit === 0 || q.offset >= total) return { total, ids: [] };
  const limit = Math.min(q.limit, total - q.offset);
  const after = total - q.offset - limit;
  const reversed = after < q.offset;
  const join = q.sort === 'driver' ? 'LEFT JOIN drivers dr ON dr.id = b.driver_id' : '';
  const ids = sqlite
    .prepare(
      `SELECT b.id FROM bookings b ${indexFor(q.filter, q.sort)} ${join} WHERE ${where.sql}
       ORDER BY ${orderClause(q.sort, q.dir, reversed)} LIMIT ? OFFSET ?`,
    )
    .pluck()
    .all(...where.params, limit, reversed ? after : q.offset) as number[];
  if (reversed) ids.reverse();
  return { total, ids };
}

/** A trips-table row as the exports read it (the same fields as the table's). */
export type ExportTripSource = TripSource;

/**
 * Every filtered trip in the trips table's order (the WHERE and ORDER BY of queryTrips), for the exports: one
 * statement stepped row by row, so a year (~730k rows) is never in memory at once. While the iterator is open the
 * connection is busy (better-sqlite3 allows no other statement on it) and holds one read snapshot: use it on a
 * connection of its own (the export worker's) and close it (`return()`, or a for-of that ends) when done.
 */
export function iterateTrips(
  db: Db,
  companyId: number,
  q: Omit<TripQuery, 'offset' | 'limit'>,
): IterableIterator<ExportTripSource> {
  const where = whereClause(db, companyId, { ...q, offset: 0, limit: 0 });
  return db.$client
    .prepare(
      `SELECT b.id AS id, ${ANALYTICS_COLUMNS}, dr.full_name AS driverName,
         b.customer_name AS customerName, b.pickup_location AS pickupLocation,
         b.dropoff_location AS dropoffLocation, b.medical_facility AS medicalFacility
       FROM bookings b LEFT JOIN drivers dr ON dr.id = b.driver_id
       WHERE ${where.sql} ORDER BY ${orderClause(q.sort, q.dir)}`,
    )
    .iterate(...where.params) as IterableIterator<ExportTripSource>;
}

/** How many trips iterateTrips gives for the same query. */
export function countTrips(db: Db, companyId: number, q: Omit<TripQuery, 'offset' | 'limit'>): number {
  const counted = countByCells(db, companyId, q.filter);
  if (counted !== null) return counted;
  const where = whereClause(db, companyId, { ...q, offset: 0, limit: 0 });
  return (
    db.$client
      .prepare(`SELECT count(*) AS n FROM bookings b ${indexFor(q.filter)} WHERE ${where.sql}`)
      .get(...where.params) as {
      n: number;
    }
  ).n;
}
