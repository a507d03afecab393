import { describe, expect, it } from 'vitest';
import { customPeriod, previousPeriod, resolvePeriod } from '../../src/main/analytics/period';
import { periodQualityParts, summarizePeriod } from '../../src/main/analytics/period-summary';
import { daysBetweenInclusive } from '../../src/shared/time';

describe('period windows', () => {
  it.each([
    ['7d', 7, '2026-03-13'],
    ['30d', 30, '2026-02-18'],
    ['90d', 90, '2025-12-20'],
    ['1y', 365, '2025-03-20'],
  ] as const)('%s is the last %i complete local days, ending yesterday', (preset, days, start) => {
    const p = resolvePeriod({ preset }, '2026-03-20');
    expect(p).toEqual({ start, end: '2026-03-19', days });
    expect(daysBetweenInclusive(p.start, p.end)).toBe(days);
  });

  it('a custom window is inclusive; a single day has 1 day', () => {
    expect(resolvePeriod({ from: '2026-03-01', to: '2026-03-31' }, '2026-03-20')).toEqual({
      start: '2026-03-01',
      end: '2026-03-31',
      days: 31,
    });
    expect(customPeriod('2026-03-29', '2026-03-29').days).toBe(1);
  });

  it('rejects a reversed or malformed window and an unknown preset', () => {
    expect(() => customPeriod('2026-03-31', '2026-03-01')).toThrow(/après la date de fin/);
    expect(() => customPeriod('2026-02-30', '2026-03-01')).toThrow(/AAAA-MM-JJ/);
    expect(() => resolvePeriod({ preset: '2w' as never }, '2026-03-20')).toThrow(/7d, 30d, 90d ou 1y/);
  });

  it('the previous window has the same length and ends the day before', () => {
    expect(previousPeriod({ start: '2026-03-14', end: '2026-03-20', days: 7 })).toEqual({
      start: '2026-03-07',
      end: '2026-03-13',
      days: 7,
    });
  });
});

describe('period summary', () => {
  const day = (
    date: string,
    total: number,
    onTime: number,
    delayed: number,
    cancelled: number,
    delay: number,
    q: number,
  ) => ({
    date,
    totalBookings: total,
    onTimeBookings: onTime,
    delayedBookings: delayed,
    cancelledBookings: cancelled,
    totalDelayMinutes: delay,
    qualityScore: q,
    activeDrivers: 1,
  });

  it('uses ratios of sums, and weights the daily scores by bookings', () => {
    const s = summarizePeriod([
      day('2026-03-01', 10, 9, 1, 0, 20, 90),
      day('2026-03-02', 30, 15, 10, 5, 230, 50),
    ]);
    expect(s.total_bookings).toBe(40);
    expect(s.avg_on_time_rate).toBe((24 / 40) * 100); // not the mean of 90% and 50%
    expect(s.avg_delay_minutes).toBe(250 / 35);
    expect(s.avg_quality_score).toBe((90 * 10 + 50 * 30) / 40);
  });

  it('is all zeros without data', () => {
    expect(summarizePeriod([])).toEqual({
      total_bookings: 0,
      avg_on_time_rate: 0,
      avg_delay_minutes: 0,
      avg_quality_score: 0,
      cancellation_rate: 0,
      trips_per_driver: 0,
    });
    expect(periodQualityParts([]).total).toBe(0);
  });

  it('splits the score of the window totals into its three parts', () => {
    const p = periodQualityParts([day('2026-03-01', 25, 22, 2, 1, 144, 78)]);
    expect(p.total).toBeCloseTo(78, 10);
  });
});
