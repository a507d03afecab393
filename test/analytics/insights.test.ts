import { describe, expect, it } from 'vitest';
import { generateInsights } from '../../src/main/analytics/insights';
import type { PeriodSummaryJson, TrendPointJson } from '../../src/shared/analytics-types';
import { addDays } from '../../src/shared/time';

const period = { start: '2026-03-01', end: '2026-03-30', days: 30 };
// A neutral summary: fires none of the rules (70 ≤ on time < 90, delay ≤ 15, 60 ≤ quality < 85).
const neutral: PeriodSummaryJson = {
  total_bookings: 300,
  avg_on_time_rate: 80,
  avg_delay_minutes: 5,
  avg_quality_score: 70,
  cancellation_rate: 2,
  trips_per_driver: 8,
};

function days(
  n: number,
  point: Partial<TrendPointJson> | ((i: number) => Partial<TrendPointJson>) = {},
): TrendPointJson[] {
  return Array.from({ length: n }, (_, i) => ({
    date: addDays('2026-03-01', i),
    bookings: 30,
    on_time_rate: 80,
    avg_delay: 5,
    quality_score: 70,
    bookings_trend: 0,
    delay_trend: 0,
    ...(typeof point === 'function' ? point(i) : point),
  }));
}

const rules = (summary: Partial<PeriodSummaryJson>, trends = days(10), lang: 'fr' | 'en' = 'fr') =>
  generateInsights({ period, summary: { ...neutral, ...summary }, trends, lang });
const ruleIds = (...a: Parameters<typeof rules>) => rules(...a).map((i) => i.rule);

describe('insight rules', () => {
  it('a neutral window fires nothing; no data fires nothing', () => {
    expect(ruleIds({})).toEqual([]);
    expect(rules({ avg_on_time_rate: 10, avg_quality_score: 5 }, [])).toEqual([]);
  });

  it('punctuality: warning/high below 70, success/low at or above 90', () => {
    const low = rules({ avg_on_time_rate: 69.9 });
    expect(low).toHaveLength(1);
    expect(low[0]).toMatchObject({
      rule: 'punctuality_low',
      type: 'warning',
      category: 'punctuality',
      priority: 'high',
      title: 'Taux de ponctualité faible',
      trips: { from: '2026-03-01', to: '2026-03-30', outcome: 'delayed' },
    });
    expect(low[0]!.message).toContain('(69,9\u00a0%)');
    expect(low[0]!.action).toBe(low[0]!.recommendation);
    expect(ruleIds({ avg_on_time_rate: 70 })).toEqual([]);
    expect(ruleIds({ avg_on_time_rate: 89.99 })).toEqual([]);
    const high = rules({ avg_on_time_rate: 90 });
    expect(high[0]).toMatchObject({
      rule: 'punctuality_excellent',
      type: 'success',
      priority: 'low',
      trips: { outcome: 'on_time' },
    });
    expect(high[0]!.message).toBe('Votre taux de ponctualité (90,0\u00a0%) est excellent !');
  });

  it('delays: warning/high above 15 min', () => {
    expect(ruleIds({ avg_delay_minutes: 15 })).toEqual([]);
    expect(rules({ avg_delay_minutes: 15.01 })[0]).toMatchObject({
      rule: 'delay_high',
      type: 'warning',
      category: 'delays',
      priority: 'high',
    });
  });

  it('trend: needs 7 days; last 7 vs first 7 mean quality beyond ±10 %', () => {
    const rising = (to: number) => days(14, (i) => ({ quality_score: i < 7 ? 60 : to }));
    expect(ruleIds({}, rising(66))).toEqual([]); // +10 % exactly: not more than 10
    const up = rules({}, rising(66.1));
    expect(up[0]).toMatchObject({
      rule: 'trend_improving',
      type: 'success',
      category: 'trend',
      priority: 'medium',
    });
    expect(up[0]!.trips.dates).toEqual(
      days(14)
        .slice(7)
        .map((d) => d.date),
    );
    expect(up[0]!.trips).toMatchObject({ from: '2026-03-08', to: '2026-03-14' });
    expect(ruleIds({}, rising(54))).toEqual([]); // −10 %
    expect(rules({}, rising(53.9))[0]).toMatchObject({
      rule: 'trend_declining',
      type: 'warning',
      priority: 'high',
    });
    // 6 days of data are not enough, however steep.
    expect(
      ruleIds(
        {},
        days(6, (i) => ({ quality_score: i < 3 ? 20 : 90 })),
      ),
    ).toEqual([]);
    // With 10 days the windows overlap (days 1–7 vs 4–10), as in the design.
    expect(
      ruleIds(
        {},
        days(10, (i) => ({ quality_score: i < 3 ? 30 : 70 })),
      ),
    ).toEqual(['trend_improving']);
  });

  it('pattern: info/medium when more than a third of the days have avg_delay > 20', () => {
    const withDelayDays = (k: number) => days(9, (i) => ({ avg_delay: i < k ? 20.5 : 20 }));
    expect(ruleIds({}, withDelayDays(3))).toEqual([]); // 3 of 9 is not more than a third
    const fired = rules({}, withDelayDays(4));
    expect(fired[0]).toMatchObject({
      rule: 'pattern_frequent_delays',
      type: 'info',
      category: 'pattern',
      priority: 'medium',
    });
    expect(fired[0]!.trips.dates).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04']);
    expect(fired[0]!.message).toBe('4 jours sur 9 ont un retard moyen de plus de 20,0\u00a0min.');
  });

  it('volume follows the office’s own history, never a fixed bookings-per-day threshold', () => {
    // Formerly « Volume élevé … Excellent volume ! » above 50 a day for every office, « Volume faible » below 10.
    expect(ruleIds({ total_bookings: 99 }, days(10))).toEqual([]);
    expect(ruleIds({ total_bookings: 20_000 }, days(10))).toEqual([]);
    const judged = { value: 40, baseline: 100, spread: 10, score: -6, changePercent: -60, windows: 8 };
    const fired = generateInsights({
      period,
      summary: neutral,
      trends: days(10),
      lang: 'fr',
      volume: { direction: 'drop', ...judged },
    });
    expect(fired).toMatchObject([
      {
        rule: 'volume_low',
        type: 'warning',
        priority: 'high',
        severity: 'warning',
        value: 40,
        baseline: 100,
      },
    ]);
    expect(fired[0]!.message).toBe(
      "40 courses/jour, −60,0\u00a0% par rapport à l'habituel (100 courses/jour sur les mêmes périodes précédentes).",
    );
    const rise = generateInsights({
      period,
      summary: neutral,
      trends: days(10),
      lang: 'en',
      volume: { direction: 'rise', ...judged, value: 160, score: 6, changePercent: 60 },
    });
    expect(rise).toMatchObject([
      { rule: 'volume_high', type: 'info', severity: 'info', title: 'Volume far up' },
    ]);
    expect(rise[0]!.message).not.toMatch(/Excellent/);
  });

  it('quality: success/low at or above 85, warning/critical below 60 (with the low days as trips)', () => {
    expect(ruleIds({ avg_quality_score: 84.99 })).toEqual([]);
    expect(rules({ avg_quality_score: 85 })[0]).toMatchObject({
      rule: 'quality_excellent',
      type: 'success',
      priority: 'low',
    });
    expect(ruleIds({ avg_quality_score: 60 })).toEqual([]);
    const low = rules(
      { avg_quality_score: 59.9, total_bookings: 120 },
      days(4, (i) => ({ quality_score: i === 2 ? 40 : 65 })),
    );
    expect(low[0]).toMatchObject({
      rule: 'quality_low',
      type: 'warning',
      category: 'quality',
      priority: 'critical',
    });
    expect(low[0]!.trips.dates).toEqual(['2026-03-03']);
  });

  it('speaks English when asked, and thresholds are parameters', () => {
    expect(rules({ avg_on_time_rate: 95 }, days(10), 'en')[0]!.title).toBe('Excellent punctuality');
    const custom = generateInsights({
      period,
      summary: neutral,
      trends: days(10),
      lang: 'fr',
      thresholds: { lowOnTimeRate: 85 },
    });
    expect(custom.map((i) => i.rule)).toEqual(['punctuality_low']);
  });

  it('several rules fire together, in the order of the table', () => {
    const ids = ruleIds(
      { avg_on_time_rate: 50, avg_delay_minutes: 25, avg_quality_score: 30, total_bookings: 50 },
      days(10, { avg_delay: 25 }),
    );
    // (volume_low now comes from the office's history, not from these 5 bookings a day: see above)
    expect(ids).toEqual(['punctuality_low', 'delay_high', 'pattern_frequent_delays', 'quality_low']);
  });
});
