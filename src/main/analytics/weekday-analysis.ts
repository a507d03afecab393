// Per-weekday means over a lookback window (Monday first) and the two weekday patterns of the design.
import type { IsoDate, Lang, PatternJson, WeekdayAnalysisJson } from '../../shared/analytics-types';
import { DEFAULT_INSIGHT_THRESHOLDS, type InsightThresholds } from './insight-thresholds';
import { busyDayText, highDelayDayText, weekdayLabel } from './insight-texts';
import { weekdayOf } from '../../shared/time';
import { median } from './robust-stats';

export interface WeekdayInputDay {
  date: IsoDate;
  totalBookings: number;
  onTimeRate: number;
  avgDelay: number;
}

export interface WeekdayAnalysis {
  weekday_analysis: WeekdayAnalysisJson[];
  patterns: PatternJson[];
}

export function analyzeWeekdays(
  days: readonly WeekdayInputDay[],
  lang: Lang,
  thresholds: Partial<InsightThresholds> = {},
): WeekdayAnalysis {
  const th = { ...DEFAULT_INSIGHT_THRESHOLDS, ...thresholds };
  const sums = Array.from({ length: 7 }, () => ({ delay: 0, onTime: 0, bookings: 0, n: 0 }));
  for (const d of days) {
    const s = sums[weekdayOf(d.date)]!;
    s.delay += d.avgDelay;
    s.onTime += d.onTimeRate;
    s.bookings += d.totalBookings;
    s.n++;
  }
  const analysis: WeekdayAnalysisJson[] = [];
  sums.forEach((s, weekday) => {
    if (s.n === 0) return;
    analysis.push({
      weekday,
      weekday_name: weekdayLabel(weekday, lang),
      avg_delay: s.delay / s.n,
      avg_on_time_rate: s.onTime / s.n,
      avg_bookings: s.bookings / s.n,
      sample_size: s.n,
    });
  });

  const patterns: PatternJson[] = [];
  // Ties go to the earlier weekday (Monday first), as the reference's max() does.
  const worst = maxBy(analysis, (w) => w.avg_delay);
  // "Systematically" needs repetition, not one bad day that lifts a weekday's mean (docs/analytics.md#systematic).
  if (worst && worst.avg_delay > th.weekdayHighDelayMinutes && isRepeated(days, worst.weekday)) {
    patterns.push({
      type: 'high_delay_day',
      weekday: worst.weekday,
      ...highDelayDayText(worst.weekday, worst.avg_delay, lang),
    });
  }
  const busiest = maxBy(analysis, (w) => w.avg_bookings);
  if (busiest && busiest.avg_bookings > 0) {
    patterns.push({
      type: 'busy_day',
      weekday: busiest.weekday,
      ...busyDayText(busiest.weekday, busiest.avg_bookings, lang),
    });
  }
  return { weekday_analysis: analysis, patterns };
}

/** The last same weekdays looked at, and how many of them must be outside the baseline. */
export const SYSTEMATIC_LAST = 4;
export const SYSTEMATIC_MIN = 3;
/** A day is outside when its delay exceeds the other weekdays' median by this many robust spreads. */
const SYSTEMATIC_SPREADS = 2;
const MIN_SPREAD_MINUTES = 1;

/**
 * Whether at least 3 of the last 4 `weekday`s of the window had an average delay above the baseline of the other
 * weekdays: their median + 2 × max(1.4826 × MAD, 1 min). Fewer than 4 of them: not systematic.
 */
export function isRepeated(days: readonly WeekdayInputDay[], weekday: number): boolean {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : 1));
  const same = sorted.filter((d) => weekdayOf(d.date) === weekday).slice(-SYSTEMATIC_LAST);
  const others = sorted.filter((d) => weekdayOf(d.date) !== weekday).map((d) => d.avgDelay);
  if (same.length < SYSTEMATIC_LAST || others.length === 0) return false;
  const baseline = median(others);
  const spread = Math.max(1.4826 * median(others.map((v) => Math.abs(v - baseline))), MIN_SPREAD_MINUTES);
  const outside = same.filter((d) => d.avgDelay > baseline + SYSTEMATIC_SPREADS * spread).length;
  return outside >= SYSTEMATIC_MIN;
}

function maxBy<T>(xs: readonly T[], key: (x: T) => number): T | undefined {
  let best: T | undefined;
  for (const x of xs) if (best === undefined || key(x) > key(best)) best = x;
  return best;
}
