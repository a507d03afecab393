// A day's daily_stats row from its metrics, with trends against the previous calendar day's row: the definition
// the daily_stats view computes in SQL (drizzle/0005_one_daily_row.sql); the upgrade test holds the two equal.
import type { IsoDate } from '../../shared/analytics-types';
import { type DayMetrics, servedOf } from './day-metrics';
import { qualityScore } from './quality-score';

/** A daily_stats row in camelCase (the store's columns, without ids and timestamps). */
export interface DailyStatsValues {
  date: IsoDate;
  totalBookings: number;
  /** percentage 0–100 */
  onTimeRate: number;
  avgDelay: number;
  qualityScore: number;
  bookingsTrend: number;
  delayTrend: number;
}

export type DayTotals = Pick<
  DayMetrics,
  'date' | 'totalBookings' | 'onTimeBookings' | 'delayedBookings' | 'cancelledBookings' | 'totalDelayMinutes'
>;

/** (today − prev) / prev × 100; 0 when there is no previous value or it is 0. */
export function trendPercent(today: number, prev: number | null | undefined): number {
  if (prev === null || prev === undefined || prev === 0) return 0;
  return ((today - prev) * 100) / prev;
}

export function computeDailyStats(
  day: DayTotals,
  previous: Pick<DailyStatsValues, 'totalBookings' | 'avgDelay'> | null,
): DailyStatsValues {
  const served = servedOf(day);
  const avgDelay = served ? day.totalDelayMinutes / served : 0;
  return {
    date: day.date,
    totalBookings: day.totalBookings,
    onTimeRate: day.totalBookings ? (day.onTimeBookings * 100) / day.totalBookings : 0,
    avgDelay,
    qualityScore: qualityScore({
      totalBookings: day.totalBookings,
      onTimeBookings: day.onTimeBookings,
      cancelledBookings: day.cancelledBookings,
      avgDelayMinutes: avgDelay,
    }),
    bookingsTrend: trendPercent(day.totalBookings, previous?.totalBookings),
    delayTrend: trendPercent(avgDelay, previous?.avgDelay),
  };
}
