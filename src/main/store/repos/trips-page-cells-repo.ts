// A page of the trips table found through counts instead of by skipping rows. The rollups (booking_status_days,
// booking_delay_days, booking_driver_days) say how many bookings each day holds per sort value (delay, status, driver name), so the
// page's first row is located in a list of ~10k (value, day, count) cells; only the rows of the page are then read
// from the value's bucket, from that day on. Distances are too many values for that (~23k a year): their cells are
// whole kilometres (booking_distance_days, ~25 a year), and a page skips at most the rows of one kilometre, in
// the distance index's order. A deep OFFSET read, and counted, every booking before the page:
// ~0.5 s at offset 360k of a year at 2,000 a day; this costs what the first page does.
// It answers the table as the renderer pages it: a date window and one of the sorts below. Other filters, rollups not built or days still waiting for their aggregation: null, and the caller reads the
// bookings (trips-repo.ts).
import type { TripFilter, TripSort } from '../../../shared/analytics-types';
import { delaySql, liveSql } from '../booking-sql';
import type { Db } from '../open-store';
import { rollupThreshold } from './booking-rollup-build-repo';

const DELAY = delaySql('b.');

type Key = string | number | null;

interface Cell {
  key: Key;
  day: string;
  n: number;
}

type CellSort = TripSort;

/**
 * The driver sort's cells: per driver name (SQLite's order of the names) then day, and last the bookings whose
 * driver has no name here (none, or unknown): the day's total less the named ones. Grouped here rather than in
 * SQL, which sorted the ~10k driver-days of a year by name (the slowest step of a page).
 */
function driverCells(db: Db, companyId: number, from: string, to: string, desc: boolean): Cell[] {
  const sqlite = db.$client;
  const names = sqlite
    .prepare('SELECT DISTINCT full_name FROM drivers ORDER BY full_name')
    .pluck()
    .all() as string[];
  const rank = new Map(names.map((n, i) => [n, i]));
  const rankOfDriver = new Map(
    (sqlite.prepare('SELECT id, full_name FROM drivers').raw().all() as [number, string][]).map(([id, n]) => [
      id,
      rank.get(n)!,
    ]),
  );
  const window = 'company_id = ? AND day BETWEEN ? AND ?';
  const totals = sqlite
    .prepare(`SELECT day, sum(bookings) FROM booking_status_days WHERE ${window} GROUP BY day ORDER BY day`)
    .raw()
    .all(companyId, from, to) as [string, number][];
  if (desc) totals.reverse();
  const perName = new Map<number, Map<string, number>>();
  const namedPerDay = new Map<string, number>();
  const driverDays = sqlite
    .prepare(`SELECT driver_id, day, bookings FROM booking_driver_days WHERE ${window}`)
    .raw()
    .all(companyId, from, to) as [number, string, number][];
  for (const [driverId, day, n] of driverDays) {
    const r = rankOfDriver.get(driverId);
    if (r === undefined) continue;
    let days = perName.get(r);
    if (!days) perName.set(r, (days = new Map()));
    days.set(day, (days.get(day) ?? 0) + n);
    namedPerDay.set(day, (namedPerDay.get(day) ?? 0) + n);
  }
  const ranks = [...perName.keys()].sort((x, y) => (desc ? y - x : x - y));
  const cells: Cell[] = [];
  for (const r of ranks) {
    const days = perName.get(r)!;
    for (const [day] of totals) {
      const n = days.get(day);
      if (n) cells.push({ key: names[r]!, day, n });
    }
  }
  for (const [day, n] of totals) {
    const rest = n - (namedPerDay.get(day) ?? 0);
    if (rest > 0) cells.push({ key: null, day, n: rest });
  }
  return cells;
}

// The cells of a sort, in the table's order (value then day; rows without a value last in both directions).
function cellsSql(sort: Exclude<CellSort, 'driver'>, d: 'ASC' | 'DESC'): string {
  const window = 'company_id = ? AND day BETWEEN ? AND ?';
  switch (sort) {
    case 'distance':
      // One cell per kilometre, all days together: within a kilometre the order is the distance, then the day.
      return `SELECT km AS key, NULL AS day, sum(bookings) AS n
        FROM booking_distance_days INDEXED BY booking_distance_days_km_idx
        WHERE ${window} GROUP BY km ORDER BY km ${d}`;
    case 'delay':
      // The index's order (NULL first ascending; one row per value and day): pageIdsByCells moves the NULL cells last.
      return `SELECT delay AS key, day, bookings AS n FROM booking_delay_days INDEXED BY booking_delay_days_delay_idx
        WHERE ${window} ORDER BY delay ${d}, day ${d}`;
    case 'status':
      return `SELECT status AS key, day, bookings AS n
        FROM booking_status_days INDEXED BY booking_status_days_status_idx
        WHERE ${window} ORDER BY status ${d}, day ${d}`;
    default:
      return `SELECT 0 AS key, day, sum(bookings) AS n FROM booking_status_days WHERE ${window}
        GROUP BY day ORDER BY day ${d}`;
  }
}

// The rows of one value, as a WHERE part and its parameters.
// The rows of one value, as a WHERE part, its parameters and the index that seeks them. Named, because without
// ANALYZE statistics SQLite prefers walking the listed days' rows (~2,000 each), a value at a time.
function bucketSql(
  sort: Exclude<CellSort, 'distance'>,
  key: Key,
): { sql: string; params: unknown[]; index: string } {
  // The analytics index holds the day, instant and driver: the page's ids without reading a booking row.
  const live = 'INDEXED BY bookings_live_analytics_idx';
  if (sort === 'scheduled') return { sql: '1', params: [], index: live };
  if (sort === 'driver') {
    // By id, so the driver index seeks the drivers of that name; no name: the joined row says so.
    return key === null
      ? { sql: 'dr.full_name IS NULL', params: [], index: live }
      : {
          sql: 'b.driver_id IN (SELECT id FROM drivers WHERE full_name = ?)',
          params: [key],
          index: 'INDEXED BY bookings_live_driver_idx',
        };
  }
  const column = sort === 'delay' ? DELAY : 'b.status';
  const index = `INDEXED BY bookings_live_${sort}_idx`;
  return key === null
    ? { sql: `${column} IS NULL`, params: [], index }
    : { sql: `${column} = ?`, params: [key], index };
}

function isPlainWindow(filter: TripFilter): boolean {
  return Object.entries(filter).every(([k, v]) => k === 'from' || k === 'to' || v === undefined);
}

function aggregationPending(db: Db, companyId: number): boolean {
  const row = db.$client
    .prepare(
      `SELECT json_extract(value, '$."' || ? || '"') AS days FROM settings WHERE key = 'sync.pending-aggregation'`,
    )
    .get(String(companyId)) as { days: string | null } | undefined;
  return row?.days != null && row.days !== '[]';
}

/** How many trips a plain date window holds, from the rollups; null when they cannot say (as pageIdsByCells). */
export function countByCells(db: Db, companyId: number, filter: TripFilter): number | null {
  if (!isPlainWindow(filter)) return null;
  if (rollupThreshold(db, companyId) === null || aggregationPending(db, companyId)) return null;
  return db.$client
    .prepare('SELECT total(bookings) FROM booking_status_days WHERE company_id = ? AND day BETWEEN ? AND ?')
    .pluck()
    .get(companyId, filter.from, filter.to) as number;
}

/**
 * `take` ids of kilometre `km` (null: no distance) after `skip`, in the table's order (distance, day, instant, id),
 * read from the distance index: it seeks the kilometre and walks it in that order, so a page costs at most one
 * kilometre's rows (the longest of a year at 2,000 a day: ~93k index entries), never the ones before it.
 */
function distanceBucketIds(
  db: Db,
  companyId: number,
  filter: TripFilter,
  km: number | null,
  d: 'ASC' | 'DESC',
  take: number,
  skip: number,
): number[] {
  const range =
    km === null ? 'b.distance_meters IS NULL' : 'b.distance_meters >= ? AND b.distance_meters < ?';
  const bounds = km === null ? [] : [km * 1000, (km + 1) * 1000];
  return db.$client
    .prepare(
      `SELECT b.id FROM bookings b INDEXED BY bookings_live_distance_idx
       WHERE b.company_id = ? AND ${range} AND b.day BETWEEN ? AND ? AND ${liveSql('b.')}
       ORDER BY b.distance_meters ${d}, b.day ${d}, b.scheduled_at ${d}, b.id ${d} LIMIT ? OFFSET ?`,
    )
    .pluck()
    .all(companyId, ...bounds, filter.from, filter.to, take, skip) as number[];
}

/**
 * The page's booking ids in the table's order and the count of all trips of the window, or null when this way
 * cannot answer (see the file comment). Call it inside the caller's read transaction (one snapshot).
 */
export function pageIdsByCells(
  db: Db,
  companyId: number,
  q: { filter: TripFilter; sort: TripSort; dir: 'asc' | 'desc'; offset: number; limit: number },
): { total: number; ids: number[] } | null {
  if (!isPlainWindow(q.filter)) return null;
  if (rollupThreshold(db, companyId) === null || aggregationPending(db, companyId)) return null;
  const sqlite = db.$client;
  const { from, to } = q.filter;
  const sort = q.sort;
  const d = q.dir === 'desc' ? 'DESC' : 'ASC';
  const cells =
    sort === 'driver'
      ? driverCells(db, companyId, from, to, d === 'DESC')
      : (sqlite.prepare(cellsSql(sort, d)).all(companyId, from, to) as Cell[]);
  if ((sort === 'delay' || sort === 'distance') && d === 'ASC')
    cells.push(
      ...cells.splice(
        0,
        cells.findIndex((c) => c.key !== null),
      ),
    );
  const total = cells.reduce((s, c) => s + c.n, 0);
  if (q.offset >= total || q.limit === 0) return { total, ids: [] };
  let i = 0;
  let skip = q.offset;
  while (skip >= cells[i]!.n) skip -= cells[i++]!.n;
  const join = sort === 'driver' ? 'LEFT JOIN drivers dr ON dr.id = b.driver_id' : '';
  const ids: number[] = [];
  const want = Math.min(q.limit, total - q.offset);
  while (ids.length < want && i < cells.length) {
    const key = cells[i]!.key;
    // The bucket's cells from this one on: how many rows it still holds, and where the next bucket starts.
    let left = -skip;
    let next = i;
    while (next < cells.length && cells[next]!.key === key) left += cells[next++]!.n;
    const take = Math.min(want - ids.length, left);
    if (sort === 'distance') {
      const got = distanceBucketIds(db, companyId, q.filter, key as number | null, d, take, skip);
      if (got.length !== take) return null;
      ids.push(...got);
      i = next;
      skip = 0;
      continue;
    }
    // Only the days whose cells hold the rows wanted: the value's index seeks them (a rare delay is spread
    // over the year; walking the whole window for it cost ~0.1 s a value).
    const days: string[] = [];
    for (let j = i, have = 0; j < next && have < skip + take; j++) {
      days.push(cells[j]!.day);
      have += cells[j]!.n;
    }
    const bucket = bucketSql(sort, key);
    const got = sqlite
      .prepare(
        `SELECT b.id FROM bookings b ${bucket.index} ${join}
         WHERE b.company_id = ? AND ${bucket.sql} AND b.day IN (SELECT value FROM json_each(?))
           AND ${liveSql('b.')}
         ORDER BY b.day ${d}, b.scheduled_at ${d}, b.id ${d} LIMIT ? OFFSET ?`,
      )
      .pluck()
      .all(companyId, ...bucket.params, JSON.stringify(days), take, skip) as number[];
    // Counts that do not match the bookings (written but not aggregated): the caller reads the bookings.
    if (got.length !== take) return null;
    ids.push(...got);
    i = next;
    skip = 0;
  }
  return { total, ids };
}
