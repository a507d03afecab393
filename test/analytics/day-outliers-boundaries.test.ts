// The exact edges of the unusual-day rule (docs/analytics.md#day-outliers), on steady histories where the spread is
// the rule's floor (on time 3 pts, delay 1 min, volume 10 %): a warning from 3 spreads, critical from 5 with at
// least 20 bookings, a drop in volume a warning and a rise only info, a baseline of the last 8 same weekdays and at
// least 4 of them, only the asked days judged. Each edge moved by one step is a day wrongly shouted or missed.
import { describe, expect, it } from 'vitest';
import type { DailyStatsValues } from '../../src/main/analytics/daily-stats';
import { dayOutliers } from '../../src/main/analytics/day-outliers';
import type { IsoDate } from '../../src/shared/analytics-types';
import { addDays } from '../../src/shared/time';

const DAY = '2026-11-03' as IsoDate; // a Tuesday

const ordinary = (date: IsoDate, over: Partial<DailyStatsValues> = {}): DailyStatsValues => ({
  date,
  totalBookings: 100,
  onTimeRate: 90,
  avgDelay: 2,
  qualityScore: 80,
  bookingsTrend: 0,
  delayTrend: 0,
  ...over,
});

/** `weeks` same weekdays before DAY (oldest first, `history(i)` overrides week i), then DAY itself. */
function tuesdays(
  day: Partial<DailyStatsValues>,
  weeks = 8,
  history = (_i: number) => ({}),
): DailyStatsValues[] {
  const rows: DailyStatsValues[] = [];
  for (let i = weeks; i >= 1; i--) rows.push(ordinary(addDays(DAY, -7 * i), history(i)));
  rows.push(ordinary(DAY, day));
  return rows;
}

const judged = (rows: DailyStatsValues[], from: IsoDate = DAY, to: IsoDate = DAY) =>
  dayOutliers(rows, from, to).map((o) => [o.day, o.metric, o.severity, Number(o.score.toFixed(3))]);

describe('dayOutliers: where a warning and a critical day start', () => {
  it('on time: 3 spreads below is a warning, a hair less is nothing', () => {
    expect(judged(tuesdays({ onTimeRate: 81 }))).toEqual([[DAY, 'on_time_rate', 'warning', -3]]);
    expect(judged(tuesdays({ onTimeRate: 81.3 }))).toEqual([]);
  });

  it('on time: 5 spreads below with 20 bookings is critical; 4.9, or 19 bookings, only a warning', () => {
    expect(judged(tuesdays({ onTimeRate: 75, totalBookings: 100 }))).toEqual([
      [DAY, 'on_time_rate', 'critical', -5],
    ]);
    expect(judged(tuesdays({ onTimeRate: 75.3 }))).toEqual([[DAY, 'on_time_rate', 'warning', -4.9]]);
    const small = tuesdays({ onTimeRate: 75, totalBookings: 20 }, 8, () => ({ totalBookings: 20 }));
    expect(judged(small)).toEqual([[DAY, 'on_time_rate', 'critical', -5]]);
    const smaller = tuesdays({ onTimeRate: 75, totalBookings: 19 }, 8, () => ({ totalBookings: 19 }));
    expect(judged(smaller)).toEqual([[DAY, 'on_time_rate', 'warning', -5]]);
  });

  it('a better day is not news: on time far above, delay far below', () => {
    expect(
      judged(tuesdays({ onTimeRate: 100, avgDelay: 0 }, 8, () => ({ onTimeRate: 60, avgDelay: 9 }))),
    ).toEqual([]);
  });

  it('delay: 5 minutes above a steady 2 is critical, 4.9 a warning', () => {
    expect(judged(tuesdays({ avgDelay: 7 }))).toEqual([[DAY, 'avg_delay', 'critical', 5]]);
    expect(judged(tuesdays({ avgDelay: 6.9 }))).toEqual([[DAY, 'avg_delay', 'warning', 4.9]]);
  });

  it('volume: a drop of 5 spreads is a warning, less or a rise only info', () => {
    expect(judged(tuesdays({ totalBookings: 50 }))).toEqual([[DAY, 'bookings', 'warning', -5]]);
    expect(judged(tuesdays({ totalBookings: 51 }))).toEqual([[DAY, 'bookings', 'info', -4.9]]);
    expect(judged(tuesdays({ totalBookings: 150 }))).toEqual([[DAY, 'bookings', 'info', 5]]);
    expect(judged(tuesdays({ totalBookings: 129 }))).toEqual([]);
  });
});

describe('dayOutliers: the baseline and the days judged', () => {
  it('needs 4 same weekdays of history: 3 judge nothing', () => {
    expect(judged(tuesdays({ onTimeRate: 50 }, 4))).toEqual([[DAY, 'on_time_rate', 'critical', -13.333]]);
    expect(judged(tuesdays({ onTimeRate: 50 }, 3))).toEqual([]);
  });

  it('takes only the last 8 same weekdays: older weeks do not move the baseline', () => {
    // 8 old weeks at 50 %, the 8 recent ones at 90 %: against 90 %, 80 % is a warning; against all 16 (70 %) it
    // would be better than usual.
    const rows = tuesdays({ onTimeRate: 80 }, 16, (i) => (i > 8 ? { onTimeRate: 50 } : {}));
    expect(judged(rows)).toEqual([[DAY, 'on_time_rate', 'warning', -3.333]]);
    expect(dayOutliers(rows, DAY, DAY)[0]!.baseline).toBe(90);
  });

  it('judges only the asked days, though earlier ones in the history were as bad', () => {
    const rows = tuesdays({ onTimeRate: 50 }, 12, (i) => (i === 1 ? { onTimeRate: 50 } : {}));
    expect(judged(rows).map((r) => r[0])).toEqual([DAY]);
    expect(judged(rows, addDays(DAY, -7), DAY).map((r) => r[0])).toEqual([addDays(DAY, -7), DAY]);
  });

  it('orders critical first, then the bigger gap, even when a warning is further from its baseline', () => {
    const rows = tuesdays({ avgDelay: 7, totalBookings: 40, onTimeRate: 80 });
    expect(judged(rows)).toEqual([
      [DAY, 'avg_delay', 'critical', 5],
      [DAY, 'bookings', 'warning', -6],
      [DAY, 'on_time_rate', 'warning', -3.333],
    ]);
  });
});
