// A window's volume against the office's own history (docs/analytics.md#volume-baseline): its bookings per
// calendar day against the same-length windows that start a whole number of weeks earlier (so each holds the
// same weekdays). Replaces the fixed 50/day "high volume" that fired for every busy office, also in a week whose
// volume fell: a drop far outside the baseline is a warning, a rise is information, an ordinary window is quiet.
import type { IsoDate, PeriodJson } from '../../shared/analytics-types';
import { addDays } from '../../shared/time';
import type { DailyStatsValues } from './daily-stats';
import { BASELINE_WEEKS, OUTLIER_RULES, WARNING_SCORE } from './day-outliers';
import { median } from './robust-stats';

/** Previous windows needed (with at least one day of data each) before a window's volume is judged. */
export const MIN_VOLUME_WINDOWS = 4;
const MAD_SCALE = 1.4826;

export interface VolumeJudgement {
  direction: 'drop' | 'rise';
  /** the window's bookings per calendar day */
  value: number;
  /** median bookings per day of the previous windows */
  baseline: number;
  spread: number;
  /** (value − baseline) ÷ spread */
  score: number;
  /** (value − baseline) × 100 ÷ baseline */
  changePercent: number;
  /** how many previous windows made the baseline */
  windows: number;
}

/** Days between the window and each previous one: its length rounded up to whole weeks. */
export function volumeWindowStep(days: number): number {
  return Math.ceil(days / 7) * 7;
}

/** First day of history the judgement of `period` reads (BASELINE_WEEKS previous windows). */
export function volumeHistoryStart(period: PeriodJson): IsoDate {
  return addDays(period.start, -volumeWindowStep(period.days) * BASELINE_WEEKS);
}

/**
 * The judgement of the window's volume, or null when it is ordinary (|score| < 3) or not judged (fewer than
 * 4 previous windows with data, or no baseline volume). `stats` holds the window and its history, any order.
 */
export function judgeVolume(stats: readonly DailyStatsValues[], period: PeriodJson): VolumeJudgement | null {
  // One day's volume is the unusual-day rule's (day-outliers.ts): judging it twice would say it twice, with two
  // different thresholds.
  if (period.days === 1) return null;
  const step = volumeWindowStep(period.days);
  const perDay = (from: IsoDate, to: IsoDate): number | null => {
    const inside = stats.filter((s) => s.date >= from && s.date <= to);
    if (inside.length === 0) return null;
    return inside.reduce((a, s) => a + s.totalBookings, 0) / period.days;
  };
  const value = perDay(period.start, period.end);
  if (value === null) return null;
  const history: number[] = [];
  for (let k = 1; k <= BASELINE_WEEKS; k++) {
    const v = perDay(addDays(period.start, -step * k), addDays(period.end, -step * k));
    if (v !== null) history.push(v);
  }
  if (history.length < MIN_VOLUME_WINDOWS) return null;
  const baseline = median(history);
  if (baseline <= 0) return null;
  const mad = median(history.map((v) => Math.abs(v - baseline)));
  // The same floor as an unusual day's bookings (10 % of the baseline): a steady office's 12 % dip stays quiet.
  const spread = Math.max(MAD_SCALE * mad, OUTLIER_RULES.bookings.floor(baseline));
  const score = (value - baseline) / spread;
  if (Math.abs(score) < WARNING_SCORE) return null;
  return {
    direction: score < 0 ? 'drop' : 'rise',
    value,
    baseline,
    spread,
    score,
    changePercent: ((value - baseline) * 100) / baseline,
    windows: history.length,
  };
}
