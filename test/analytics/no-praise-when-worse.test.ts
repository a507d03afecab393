// Nothing cheers a figure that got worse than the previous window (docs/analytics.md#no-praise-when-worse).
import { describe, expect, it } from 'vitest';
import type { PeriodSummaryJson, TrendPointJson } from '../../src/shared/analytics-types';
import { generateInsights } from '../../src/main/analytics/insights';
import { addDays } from '../../src/shared/time';

const period = { start: '2026-11-30', end: '2026-12-06', days: 7 };
const trends: TrendPointJson[] = Array.from({ length: 7 }, (_, i) => ({
  date: addDays(period.start, i),
  bookings: 100,
  on_time_rate: 93,
  avg_delay: 2,
  quality_score: 90,
  bookings_trend: 0,
  delay_trend: 0,
}));

function summary(onTime: number, quality: number): PeriodSummaryJson {
  return {
    total_bookings: 700,
    avg_on_time_rate: onTime,
    avg_delay_minutes: 2,
    avg_quality_score: quality,
    cancellation_rate: 1,
    trips_per_driver: 8,
  };
}

const rules = (previous?: PeriodSummaryJson) =>
  generateInsights({ period, summary: summary(93, 90), trends, lang: 'fr', previous }).map((i) => i.rule);

describe('praise rules and the previous window', () => {
  it('an excellent on-time rate and quality are praised when they held or improved', () => {
    expect(rules(summary(91, 88))).toEqual(['punctuality_excellent', 'quality_excellent']);
    expect(rules(summary(93, 90))).toEqual(['punctuality_excellent', 'quality_excellent']);
    expect(rules()).toEqual(['punctuality_excellent', 'quality_excellent']);
  });

  it('no praise for a figure that got worse, even above its threshold', () => {
    expect(rules(summary(97, 88))).toEqual(['quality_excellent']);
    expect(rules(summary(91, 95))).toEqual(['punctuality_excellent']);
    expect(rules(summary(97, 95))).toEqual([]);
  });

  it('a previous window without bookings compares with nothing', () => {
    expect(rules({ ...summary(99, 99), total_bookings: 0 })).toEqual([
      'punctuality_excellent',
      'quality_excellent',
    ]);
  });
});
