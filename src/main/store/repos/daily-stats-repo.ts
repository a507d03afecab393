// daily_stats: one row per company and day with data, with trends against the previous calendar day.
import type { IsoDate } from '../../../shared/analytics-types';
import type { DailyStatsValues } from '../../analytics/daily-stats';
import type { Db } from '../open-store';

const UPSERT_SQL = `INSERT INTO daily_stats
    (company_id, date, total_bookings, on_time_rate, avg_delay, quality_score, bookings_trend, delay_trend,
     created_at, updated_at)
  VALUES (@companyId, @date, @totalBookings, @onTimeRate, @avgDelay, @qualityScore, @bookingsTrend, @delayTrend,
     @now, @now)
  ON CONFLICT (company_id, date) DO UPDATE SET
    total_bookings = excluded.total_bookings, on_time_rate = excluded.on_time_rate, avg_delay = excluded.avg_delay,
    quality_score = excluded.quality_score, bookings_trend = excluded.bookings_trend,
    delay_trend = excluded.delay_trend, updated_at = excluded.updated_at`;

const SELECT_COLUMNS = `date, total_bookings AS totalBookings, on_time_rate AS onTimeRate, avg_delay AS avgDelay,
  quality_score AS qualityScore, bookings_trend AS bookingsTrend, delay_trend AS delayTrend`;

/** Upserts the rows (the caller owns the transaction). */
export function upsertDailyStats(
  db: Db,
  companyId: number,
  rows: readonly DailyStatsValues[],
  now: number,
): void {
  if (rows.length === 0) return;
  const stmt = db.$client.prepare(UPSERT_SQL);
  for (const s of rows) stmt.run({ companyId, now, ...s });
}

export function deleteDailyStats(db: Db, companyId: number, dates: readonly IsoDate[]): number {
  if (dates.length === 0) return 0;
  const stmt = db.$client.prepare('DELETE FROM daily_stats WHERE company_id = ? AND date = ?');
  let n = 0;
  for (const d of dates) n += stmt.run(companyId, d).changes;
  return n;
}

export function getDailyStats(db: Db, companyId: number, date: IsoDate): DailyStatsValues | null {
  const row = db.$client
    .prepare(`SELECT ${SELECT_COLUMNS} FROM daily_stats WHERE company_id = ? AND date = ?`)
    .get(companyId, date) as DailyStatsValues | undefined;
  return row ?? null;
}

/** Rows of [from, to] inclusive, oldest first. */
export function listDailyStats(db: Db, companyId: number, from: IsoDate, to: IsoDate): DailyStatsValues[] {
  return db.$client
    .prepare(
      `SELECT ${SELECT_COLUMNS} FROM daily_stats WHERE company_id = ? AND date BETWEEN ? AND ? ORDER BY date`,
    )
    .all(companyId, from, to) as DailyStatsValues[];
}
