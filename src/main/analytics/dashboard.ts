// The dashboard of a window: summary, score parts, daily trends, insights and the previous window's summary.
import type { DashboardJson, Lang, PeriodJson } from '../../shared/analytics-types';
import type { DailyStatsValues } from './daily-stats';
import type { InsightThresholds } from './insight-thresholds';
import { generateInsights } from './insights';
import { periodQualityParts, summarizePeriod, toTrendPoint, type SummaryDay } from './period-summary';
import { judgeVolume } from './volume-baseline';

export interface DashboardInput {
  period: PeriodJson;
  /** metrics rows of the window */
  metrics: readonly SummaryDay[];
  /** daily_stats rows of the window, oldest first */
  stats: readonly DailyStatsValues[];
  /** metrics rows of the previous window of the same length */
  previousMetrics: readonly SummaryDay[];
  /**
   * daily_stats rows from volumeHistoryStart(period) to the window's end: its volume is judged against the
   * office's own history (docs/analytics.md#volume-baseline); absent, no volume insight
   */
  volumeStats?: readonly DailyStatsValues[];
  lang: Lang;
  thresholds?: Partial<InsightThresholds>;
}

export function buildDashboard(input: DashboardInput): DashboardJson {
  const summary = summarizePeriod(input.metrics);
  const trends = input.stats.map(toTrendPoint);
  const previous = summarizePeriod(input.previousMetrics);
  return {
    period: input.period,
    summary,
    quality_parts: periodQualityParts(input.metrics),
    trends,
    insights: generateInsights({
      period: input.period,
      summary,
      trends,
      lang: input.lang,
      thresholds: input.thresholds,
      previous,
      volume: input.volumeStats ? judgeVolume(input.volumeStats, input.period) : null,
    }),
    previous_summary: previous,
  };
}
