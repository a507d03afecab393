import { describe, expect, it } from 'vitest';
import type { DailyStatsValues } from '../../src/main/analytics/daily-stats';
import { dayOutliers } from '../../src/main/analytics/day-outliers';
import { explainDay } from '../../src/main/analytics/day-explanation';
import { mulberry32 } from '../../src/main/demo/prng';
import { addDays, listDays } from '../../src/shared/time';

const LAST = '2026-12-06';
/** 12 ordinary weeks: on time 80 % ± 4, delay 3 min ± 0.6, 300 bookings ± 20, then `edit` per day. */
function weeks(edit: (s: DailyStatsValues) => DailyStatsValues = (s) => s): DailyStatsValues[] {
  const rnd = mulberry32(7);
  const jitter = (v: number, by: number) => v + by * (2 * rnd() - 1);
  return listDays(addDays(LAST, -83), LAST).map((date) =>
    edit({
      date,
      totalBookings: Math.round(jitter(300, 20)),
      onTimeRate: jitter(80, 4),
      avgDelay: jitter(3, 0.6),
      qualityScore: 75,
      bookingsTrend: 0,
      delayTrend: 0,
    }),
  );
}
const lastWeek = [addDays(LAST, -6), LAST] as const;

describe('dayOutliers', () => {
  it('an ordinary week raises nothing', () => {
    expect(dayOutliers(weeks(), ...lastWeek)).toEqual([]);
  });

  it('the collapsed day is critical, first, with its baseline, and its figures', () => {
    const collapsed = addDays(LAST, -4);
    const out = dayOutliers(
      weeks((s) => (s.date === collapsed ? { ...s, onTimeRate: 12, avgDelay: 38 } : s)),
      ...lastWeek,
    );
    expect(out.map((o) => [o.day, o.severity])).toEqual([
      [collapsed, 'critical'],
      [collapsed, 'critical'],
    ]);
    const onTime = out.find((o) => o.metric === 'on_time_rate')!;
    expect(onTime.value).toBe(12);
    expect(onTime.baseline).toBeGreaterThan(76);
    expect(onTime.baseline).toBeLessThan(84);
  });

  it('a moderate dip is a warning, not critical; a better day than usual is not news', () => {
    const dip = addDays(LAST, -2);
    const good = addDays(LAST, -1);
    const out = dayOutliers(
      weeks((s) =>
        s.date === dip
          ? { ...s, onTimeRate: 66 }
          : s.date === good
            ? { ...s, onTimeRate: 99, avgDelay: 0 }
            : s,
      ),
      ...lastWeek,
    );
    expect(out.map((o) => [o.day, o.metric, o.severity])).toEqual([[dip, 'on_time_rate', 'warning']]);
  });

  it('compares each day with its own weekday: a weekday that is always late is its own normal', () => {
    // Every Tuesday runs at 45 % on time; the last Tuesday too.
    const tuesdays = weeks((s) => (new Date(s.date).getUTCDay() === 2 ? { ...s, onTimeRate: 45 } : s));
    expect(dayOutliers(tuesdays, ...lastWeek)).toEqual([]);
  });

  it('volume: a day with half the usual bookings is a warning, a busy day only info', () => {
    const quiet = addDays(LAST, -3);
    const busy = addDays(LAST, -5);
    const out = dayOutliers(
      weeks((s) =>
        s.date === quiet ? { ...s, totalBookings: 120 } : s.date === busy ? { ...s, totalBookings: 420 } : s,
      ),
      ...lastWeek,
    );
    expect(out.map((o) => [o.day, o.metric, o.severity])).toEqual([
      [quiet, 'bookings', 'warning'],
      [busy, 'bookings', 'info'],
    ]);
  });

  it('needs four same weekdays of history before judging a day', () => {
    const short = weeks().slice(-24); // 3 weeks and 3 days of history before the last week
    const collapsed = short.map((s) => (s.date === LAST ? { ...s, onTimeRate: 5 } : s));
    expect(dayOutliers(collapsed, LAST, LAST)).toEqual([]);
  });
});

describe('explainDay', () => {
  it('finds the shortest run of hours with 70 % of the delay and the drivers with late pickups', () => {
    const hours = [
      { hour: 7, delayMinutes: 10 },
      { hour: 11, delayMinutes: 200 },
      { hour: 12, delayMinutes: 300 },
      { hour: 15, delayMinutes: 100 },
      { hour: 18, delayMinutes: 40 },
    ];
    const drivers = [
      { driverId: 1, bookings: 10, served: 10, onTime: 2, cancelled: 0, delayMinutes: 300, meters: 0 },
      { driverId: 2, bookings: 10, served: 9, onTime: 9, cancelled: 1, delayMinutes: 5, meters: 0 },
      { driverId: 3, bookings: 10, served: 10, onTime: 7, cancelled: 0, delayMinutes: 90, meters: 0 },
    ].map((d) => ({ ...d, serviceTrips: 0, serviceMs: 0 }));
    const e = explainDay(hours, drivers, new Map([[1, 'Ana Costa']]));
    expect(e.delay_hours).toEqual({ from: 11, to: 12, share: 500 / 650 });
    expect(e.late_drivers).toBe(2);
    expect(e.top_drivers).toEqual([
      { driver_id: 1, name: 'Ana Costa', late: 8 },
      { driver_id: 3, name: '#3', late: 3 },
    ]);
  });

  it('says nothing of hours on a day without delay', () => {
    expect(explainDay([{ hour: 9, delayMinutes: 0 }], [], new Map()).delay_hours).toBeNull();
  });
});
