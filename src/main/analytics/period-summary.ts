// A window's headline figures from its days' totals (docs/analytics.md#period-summary): ratios of sums, never
// means of daily ratios, except the quality score, which is the daily scores weighted by each day's bookings.
// Percentages multiply before dividing, so 108 of 120 is exactly 90 and a "≥ 90" rule fires.
import type { PeriodSummaryJson, QualityScoreParts, TrendPointJson } from '../../shared/analytics-types';
import type { DailyStatsValues, DayTotals } from './daily-stats';
import { servedOf, type DayMetrics } from './day-metrics';
import { qualityScoreParts } from './quality-score';

export interface PeriodTotals {
  totalBookings: number;
  onTimeBookings: number;
  delayedBookings: number;
  cancelledBookings: number;
  servedBookings: number;
  totalDelayMinutes: number;
  /** Σ of each day's active drivers: driver-days (docs/analytics.md#trips-per-driver) */
  activeDriverDays: number;
}

export const EMPTY_SUMMARY: PeriodSummaryJson = {
  total_bookings: 0,
  avg_on_time_rate: 0,
  avg_delay_minutes: 0,
  avg_quality_score: 0,
  cancellation_rate: 0,
  trips_per_driver: 0,
};

export function sumTotals(days: ReadonlyArray<DayTotals & Partial<SummaryDay>>): PeriodTotals {
  const t: PeriodTotals = {
    totalBookings: 0,
    onTimeBookings: 0,
    delayedBookings: 0,
    cancelledBookings: 0,
    servedBookings: 0,
    totalDelayMinutes: 0,
    activeDriverDays: 0,
  };
  for (const d of days) {
    t.totalBookings += d.totalBookings;
    t.onTimeBookings += d.onTimeBookings;
    t.delayedBookings += d.delayedBookings;
    t.cancelledBookings += d.cancelledBookings;
    t.servedBookings += servedOf(d);
    t.totalDelayMinutes += d.totalDelayMinutes;
    t.activeDriverDays += d.activeDrivers ?? 0;
  }
  return t;
}

/** What a window's summary reads of each day: its metrics row's totals, score and active drivers. */
export type SummaryDay = DayTotals & Pick<DayMetrics, 'qualityScore' | 'activeDrivers'>;

/** `days` are the window's metrics rows. */
export function summarizePeriod(days: readonly SummaryDay[]): PeriodSummaryJson {
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
    trips_per_driver: t.activeDriverDays ? t.totalBookings / t.activeDriverDays : 0,
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
