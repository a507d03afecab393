// A quiet day's collapse is a warning, not critical: with under 20 bookings a few late trips swing the rate
// (docs/analytics.md#day-outliers).
import { describe, expect, it } from 'vitest';
import type { DailyStatsValues } from '../../src/main/analytics/daily-stats';
import { dayOutliers, MIN_CRITICAL_BOOKINGS } from '../../src/main/analytics/day-outliers';
import { addDays, listDays } from '../../src/shared/time';

const LAST = '2026-12-06';
function weeks(bookings: number, collapsed: string): DailyStatsValues[] {
  return listDays(addDays(LAST, -62), LAST).map((date, i) => ({
    date,
    totalBookings: bookings,
    onTimeRate: date === collapsed ? 20 : 80 + (i % 3),
    avgDelay: 3,
    qualityScore: 75,
    bookingsTrend: 0,
    delayTrend: 0,
  }));
}

describe('a collapse on a small day', () => {
  it('is critical from 20 bookings, a warning below', () => {
    const day = addDays(LAST, -1);
    const severity = (n: number) =>
      dayOutliers(weeks(n, day), day, day).find((o) => o.metric === 'on_time_rate')?.severity;
    expect(severity(MIN_CRITICAL_BOOKINGS)).toBe('critical');
    expect(severity(MIN_CRITICAL_BOOKINGS - 1)).toBe('warning');
  });
});
