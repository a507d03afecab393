// A window's headline figures from its days' totals (docs/analytics.md#period-summary): ratios of sums, never
// means of daily ratios, except the quality score, which is the daily scores weighted by each day's bookings.
// Percentages multiply before dividing, so 108 of 120 is exactly 90 and a "≥ 90" rule fires.
import type { PeriodSummaryJson, QualityScoreParts, TrendPointJson } from '../../shared/analytics-types';
import type { DailyStatsValues, DayTotals } from './daily-stats';
import { servedOf } from './day-metrics';
import { qualityScoreParts } from './quality-score';

export interface PeriodTotals {
  totalBookings: number;
  onTimeBookings: number;
  delayedBookings: number;
  cancelledBookings: number;
  servedBookings: number;
  totalDelayMinutes: number;
}

export const EMPTY_SUMMARY: PeriodSummaryJson = {
  total_bookings: 0,
  avg_on_time_rate: 0,
  avg_delay_minutes: 0,
  avg_quality_score: 0,
  cancellation_rate: 0,
};

export function sumTotals(days: readonly DayTotals[]): PeriodTotals {
  const t: PeriodTotals = {
    totalBookings: 0,
    onTimeBookings: 0,
    delayedBookings: 0,
    cancelledBookings: 0,
    servedBookings: 0,
    totalDelayMinutes: 0,
  };
  for (const d of days) {
    t.totalBookings += d.totalBookings;
    t.onTimeBookings += d.onTimeBookings;
    t.delayedBookings += d.delayedBookings;
    t.cancelledBookings += d.cancelledBookings;
    t.servedBookings += servedOf(d);
    t.totalDelayMinutes += d.totalDelayMinutes;
  }
  return t;
}

/** `days` are the window's metrics rows, each with its daily quality score. */
export function summarizePeriod(
  days: ReadonlyArray<DayTotals & { qualityScore: number }>,
): PeriodSummaryJson {
  const t = sumTotals(days);
  if (t.totalBookings === 0) return { ...EMPTY_SUMMARY };
  let weighted = 0;
  for (const d of days) weighted += d.qualityScore * d.totalBookings;
  return {
    total_bookings: t.totalBookings,
    avg_on_time_rate: (t.onTimeBookings * 100) / t.totalBookings,
    avg_delay_minutes: t.servedBookings ? t.totalDelayMinutes / t.servedBookings : 0,
    avg_quality_score: weighted / t.totalBookings,
    cancellation_rate: (t.cancelledBookings * 100) / t.totalBookings,
  };
}

/** The score's three parts on the window's totals (what the KPI card breaks down). */
export function periodQualityParts(days: readonly DayTotals[]): QualityScoreParts {
  const t = sumTotals(days);
  return qualityScoreParts({
    totalBookings: t.totalBookings,
    onTimeBookings: t.onTimeBookings,
    cancelledBookings: t.cancelledBookings,
    avgDelayMinutes: t.servedBookings ? t.totalDelayMinutes / t.servedBookings : 0,
  });
}

export function toTrendPoint(s: DailyStatsValues): TrendPointJson {
  return {
    date: s.date,
    bookings: s.totalBookings,
    on_time_rate: s.onTimeRate,
    avg_delay: s.avgDelay,
    quality_score: s.qualityScore,
    bookings_trend: s.bookingsTrend,
    delay_trend: s.delayTrend,
  };
}
