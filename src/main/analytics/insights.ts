// The insight rules (docs/analytics.md#insights) on a window's summary and its days with data. Each insight
// names the trips it is about (a TripFilter) so the UI can drill down from it, and carries its severity; the
// unusual days (against the office's own history) are added by the service, and orderInsights sorts them all.
import type {
  InsightCategory,
  InsightJson,
  InsightPriority,
  InsightType,
  Lang,
  PeriodJson,
  PeriodSummaryJson,
  TripFilter,
  TrendPointJson,
} from '../../shared/analytics-types';
import { DEFAULT_INSIGHT_THRESHOLDS, type InsightThresholds } from './insight-thresholds';
import { type InsightRule, type InsightValues, insightText } from './insight-texts';
import { ruleSeverity } from './insight-order';
import type { VolumeJudgement } from './volume-baseline';

export interface InsightInput {
  period: PeriodJson;
  summary: PeriodSummaryJson;
  /** the window's days with data, oldest first */
  trends: readonly TrendPointJson[];
  lang: Lang;
  thresholds?: Partial<InsightThresholds>;
  /** the previous window of the same length: no praise for a figure that got worse than there */
  previous?: PeriodSummaryJson;
  /** the window's volume against its own history (volume-baseline.ts); null or absent: ordinary or not judged */
  volume?: VolumeJudgement | null;
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function generateInsights(input: InsightInput): InsightJson[] {
  const th: InsightThresholds = { ...DEFAULT_INSIGHT_THRESHOLDS, ...input.thresholds };
  const { summary, trends, lang } = input;
  const out: InsightJson[] = [];
  if (trends.length === 0) return out;

  const whole: TripFilter = { from: input.period.start, to: input.period.end };
  // A one-day window's insights are all about that day (the daily report's).
  const oneDay = input.period.start === input.period.end ? { day: input.period.start } : {};
  const add = (
    rule: InsightRule,
    kind: [InsightType, InsightCategory, InsightPriority],
    values: InsightValues,
    trips: TripFilter,
    extra: Partial<InsightJson> = {},
  ): void => {
    const text = insightText(rule, lang, values);
    const [type, category, priority] = kind;
    out.push({
      rule,
      type,
      category,
      priority,
      ...text,
      action: text.recommendation,
      trips,
      ...oneDay,
      severity: ruleSeverity(type),
      ...extra,
    });
  };
  // Nothing cheers a figure that got worse than the previous window (docs/analytics.md#no-praise-when-worse).
  const prev = input.previous && input.previous.total_bookings > 0 ? input.previous : null;

  const onTime = summary.avg_on_time_rate;
  if (onTime < th.lowOnTimeRate) {
    add(
      'punctuality_low',
      ['warning', 'punctuality', 'high'],
      { value: onTime, threshold: th.lowOnTimeRate },
      {
        ...whole,
        outcome: 'delayed',
      },
    );
  } else if (onTime >= th.excellentOnTimeRate && !(prev && onTime < prev.avg_on_time_rate)) {
    add(
      'punctuality_excellent',
      ['success', 'punctuality', 'low'],
      { value: onTime, threshold: th.excellentOnTimeRate },
      { ...whole, outcome: 'on_time' },
    );
  }

  if (summary.avg_delay_minutes > th.highAvgDelayMinutes) {
    add(
      'delay_high',
      ['warning', 'delays', 'high'],
      { value: summary.avg_delay_minutes, threshold: th.highAvgDelayMinutes },
      { ...whole, outcome: 'delayed' },
    );
  }

  const n = th.trendWindowDays;
  if (trends.length >= th.trendMinDays) {
    const first = mean(trends.slice(0, n).map((t) => t.quality_score));
    const lastDays = trends.slice(-n);
    const last = mean(lastDays.map((t) => t.quality_score));
    const change = first > 0 ? ((last - first) * 100) / first : 0;
    const dates = lastDays.map((t) => t.date);
    const trips: TripFilter = { from: dates[0]!, to: dates[dates.length - 1]!, dates };
    const values = { value: change, threshold: th.trendChangePercent, days: lastDays.length };
    if (change > th.trendChangePercent) add('trend_improving', ['success', 'trend', 'medium'], values, trips);
    else if (change < -th.trendChangePercent)
      add('trend_declining', ['warning', 'trend', 'high'], values, trips);
  }

  const delayDays = trends.filter((t) => t.avg_delay > th.patternDayDelayMinutes).map((t) => t.date);
  if (delayDays.length > trends.length * th.patternDayShare) {
    add(
      'pattern_frequent_delays',
      ['info', 'pattern', 'medium'],
      {
        value: delayDays.length,
        threshold: th.patternDayDelayMinutes,
        count: delayDays.length,
        days: trends.length,
      },
      { ...whole, dates: delayDays },
    );
  }

  const volume = input.volume;
  if (volume) {
    const drop = volume.direction === 'drop';
    add(
      drop ? 'volume_low' : 'volume_high',
      drop ? ['warning', 'volume', 'high'] : ['info', 'volume', 'low'],
      { value: volume.value, threshold: volume.baseline, change: volume.changePercent },
      whole,
      // No `size`: among the rules it keeps its place in the table (docs/analytics.md#insight-order).
      { metric: 'bookings', value: volume.value, baseline: volume.baseline },
    );
  }

  const quality = summary.avg_quality_score;
  if (quality >= th.excellentQuality) {
    if (!(prev && quality < prev.avg_quality_score)) {
      add(
        'quality_excellent',
        ['success', 'quality', 'low'],
        { value: quality, threshold: th.excellentQuality },
        whole,
      );
    }
  } else if (quality < th.lowQuality) {
    const lowDays = trends.filter((t) => t.quality_score < th.lowQuality).map((t) => t.date);
    add(
      'quality_low',
      ['warning', 'quality', 'critical'],
      { value: quality, threshold: th.lowQuality },
      lowDays.length ? { ...whole, dates: lowDays } : whole,
    );
  }
  return out;
}
