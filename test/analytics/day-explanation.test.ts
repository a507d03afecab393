// What explains a bad day (docs/analytics.md#day-outliers): the shortest run of hours holding 70 % of the delay and
// the drivers with most late pickups. A window one hour too wide, the later of two equal windows, a lost hour
// when two rows share it, or the drivers in the wrong order would each send the manager looking in the wrong place.
import { describe, expect, it } from 'vitest';
import { explainDay } from '../../src/main/analytics/day-explanation';
import type { DriverSums } from '../../src/main/analytics/driver-stats';

const hours = (minutesByHour: Record<number, number>) =>
  Object.entries(minutesByHour).map(([hour, delayMinutes]) => ({ hour: Number(hour), delayMinutes }));

const driver = (driverId: number, served: number, onTime: number): DriverSums => ({
  driverId,
  bookings: served,
  served,
  onTime,
  cancelled: 0,
  delayMinutes: 0,
  meters: 0,
  serviceTrips: 0,
  serviceMs: 0,
});

describe('explainDay: the hours holding the delay', () => {
  it('finds the shortest run of hours with at least 70 % of the minutes, across quiet hours', () => {
    const e = explainDay(hours({ 8: 10, 12: 50, 13: 30, 20: 10 }), [], new Map());
    expect(e.delay_hours).toEqual({ from: 12, to: 13, share: 0.8 });
  });

  it('counts exactly 70 % as enough (one hour, not the whole day)', () => {
    const e = explainDay(hours({ 9: 70, 17: 30 }), [], new Map());
    expect(e.delay_hours).toEqual({ from: 9, to: 9, share: 0.7 });
  });

  it('takes the earlier of two equally short windows', () => {
    const e = explainDay(hours({ 5: 20, 6: 50, 7: 20 }), [], new Map());
    expect(e.delay_hours).toEqual({ from: 5, to: 6, share: 70 / 90 });
  });

  it('spans a quiet hour inside the window', () => {
    const e = explainDay(hours({ 9: 40, 11: 40, 20: 20 }), [], new Map());
    expect(e.delay_hours).toEqual({ from: 9, to: 11, share: 0.8 });
  });

  it('adds up two rows of the same hour', () => {
    const e = explainDay(
      [
        { hour: 10, delayMinutes: 40 },
        { hour: 10, delayMinutes: 40 },
        { hour: 15, delayMinutes: 20 },
      ],
      [],
      new Map(),
    );
    expect(e.delay_hours).toEqual({ from: 10, to: 10, share: 0.8 });
  });

  it('has no window on a day without delay', () => {
    expect(explainDay(hours({ 8: 0 }), [], new Map()).delay_hours).toBeNull();
  });
});

describe('explainDay: the drivers', () => {
  it('counts every driver with a late pickup and names the three with most, ties by id, unnamed as #id', () => {
    const e = explainDay(
      [],
      [
        driver(7, 10, 9),
        driver(9, 10, 5),
        driver(3, 10, 5),
        driver(1, 10, 10),
        driver(4, 10, 2),
        driver(2, 4, 3),
      ],
      new Map([
        [3, 'Ana'],
        [4, 'Bo'],
        [7, 'Cy'],
      ]),
    );
    expect(e.late_drivers).toBe(5);
    expect(e.top_drivers).toEqual([
      { driver_id: 4, name: 'Bo', late: 8 },
      { driver_id: 3, name: 'Ana', late: 5 },
      { driver_id: 9, name: '#9', late: 5 },
    ]);
  });
});
