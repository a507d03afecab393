// dispatch_metrics: one row per company and day that has bookings. Raw prepared statements: the aggregation
// writes hundreds of rows per transaction and this is its hot path.
import type { DispatchMetricsJson, IsoDate, MetricsExtraData } from '../../../shared/analytics-types';
import { dayMetricsFromJson, dayMetricsToJson, type DayMetrics } from '../../analytics/day-metrics';
import { ZERO_QUALITY } from '../../analytics/quality-score';
import type { Db } from '../open-store';

const COLUMNS = [
  'dispatch_run_id',
  'total_bookings',
  'on_time_bookings',
  'delayed_bookings',
  'cancelled_bookings',
  'average_delay_minutes',
  'max_delay_minutes',
  'total_delay_minutes',
  'total_drivers',
  'active_drivers',
  'avg_bookings_per_driver',
  'total_distance_km',
  'avg_distance_per_booking',
  'suggestions_generated',
  'suggestions_applied',
  'quality_score',
  'extra_data',
] as const satisfies readonly (keyof DispatchMetricsJson)[];

// created_at keeps the first computation's time: a recomputation updates the figures, not the row's birth.
const UPSERT_SQL = `INSERT INTO dispatch_metrics (company_id, date, ${COLUMNS.join(', ')}, created_at)
  VALUES (@companyId, @date, ${COLUMNS.map((c) => '@' + c).join(', ')}, @createdAt)
  ON CONFLICT (company_id, date) DO UPDATE SET ${COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}`;

function toParams(companyId: number, m: DayMetrics, now: number): Record<string, unknown> {
  return { companyId, ...dayMetricsToJson(m), extra_data: JSON.stringify(m.extraData), createdAt: now };
}

/** Upserts the rows (the caller owns the transaction). */
export function upsertDayMetrics(db: Db, companyId: number, rows: readonly DayMetrics[], now: number): void {
  if (rows.length === 0) return;
  const stmt = db.$client.prepare(UPSERT_SQL);
  for (const m of rows) stmt.run(toParams(companyId, m, now));
}

export function deleteDayMetrics(db: Db, companyId: number, dates: readonly IsoDate[]): number {
  if (dates.length === 0) return 0;
  const stmt = db.$client.prepare('DELETE FROM dispatch_metrics WHERE company_id = ? AND date = ?');
  let n = 0;
  for (const d of dates) n += stmt.run(companyId, d).changes;
  return n;
}

/** A SELECTed row: the JSON's columns, extra_data still as stored text. */
type MetricsDbRow = Omit<DispatchMetricsJson, 'extra_data'> & { extra_data: string };

function parseExtra(text: string, r: MetricsDbRow): MetricsExtraData {
  const fallback: MetricsExtraData = {
    served_bookings: r.on_time_bookings + r.delayed_bookings,
    unserved_bookings: r.total_bookings - r.cancelled_bookings - r.on_time_bookings - r.delayed_bookings,
    run_status: null,
    quality_parts: { ...ZERO_QUALITY, total: r.quality_score },
  };
  try {
    const parsed = JSON.parse(text) as Partial<MetricsExtraData> | null;
    return { ...fallback, ...(parsed && typeof parsed === 'object' ? parsed : {}) };
  } catch {
    return fallback; // a hand-edited or older row: the columns still hold the truth
  }
}

function fromRow(r: MetricsDbRow): DayMetrics {
  return dayMetricsFromJson({ ...r, extra_data: parseExtra(r.extra_data, r) });
}

/** Rows of [from, to] inclusive, oldest first. */
export function listDayMetrics(db: Db, companyId: number, from: IsoDate, to: IsoDate): DayMetrics[] {
  const rows = db.$client
    .prepare(
      `SELECT date, ${COLUMNS.join(', ')} FROM dispatch_metrics
       WHERE company_id = ? AND date BETWEEN ? AND ? ORDER BY date`,
    )
    .all(companyId, from, to) as MetricsDbRow[];
  return rows.map(fromRow);
}

/** Oldest and newest metrics dates of the company, or null when it has none. */
export function metricsDateRange(db: Db, companyId: number): { from: IsoDate; to: IsoDate } | null {
  const r = db.$client
    .prepare('SELECT min(date) AS f, max(date) AS t FROM dispatch_metrics WHERE company_id = ?')
    .get(companyId) as { f: string | null; t: string | null };
  return r.f && r.t ? { from: r.f, to: r.t } : null;
}

/**
 * The dispatch run of each day of [from, to] (the server keeps one per company and day; should a day have
 * several, the latest created wins, so a re-dispatched day is counted once).
 */
export function listDayRuns(
  db: Db,
  companyId: number,
  from: IsoDate,
  to: IsoDate,
): Map<IsoDate, { id: number; status: string }> {
  const rows = db.$client
    .prepare(
      `SELECT id, day, status FROM dispatch_runs WHERE company_id = ? AND day BETWEEN ? AND ?
       ORDER BY day, COALESCE(created_at, 0), id`,
    )
    .all(companyId, from, to) as Array<{ id: number; day: string; status: string }>;
  const byDay = new Map<IsoDate, { id: number; status: string }>();
  for (const r of rows) byDay.set(r.day, { id: r.id, status: r.status });
  return byDay;
}
