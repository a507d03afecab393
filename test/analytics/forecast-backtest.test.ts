// The backtest the README and `forecast --backtest` quote (docs/analytics.md#forecast): the naive forecast's error
// must be computed as documented, on exactly the days both forecasts could score, or the claim "ours beats the
// naive forecast" means nothing.
import { describe, expect, it } from 'vitest';
import { backtest } from '../../src/main/analytics/forecast-backtest';
import type { IsoDate } from '../../src/shared/analytics-types';
import { addDays } from '../../src/shared/time';

const TODAY = '2026-06-15' as IsoDate;

/** 20 weeks at 100 a day, the last week before today at 150. */
function history(): Map<IsoDate, number> {
  const counts = new Map<IsoDate, number>();
  for (let i = 140; i >= 1; i--) counts.set(addDays(TODAY, -i), i <= 7 ? 150 : 100);
  return counts;
}

describe('backtest', () => {
  it('scores the naive forecast as the mean of |actual − same day last week| / actual, in percent', () => {
    const r = backtest(history(), TODAY, 2);
    expect(r.weeks).toBe(2);
    expect(r.days).toBe(14);
    // first week: 100 vs 100, no error; last week: 150 vs 100, a third
    expect(r.naive_mape).toBeCloseTo((7 * 0 + 7 * (50 / 150)) * (100 / 14), 10);
    expect(r.mape).toBeGreaterThan(0);
    expect(r.mape).toBeLessThan(100);
  });

  it('leaves out a day without bookings and a day whose last week is unknown, for both forecasts', () => {
    const counts = history();
    counts.set(addDays(TODAY, -3), 0);
    counts.delete(addDays(TODAY, -12)); // the week before TODAY − 5
    const r = backtest(counts, TODAY, 2);
    expect(r.days).toBe(11);
    // first week: TODAY − 12 has no actual, 6 days without error; last week: TODAY − 3 (no bookings) and
    // TODAY − 5 (its last week is TODAY − 12) are left out, 5 days at a third
    expect(r.naive_mape).toBeCloseTo((5 * (50 / 150) * 100) / 11, 10);
  });

  it('gives zeros, not NaN, when no day can be scored', () => {
    expect(backtest(new Map(), TODAY, 4)).toEqual({ weeks: 4, days: 0, mape: 0, naive_mape: 0 });
  });
});
