// Days far outside the office's own baseline: each day's on-time rate, average delay and volume against the same
// weekday's recent history (docs/analytics.md#day-outliers). Unlike the fixed thresholds of the insight rules,
// this is quiet on an ordinary week of any office, small or busy, and loud on the one day that collapsed.
import type { IsoDate } from '../../shared/analytics-types';
import type { DailyStatsValues } from './daily-stats';
import { median } from './robust-stats';

export type OutlierMetric = 'on_time_rate' | 'avg_delay' | 'bookings';
export type OutlierSeverity = 'critical' | 'warning' | 'info';

export interface DayOutlier {
  day: IsoDate;
  metric: OutlierMetric;
  severity: OutlierSeverity;
  value: number;
  /** median of the same weekdays before the day */
  baseline: number;
  /** the robust spread the gap is measured in */
  spread: number;
  /** (value − baseline) ÷ spread: negative below the baseline */
  score: number;
}

/** Previous same weekdays in a baseline, and the fewest that make one. */
export const BASELINE_WEEKS = 8;
const MIN_BASELINE_DAYS = 4;
/** 1.4826 × MAD estimates a standard deviation when the values are roughly normal. */
const MAD_SCALE = 1.4826;

interface MetricRule {
  read: (s: DailyStatsValues) => number;
  /** +1: higher is worse (delay), −1: lower is worse (on time), 0: both ways are news (volume) */
  worse: 1 | -1 | 0;
  /** the smallest spread: a very steady history must not make a tiny wobble an outlier */
  floor: (baseline: number) => number;
  /** the smallest gap, in the metric's unit, that can be critical */
  criticalGap: (baseline: number) => number;
}

export const OUTLIER_RULES: Record<OutlierMetric, MetricRule> = {
  on_time_rate: { read: (s) => s.onTimeRate, worse: -1, floor: () => 3, criticalGap: () => 15 },
  avg_delay: { read: (s) => s.avgDelay, worse: 1, floor: () => 1, criticalGap: () => 5 },
  bookings: {
    read: (s) => s.totalBookings,
    worse: 0,
    floor: (b) => Math.max(3, b * 0.1),
    criticalGap: (b) => Math.max(10, b * 0.5),
  },
};

/** |score| from which a day is a warning, and a critical one (with a material gap, see criticalGap). */
export const WARNING_SCORE = 3;
export const CRITICAL_SCORE = 5;

/**
 * A day with fewer bookings is at most a warning: on a quiet Sunday of 14 trips, 6 late ones are 43 % on time, a
 * swing that small samples make all the time; critical is kept for a day the office must look at.
 */
export const MIN_CRITICAL_BOOKINGS = 20;

const SEVERITY_RANK: Record<OutlierSeverity, number> = { critical: 0, warning: 1, info: 2 };

/**
 * Outliers of the days from `from` to `to`. `stats` holds those days and their history (at least 8 weeks before
 * `from` for full baselines), oldest first; days without a row are not judged (no data is not a collapse).
 * Ordered critical first, then by the size of the gap.
 */
export function dayOutliers(stats: readonly DailyStatsValues[], from: IsoDate, to: IsoDate): DayOutlier[] {
  const byWeekday = new Map<number, DailyStatsValues[]>();
  const out: DayOutlier[] = [];
  for (const s of stats) {
    const wd = new Date(`${s.date}T00:00:00Z`).getUTCDay();
    const previous = byWeekday.get(wd) ?? [];
    if (s.date >= from && s.date <= to) {
      const history = previous.slice(-BASELINE_WEEKS);
      if (history.length >= MIN_BASELINE_DAYS) out.push(...judgeDay(s, history));
    }
    previous.push(s);
    byWeekday.set(wd, previous);
  }
  return out.sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || Math.abs(b.score) - Math.abs(a.score),
  );
}

function judgeDay(day: DailyStatsValues, history: readonly DailyStatsValues[]): DayOutlier[] {
  const found: DayOutlier[] = [];
  for (const [metric, rule] of Object.entries(OUTLIER_RULES) as [OutlierMetric, MetricRule][]) {
    const values = history.map(rule.read);
    const baseline = median(values);
    const mad = median(values.map((v) => Math.abs(v - baseline)));
    const spread = Math.max(MAD_SCALE * mad, rule.floor(baseline));
    const value = rule.read(day);
    const score = (value - baseline) / spread;
    // A better-than-usual on-time rate or delay is not news here: nothing cheers, nothing alarms.
    // Stryker disable next-line ArithmeticOperator: worse is +1 or −1 on this branch, so ÷ equals ×.
    const bad = rule.worse === 0 ? Math.abs(score) : score * rule.worse;
    if (bad < WARNING_SCORE) continue;
    // Every floor is at least criticalGap ÷ CRITICAL_SCORE, so a day 5 spreads out is always material today: the
    // check guards a floor lowered later. Its mutants cannot be told apart until then.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: see above
    const material = Math.abs(value - baseline) >= rule.criticalGap(baseline);
    const severity: OutlierSeverity =
      rule.worse === 0
        ? score < 0 && bad >= CRITICAL_SCORE && material
          ? 'warning'
          : 'info'
        : bad >= CRITICAL_SCORE && material && day.totalBookings >= MIN_CRITICAL_BOOKINGS
          ? 'critical'
          : 'warning';
    found.push({ day: day.date, metric, severity, value, baseline, spread, score });
  }
  return found;
}
