// daily_stats: one row per company and day with data, with trends against the previous calendar day. A view
// over dispatch_metrics (drizzle/0005_one_daily_row.sql): nothing writes it, the metrics row is the one stored.
import type { IsoDate } from '../../../shared/analytics-types';
import type { DailyStatsValues } from '../../analytics/daily-stats';
import type { Db } from '../open-store';

const SELECT_COLUMNS = `date, total_bookings AS totalBookings, on_time_rate AS onTimeRate, avg_delay AS avgDelay,
  quality_score AS qualityScore, bookings_trend AS bookingsTrend, delay_trend AS delayTrend`;

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
