// A Monday–Sunday week: the period summary plus its best and worst day by quality score.
import type { DayScoreJson, IsoDate, TrendPointJson, WeeklySummaryJson } from '../../shared/analytics-types';
import type { DailyStatsValues } from './daily-stats';
import { summarizePeriod, toTrendPoint, type SummaryDay } from './period-summary';
import { addDays, mondayOf } from '../../shared/time';

export function weekWindow(weekStart: IsoDate): { start: IsoDate; end: IsoDate; days: number } {
  const start = mondayOf(weekStart);
  return { start, end: addDays(start, 6), days: 7 };
}

export function buildWeeklySummary(
  weekStart: IsoDate,
  metrics: readonly SummaryDay[],
  stats: readonly DailyStatsValues[],
): WeeklySummaryJson {
  const period = weekWindow(weekStart);
  const trends = stats.map(toTrendPoint);
  return {
    period,
    summary: summarizePeriod(metrics),
    trends,
    best_day: bestDay(trends),
    worst_day: worstDay(trends),
  };
}

/** The day with the highest quality score (the earliest on a tie), or null without days. */
export const bestDay = (trends: readonly TrendPointJson[]) => pick(trends, (a, b) => a > b);
/** The day with the lowest quality score (the earliest on a tie), or null without days. */
export const worstDay = (trends: readonly TrendPointJson[]) => pick(trends, (a, b) => a < b);

// Strictly better wins, so ties go to the earlier day.
function pick(
  trends: readonly TrendPointJson[],
  better: (a: number, b: number) => boolean,
): DayScoreJson | null {
  let best: TrendPointJson | null = null;
  for (const t of trends) if (best === null || better(t.quality_score, best.quality_score)) best = t;
  return best ? { date: best.date, quality_score: best.quality_score } : null;
}
