import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../src/main/analytics/period';
import { SUMMARY_FIELDS } from '../../src/shared/figures';
import { aggregateAll } from '../../src/main/aggregation/aggregate-service';
import { generateInsights } from '../../src/main/analytics/insights';
import {
  getDashboard,
  getDelayHeatmap,
  getDriverStats,
  getInsights,
  getMetrics,
  getTrips,
  getWeeklySummary,
} from '../../src/main/services/analytics-service';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { COMPANY_ID, insertCompanyWithDrivers, insertMany } from '../aggregation/store-fixtures';

const settings = DEFAULT_ANALYTICS_SETTINGS;
const today = '2026-03-22'; // a Sunday

describe('analytics service on an empty store', () => {
  let t: TestDb;
  beforeEach(() => (t = createTestDb()));
  afterEach(() => t.dispose());

  it('answers zeros and empty lists, never throws', () => {
    const d = getDashboard(t.db, {
      period: resolvePeriod({ preset: '30d' }, today),
      today,
      lang: 'fr',
      settings,
    });
    expect(d.period).toEqual({ start: '2026-02-20', end: '2026-03-21', days: 30 });
    // every KPI of the catalogue at 0
    expect(d.summary).toEqual(Object.fromEntries(SUMMARY_FIELDS.map((f) => [f, 0])));
    expect(d.trends).toEqual([]);
    expect(d.insights).toEqual([]);
    const i = getInsights(t.db, { lookbackDays: 30, today, lang: 'fr' });
    expect(i).toMatchObject({
      patterns: [],
      weekday_analysis: [],
      message: 'Pas assez de données pour détecter des patterns',
    });
    expect(getWeeklySummary(t.db, { today, lang: 'fr' })).toMatchObject({
      best_day: null,
      worst_day: null,
      trends: [],
    });
    expect(getMetrics(t.db, { from: '2026-03-01', to: today })).toEqual([]);
    expect(getDriverStats(t.db, { from: '2026-03-01', to: today, settings })).toEqual([]);
    expect(getDelayHeatmap(t.db, { from: '2026-03-01', to: today, settings })).toEqual([]);
    expect(getTrips(t.db, { filter: { from: '2026-03-01', to: today }, settings })).toEqual({
      total: 0,
      rows: [],
    });
  });

  it('still rejects malformed input with a validation error', () => {
    expect(() => getInsights(t.db, { lookbackDays: 0, today, lang: 'fr' })).toThrow(/entre 1 et 365/);
    expect(() => getInsights(t.db, { lookbackDays: 366, today, lang: 'fr' })).toThrow(
      expect.objectContaining({ kind: 'validation' }),
    );
    expect(() => getMetrics(t.db, { from: '2026-03-22', to: '2026-03-01' })).toThrow(/après la date de fin/);
    expect(() =>
      getTrips(t.db, { filter: { from: '2026-03-01', to: today }, limit: 5000, settings }),
    ).toThrow(/Pagination/);
  });
});

describe('analytics service with data', () => {
  let t: TestDb;
  beforeEach(() => {
    t = createTestDb();
    insertCompanyWithDrivers(t.db, ['Anna Keller', 'Marc Rossi']);
    // Previous week (03-09 … 03-15): 10 bookings a day, all on time.
    for (let d = 9; d <= 15; d++)
      insertMany(t.db, 10, `2026-03-${String(d).padStart(2, '0')}`, { lateBy: 60, driverId: 1 });
    // This week (03-16 … 03-22): Tuesday 03-17 is bad, the rest good; no data on Sunday.
    for (const d of ['16', '18', '19', '20', '21'])
      insertMany(t.db, 20, `2026-03-${d}`, { lateBy: 2 * 60, driverId: 1 });
    insertMany(t.db, 10, '2026-03-17', { lateBy: 25 * 60, driverId: 2, time: '07:15:00' });
    insertMany(t.db, 8, '2026-03-17', { lateBy: 0, driverId: 1, time: '07:45:00' });
    insertMany(t.db, 2, '2026-03-17', { status: 'canceled', driverId: 2 });
    aggregateAll(t.db, { companyId: COMPANY_ID, now: 1, settings });
  });
  afterEach(() => t.dispose());

  it('dashboard 7d: the last 7 complete days, sums over the window, the previous week for comparison', () => {
    // Seen on Monday the 23rd: the week ends on Sunday the 22nd, the last complete day.
    const d = getDashboard(t.db, {
      period: resolvePeriod({ preset: '7d' }, '2026-03-23'),
      today: '2026-03-23',
      lang: 'fr',
      settings,
    });
    expect(d.period).toEqual({ start: '2026-03-16', end: '2026-03-22', days: 7 });
    expect(d.trends.map((p) => p.date)).toEqual([
      '2026-03-16',
      '2026-03-17',
      '2026-03-18',
      '2026-03-19',
      '2026-03-20',
      '2026-03-21',
    ]);
    expect(d.summary.total_bookings).toBe(120);
    expect(d.summary.avg_on_time_rate).toBeCloseTo((108 / 120) * 100, 10);
    expect(d.summary.avg_delay_minutes).toBeCloseTo((100 * 2 + 10 * 25) / 118, 10);
    // Tuesday: 8 on time of 20, delay 250/18, 2 cancelled.
    const tue = d.trends[1]!;
    expect(tue.on_time_rate).toBe(40);
    expect(tue.avg_delay).toBeCloseTo(250 / 18, 10);
    expect(tue.quality_score).toBeCloseTo(20 + Math.max(0, 30 - (250 / 18 / 15) * 30) + 10, 10);
    expect(tue.bookings_trend).toBe(0); // 20 vs 20 on Monday
    // Good days score 50 + (30 − 2/15 × 30) + 20 = 96; weighted by bookings with Tuesday.
    expect(d.summary.avg_quality_score).toBeCloseTo((100 * 96 + 20 * tue.quality_score) / 120, 10);
    expect(d.previous_summary).toMatchObject({
      total_bookings: 70,
      avg_on_time_rate: 100,
      avg_delay_minutes: 1,
    });
    expect(d.quality_parts.punctuality).toBe(45);
    // 108 of 120 on time is exactly 90 %: the "≥ 90" rule fires (no 89.999… from dividing first)...
    expect(d.summary.avg_on_time_rate).toBe(90);
    const alone = generateInsights({ period: d.period, summary: d.summary, trends: d.trends, lang: 'fr' });
    expect(alone.map((i) => i.rule)).toEqual(['punctuality_excellent', 'quality_excellent']);
    // ...but not on the dashboard: both figures fell from the previous week (100 % on time), and nothing cheers
    // a figure that got worse (docs/analytics.md#no-praise-when-worse).
    expect(d.previous_summary.avg_quality_score).toBeGreaterThan(d.summary.avg_quality_score);
    expect(d.insights.map((i) => i.rule)).toEqual([]);
  });

  it('dashboard insights name the trips they are about', () => {
    const d = getDashboard(t.db, {
      period: resolvePeriod({ from: '2026-03-17', to: '2026-03-17' }, today),
      today,
      lang: 'en',
      settings,
    });
    const low = d.insights.find((i) => i.rule === 'punctuality_low')!;
    expect(low.title).toBe('Low punctuality');
    const trips = getTrips(t.db, { filter: low.trips, settings });
    expect(trips.total).toBe(10);
    expect(trips.rows.every((r) => r.outcome === 'delayed' && r.date === '2026-03-17')).toBe(true);
  });

  it('1y dashboard covers 365 days; a custom window is inclusive', () => {
    expect(
      getDashboard(t.db, { period: resolvePeriod({ preset: '1y' }, today), today, lang: 'fr', settings })
        .period,
    ).toEqual({
      start: '2025-03-22',
      end: '2026-03-21',
      days: 365,
    });
    const c = getDashboard(t.db, {
      period: resolvePeriod({ from: '2026-03-15', to: '2026-03-16' }, today),
      today,
      lang: 'fr',
      settings,
    });
    expect(c.summary.total_bookings).toBe(30);
    expect(c.period.days).toBe(2);
    expect(c.previous_summary.total_bookings).toBe(20);
  });

  it('insights: weekday analysis over the lookback with the Tuesday pattern', () => {
    // Over 14 days Tuesday's mean delay is (1 + 13.9) / 2 = 7.4: under 10, no pattern; Monday is busiest.
    const two = getInsights(t.db, { lookbackDays: 14, today, lang: 'fr' });
    expect(two.period).toEqual({ start: '2026-03-09', end: today, days: 14 });
    expect(two.message).toBeUndefined();
    const tue = two.weekday_analysis.find((w) => w.weekday === 1)!;
    expect(tue).toMatchObject({ weekday_name: 'Mardi', sample_size: 2, avg_bookings: 15 });
    expect(tue.avg_delay).toBeCloseTo((1 + 250 / 18) / 2, 10);
    expect(two.patterns.map((p) => p.type)).toEqual(['busy_day']);
    // Over the last 7 days Tuesday alone averages 13.9 min: one Tuesday is not "systematic" (docs/analytics.md#systematic).
    const one = getInsights(t.db, { lookbackDays: 7, today, lang: 'fr' });
    expect(one.weekday_analysis.find((w) => w.weekday === 1)!.avg_delay).toBeCloseTo(250 / 18, 10);
    expect(one.patterns.map((p) => p.type)).not.toContain('high_delay_day');
  });

  it('insights over a given period (the dashboard’s): only those days, wherever today is', () => {
    // Tuesday 03-17 alone is slow (13.9 min), no pattern; the same week seen from a later "today" must not change.
    for (const day of [today, '2026-06-30']) {
      const week = getInsights(t.db, { from: '2026-03-16', to: '2026-03-18', today: day, lang: 'en' });
      expect(week.period).toEqual({ start: '2026-03-16', end: '2026-03-18', days: 3 });
      expect(week.lookback_days).toBe(3);
      expect(week.weekday_analysis.map((w) => [w.weekday, w.sample_size, w.avg_bookings])).toEqual([
        [0, 1, 20],
        [1, 1, 20],
        [2, 1, 20],
      ]);
      expect(week.patterns.map((p) => [p.type, p.weekday])).toEqual([['busy_day', 0]]);
    }
    // The previous week only: Tuesday 03-10 was on time, no delay pattern.
    const before = getInsights(t.db, { from: '2026-03-09', to: '2026-03-15', today, lang: 'fr' });
    expect(before.weekday_analysis).toHaveLength(7);
    expect(before.weekday_analysis.every((w) => w.sample_size === 1 && w.avg_bookings === 10)).toBe(true);
    expect(before.patterns.map((p) => p.type)).toEqual(['busy_day']);
    // A period longer than the lookback's year is analysed whole; a period with no data says so.
    const long = getInsights(t.db, { from: '2024-01-01', to: today, today, lang: 'fr' });
    expect(long.lookback_days).toBe(812);
    expect(long.weekday_analysis.reduce((n, w) => n + w.sample_size, 0)).toBe(13);
    expect(getInsights(t.db, { from: '2025-01-01', to: '2025-01-31', today, lang: 'fr' })).toMatchObject({
      weekday_analysis: [],
      message: 'Pas assez de données pour détecter des patterns',
    });
    expect(() => getInsights(t.db, { from: '2026-03-18', to: '2026-03-16', today, lang: 'fr' })).toThrow(
      expect.objectContaining({ kind: 'validation' }),
    );
  });

  it('weekly summary: Monday–Sunday of the given day, best and worst day', () => {
    const w = getWeeklySummary(t.db, { weekStart: '2026-03-19', today, lang: 'fr' });
    expect(w.period).toEqual({ start: '2026-03-16', end: '2026-03-22', days: 7 });
    expect(w.worst_day!.date).toBe('2026-03-17');
    expect(w.best_day).toEqual({ date: '2026-03-16', quality_score: 96 });
    expect(getWeeklySummary(t.db, { today: '2026-03-12', lang: 'fr' }).summary.total_bookings).toBe(70);
  });

  it('metrics as JSON, with extra_data parsed', () => {
    const m = getMetrics(t.db, { from: '2026-03-17', to: '2026-03-17' });
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({
      date: '2026-03-17',
      dispatch_run_id: null,
      total_bookings: 20,
      on_time_bookings: 8,
      delayed_bookings: 10,
      cancelled_bookings: 2,
      total_drivers: 2,
      active_drivers: 2,
      max_delay_minutes: 25,
      extra_data: { served_bookings: 18, unserved_bookings: 0, run_status: null },
    });
  });

  it('driver stats and heat map over a window', () => {
    const drivers = getDriverStats(t.db, { from: '2026-03-17', to: '2026-03-17', settings });
    expect(drivers.map((d) => [d.driver_name, d.bookings, d.on_time, d.delayed, d.cancelled])).toEqual([
      ['Marc Rossi', 12, 0, 10, 2],
      ['Anna Keller', 8, 8, 0, 0],
    ]);
    const cells = getDelayHeatmap(t.db, { from: '2026-03-16', to: '2026-03-17', settings });
    expect(cells).toEqual([
      { weekday: 0, hour: 9, bookings: 20, served: 20, avg_delay: 2 },
      { weekday: 1, hour: 7, bookings: 18, served: 18, avg_delay: 250 / 18 },
      { weekday: 1, hour: 9, bookings: 2, served: 0, avg_delay: 0 },
    ]);
  });
});
