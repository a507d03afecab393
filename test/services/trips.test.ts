import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aggregateAll } from '../../src/main/aggregation/aggregate-service';
import { bookingOutcome } from '../../src/main/analytics/booking-outcome';
import { getMetrics, getTrips } from '../../src/main/services/analytics-service';
import { DEFAULT_ANALYTICS_SETTINGS, type BookingOutcome } from '../../src/shared/analytics-types';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { COMPANY_ID, insertBooking, insertCompanyWithDrivers } from '../aggregation/store-fixtures';

const settings = DEFAULT_ANALYTICS_SETTINGS;
const range = { from: '2026-03-01', to: '2026-03-31' };

describe('trips', () => {
  let t: TestDb;
  beforeEach(() => {
    t = createTestDb();
    insertCompanyWithDrivers(t.db, ['Anna Keller', 'Marc Rossi']);
  });
  afterEach(() => t.dispose());

  it('maps a booking to a trips-table row', () => {
    const id = insertBooking(t.db, {
      local: '2026-03-10T08:30:00',
      lateBy: 7 * 60 + 30,
      driverId: 2,
      distanceMeters: 12_345,
      customerName: 'Marie Favre',
    });
    const { total, rows } = getTrips(t.db, { filter: range, settings });
    expect(total).toBe(1);
    expect(rows[0]).toEqual({
      id,
      date: '2026-03-10',
      scheduled_local: '2026-03-10T08:30:00',
      scheduled_at: '2026-03-10T07:30:00.000Z',
      boarded_at: '2026-03-10T07:37:30.000Z',
      delay_minutes: 7,
      outcome: 'delayed',
      status: 'completed',
      driver_id: 2,
      driver_name: 'Marc Rossi',
      distance_km: 12.345,
      customer_name: 'Marie Favre',
      pickup_location: null,
      dropoff_location: null,
      medical_facility: null,
    });
  });

  it('the SQL outcome filters agree with the counting functions at every boundary', () => {
    const lates = [-600, -1, 0, 59, 299, 300, 359, 360, 361, 599, 600, 3600];
    let i = 0;
    for (const lateBy of lates) {
      insertBooking(t.db, { local: `2026-03-1${i++ % 5}T0${i % 10}:05:00`, lateBy, driverId: (i % 2) + 1 });
    }
    insertBooking(t.db, { local: '2026-03-12T10:00:00', status: 'canceled' });
    insertBooking(t.db, { local: '2026-03-12T10:00:00', status: 'canceled', lateBy: 900 }); // cancelled wins
    insertBooking(t.db, { local: '2026-03-13T10:00:00', status: 'pending' });
    insertBooking(t.db, { local: '2026-03-13T10:00:00', lateBy: 900, deleted: true }); // never counted
    for (const threshold of [0, 5, 10]) {
      const s = { ...settings, onTimeThresholdMinutes: threshold };
      const all = getTrips(t.db, { filter: range, settings: s, limit: 1000 });
      expect(all.total).toBe(lates.length + 3);
      const count = (outcome: BookingOutcome | 'served') =>
        getTrips(t.db, { filter: { ...range, outcome }, settings: s }).total;
      const jsCount = (o: BookingOutcome) => all.rows.filter((r) => r.outcome === o).length;
      for (const o of ['on_time', 'delayed', 'cancelled', 'unserved'] as const)
        expect(count(o)).toBe(jsCount(o));
      expect(count('served')).toBe(lates.length);
      aggregateAll(t.db, { companyId: COMPANY_ID, now: 1, settings: s });
      const m = getMetrics(t.db, range);
      expect(m.reduce((a, r) => a + r.on_time_bookings, 0)).toBe(count('on_time'));
      expect(m.reduce((a, r) => a + r.delayed_bookings, 0)).toBe(count('delayed'));
    }
    // The SQL delay matches the JS one for every row.
    const rows = getTrips(t.db, { filter: { ...range, minDelayMinutes: 6 }, settings, limit: 1000 }).rows;
    expect(rows.map((r) => r.delay_minutes).sort((a, b) => a! - b!)).toEqual([6, 6, 9, 10, 60]);
    expect(bookingOutcome({ status: 'completed', scheduledAt: 0, boardedAt: 359_000 }, 5)).toBe('on_time');
  });

  it('filters by driver, dates, weekday and local hour', () => {
    insertBooking(t.db, { local: '2026-03-16T07:10:00', lateBy: 0, driverId: 1 }); // Monday 07h
    insertBooking(t.db, { local: '2026-03-17T07:50:00', lateBy: 0, driverId: 2 }); // Tuesday 07h
    insertBooking(t.db, { local: '2026-03-17T23:40:00', lateBy: 0, driverId: 2 }); // Tuesday 23h (22:40Z)
    insertBooking(t.db, { local: '2026-03-29T02:30:00', lateBy: 0, driverId: 1 }); // Sunday, DST gap, booked for 02h
    const total = (filter: object) => getTrips(t.db, { filter: { ...range, ...filter }, settings }).total;
    expect(total({ driverId: 2 })).toBe(2);
    expect(total({ dates: ['2026-03-16', '2026-03-29'] })).toBe(2);
    expect(total({ dates: [] })).toBe(0);
    expect(total({ weekday: 1 })).toBe(2);
    expect(total({ weekday: 6 })).toBe(1);
    expect(total({ hour: 7 })).toBe(2);
    expect(total({ hour: 23, weekday: 1 })).toBe(1);
    expect(total({ hour: 2 })).toBe(1);
    expect(total({ from: '2026-03-17', to: '2026-03-17' })).toBe(2);
  });

  it('sorts and pages; ties are broken chronologically', () => {
    insertBooking(t.db, { local: '2026-03-10T09:00:00', lateBy: 20 * 60, driverId: 2, distanceMeters: 1000 });
    insertBooking(t.db, { local: '2026-03-10T08:00:00', lateBy: 3 * 60, driverId: 1, distanceMeters: null });
    insertBooking(t.db, {
      local: '2026-03-11T08:00:00',
      status: 'canceled',
      driverId: null,
      distanceMeters: 9000,
    });
    insertBooking(t.db, { local: '2026-03-09T08:00:00', lateBy: 45 * 60, driverId: 1, distanceMeters: 4000 });
    const ids = (
      sort: 'scheduled' | 'delay' | 'driver' | 'distance' | 'status',
      dir: 'asc' | 'desc' = 'asc',
    ) =>
      getTrips(t.db, { filter: range, sort, dir, settings }).rows.map((r) => r.scheduled_local!.slice(5, 16));
    expect(ids('scheduled')).toEqual(['03-09T08:00', '03-10T08:00', '03-10T09:00', '03-11T08:00']);
    expect(ids('scheduled', 'desc')).toEqual(['03-11T08:00', '03-10T09:00', '03-10T08:00', '03-09T08:00']);
    expect(ids('delay', 'desc')).toEqual(['03-09T08:00', '03-10T09:00', '03-10T08:00', '03-11T08:00']);
    expect(ids('delay')).toEqual(['03-10T08:00', '03-10T09:00', '03-09T08:00', '03-11T08:00']); // no delay last
    expect(ids('driver')).toEqual(['03-09T08:00', '03-10T08:00', '03-10T09:00', '03-11T08:00']);
    expect(ids('distance', 'desc')).toEqual(['03-11T08:00', '03-09T08:00', '03-10T09:00', '03-10T08:00']);
    expect(ids('status')).toEqual(['03-11T08:00', '03-09T08:00', '03-10T08:00', '03-10T09:00']);
    const page = getTrips(t.db, { filter: range, offset: 1, limit: 2, settings });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.scheduled_local)).toEqual(['2026-03-10T08:00:00', '2026-03-10T09:00:00']);
    expect(getTrips(t.db, { filter: range, offset: 10, limit: 2, settings })).toEqual({ total: 4, rows: [] });
  });
});
