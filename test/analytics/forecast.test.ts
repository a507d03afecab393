import { describe, expect, it } from 'vitest';
import { backtest } from '../../src/main/analytics/forecast-backtest';
import { forecastDays, pointForecast } from '../../src/main/analytics/forecast';
import { median, quantile } from '../../src/main/analytics/robust-stats';
import { forecastHours } from '../../src/main/analytics/forecast-hours';
import { mulberry32 } from '../../src/main/demo/prng';
import { addDays, listDays, weekdayOf } from '../../src/shared/time';

const TODAY = '2026-12-07'; // a Monday
/** An office's usual week, Monday first: busy weekdays, quiet weekend. */
const WEEK = [300, 280, 270, 290, 310, 150, 60];

/** `days` complete days before TODAY: the usual week with ±`noise` relative noise, then `edit` per day. */
function series(days: number, noise: number, edit: (d: string, v: number) => number = (_d, v) => v) {
  const rnd = mulberry32(42);
  const counts = new Map<string, number>();
  for (const d of listDays(addDays(TODAY, -days), addDays(TODAY, -1))) {
    const v = Math.round(WEEK[weekdayOf(d)]! * (1 + noise * (2 * rnd() - 1)));
    counts.set(d, edit(d, v));
  }
  return counts;
}

describe('median and quantile', () => {
  it('are the middle value and the interpolated quantile', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([0, 10], 0.1)).toBeCloseTo(1);
    expect(quantile([1, 2, 3, 4, 5], 0.9)).toBeCloseTo(4.6);
  });
});

describe('forecastDays', () => {
  it('follows the weekly pattern, with an 80 % interval around each day', () => {
    const f = forecastDays(series(200, 0.15), TODAY, 7);
    expect(f.map((d) => d.date)).toEqual(listDays(TODAY, addDays(TODAY, 6)));
    f.forEach((d, i) => {
      expect(d.bookings).toBeGreaterThan(WEEK[i]! * 0.85);
      expect(d.bookings).toBeLessThan(WEEK[i]! * 1.15);
      expect(d.low).toBeLessThan(d.bookings);
      expect(d.high).toBeGreaterThan(d.bookings);
    });
    expect(f[6]!.bookings).toBeLessThan(f[0]!.bookings / 3);
  });

  it('a one-off day of 500 bookings does not make the next same weekday predict 500', () => {
    const spikeDay = addDays(TODAY, -6); // last Tuesday
    const f = forecastDays(
      series(200, 0.1, (d, v) => (d === spikeDay ? 1500 : v)),
      TODAY,
      7,
    );
    const tuesday = f.find((d) => d.date === addDays(TODAY, 1))!;
    expect(tuesday.bookings).toBeGreaterThan(250);
    expect(tuesday.bookings).toBeLessThan(310);
  });

  it('learns only from days before today: a partial today changes nothing', () => {
    const counts = series(120, 0.1);
    const before = forecastDays(counts, TODAY, 3);
    counts.set(TODAY, 12); // the day in progress
    expect(forecastDays(counts, TODAY, 3)).toEqual(before);
  });

  it('follows a level change the same weekdays of two months ago would miss', () => {
    // The last three weeks run at 130 % of the usual week.
    const grown = series(200, 0.05, (d, v) => (d >= addDays(TODAY, -21) ? Math.round(v * 1.3) : v));
    const monday = pointForecast(grown, TODAY, TODAY)!;
    expect(monday).toBeGreaterThan(WEEK[0]! * 1.2);
  });

  it('forecasts nothing from less than two same weekdays', () => {
    expect(forecastDays(series(7, 0.1), TODAY, 7)).toEqual([]);
    expect(forecastDays(new Map(), TODAY, 7)).toEqual([]);
  });
});

describe('backtest', () => {
  it('beats the same-weekday-last-week forecast on a noisy office', () => {
    const r = backtest(series(250, 0.2), TODAY, 8);
    expect(r.days).toBe(56);
    expect(r.mape).toBeLessThan(r.naive_mape);
  });

  it('beats it on a series with one-off spikes (the naive forecast repeats each spike a week later)', () => {
    const spikes = new Set([addDays(TODAY, -10), addDays(TODAY, -30), addDays(TODAY, -45)]);
    const r = backtest(
      series(250, 0.1, (d, v) => (spikes.has(d) ? v * 4 : v)),
      TODAY,
      8,
    );
    expect(r.mape).toBeLessThan(r.naive_mape * 0.8);
  });

  it('uses only the days before each origin (a future-seeing forecast would be near perfect)', () => {
    const r = backtest(series(250, 0.2), TODAY, 8);
    expect(r.mape).toBeGreaterThan(3);
  });
});

describe('forecastHours', () => {
  it('spreads the day over the same weekdays’ hours and sums to the day', () => {
    const tuesday = addDays(TODAY, 1);
    const sums = [
      { day: addDays(tuesday, -7), hour: 8, bookings: 30 },
      { day: addDays(tuesday, -7), hour: 14, bookings: 10 },
      { day: addDays(tuesday, -14), hour: 8, bookings: 30 },
      { day: addDays(tuesday, -14), hour: 14, bookings: 10 },
      { day: addDays(tuesday, -1), hour: 3, bookings: 500 }, // a Monday: another weekday
    ];
    const hours = forecastHours(sums, tuesday, 200);
    expect(hours).toEqual([
      { hour: 8, bookings: 150 },
      { hour: 14, bookings: 50 },
    ]);
  });
});
