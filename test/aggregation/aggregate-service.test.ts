import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aggregateAll, aggregateDays, aggregateRange } from '../../src/main/aggregation/aggregate-service';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { createTestDb, type TestDb } from '../helpers/test-db';
import {
  COMPANY_ID,
  insertBooking,
  insertCompany,
  insertDriver,
  insertMany,
  insertRun,
  metricsRow,
  statsRow,
} from './store-fixtures';

const settings = DEFAULT_ANALYTICS_SETTINGS;
const base = { companyId: COMPANY_ID, now: 1_000, settings };

describe('aggregateDays', () => {
  let t: TestDb;
  beforeEach(() => {
    t = createTestDb();
    insertCompany(t.db);
    for (const id of [1, 2, 3]) insertDriver(t.db, id, `Driver ${id}`);
    insertDriver(t.db, 4, 'Gone', false);
  });
  afterEach(() => t.dispose());

  it("writes the design's day: 25 bookings, 22 on time, mean delay 6, 1 cancelled → quality 78", () => {
    insertMany(t.db, 22, '2026-03-10', { lateBy: 5 * 60 + 59, driverId: 1 });
    insertMany(t.db, 2, '2026-03-10', { lateBy: 17 * 60, driverId: 2, distanceMeters: null });
    insertMany(t.db, 1, '2026-03-10', { status: 'canceled', driverId: 3 });
    insertRun(t.db, 500, '2026-03-10');
    const r = aggregateDays(t.db, { ...base, days: ['2026-03-10'] });
    expect(r).toEqual({ daysComputed: 2, daysWithData: 1, rowsDeleted: 0 });
    const m = metricsRow(t.db, '2026-03-10')!;
    expect(m).toMatchObject({
      dispatch_run_id: 500,
      total_bookings: 25,
      on_time_bookings: 22,
      delayed_bookings: 2,
      cancelled_bookings: 1,
      average_delay_minutes: 6,
      max_delay_minutes: 17,
      total_delay_minutes: 144,
      total_drivers: 3,
      active_drivers: 2,
      avg_bookings_per_driver: 12.5,
      total_distance_km: 110, // 22 × 5 km; the two without distance count 0
      avg_distance_per_booking: 110 / 24,
      suggestions_generated: 0,
      suggestions_applied: 0,
      created_at: 1_000,
    });
    expect(m.quality_score as number).toBeCloseTo(78, 10);
    expect(JSON.parse(m.extra_data as string)).toMatchObject({
      served_bookings: 24,
      unserved_bookings: 0,
      run_status: 'completed',
    });
    const s = statsRow(t.db, '2026-03-10')!;
    expect(s).toMatchObject({
      total_bookings: 25,
      on_time_rate: 88,
      avg_delay: 6,
      bookings_trend: 0,
      delay_trend: 0,
    });
    expect(s.quality_score as number).toBeCloseTo(78, 10);
    expect(metricsRow(t.db, '2026-03-11')).toBeUndefined();
  });

  it('leaves out deleted bookings and bookings without a day', () => {
    insertMany(t.db, 3, '2026-03-10', { lateBy: 0 });
    insertMany(t.db, 2, '2026-03-10', { lateBy: 0, deleted: true });
    insertBooking(t.db, { local: null, status: 'pending' });
    aggregateDays(t.db, { ...base, days: ['2026-03-10'] });
    expect(metricsRow(t.db, '2026-03-10')).toMatchObject({ total_bookings: 3, on_time_bookings: 3 });
  });

  it('a day without a run has dispatch_run_id null; a re-dispatched day takes its latest run once', () => {
    insertMany(t.db, 2, '2026-03-10', { lateBy: 0 });
    insertMany(t.db, 2, '2026-03-11', { lateBy: 0 });
    insertRun(t.db, 900, '2026-03-11', 'failed', 10);
    insertRun(t.db, 901, '2026-03-11', 'completed', 20);
    aggregateDays(t.db, { ...base, days: ['2026-03-10', '2026-03-11'] });
    expect(metricsRow(t.db, '2026-03-10')!.dispatch_run_id).toBeNull();
    expect(metricsRow(t.db, '2026-03-11')).toMatchObject({ dispatch_run_id: 901, total_bookings: 2 });
  });

  it('trends compare with the previous calendar day, 0 when it is missing', () => {
    insertMany(t.db, 10, '2026-03-09', { lateBy: 10 * 60 });
    insertMany(t.db, 15, '2026-03-10', { lateBy: 5 * 60 });
    insertMany(t.db, 4, '2026-03-12', { lateBy: 5 * 60 }); // 03-11 has nothing
    aggregateRange(t.db, { ...base, from: '2026-03-09', to: '2026-03-12' });
    expect(statsRow(t.db, '2026-03-09')).toMatchObject({ bookings_trend: 0, delay_trend: 0 });
    expect(statsRow(t.db, '2026-03-10')).toMatchObject({ bookings_trend: 50, delay_trend: -50 });
    expect(statsRow(t.db, '2026-03-11')).toBeUndefined();
    expect(statsRow(t.db, '2026-03-12')).toMatchObject({ bookings_trend: 0, delay_trend: 0 });
  });

  it('recomputing one day also refreshes the next day (its trend) and uses the stored previous day', () => {
    insertMany(t.db, 10, '2026-03-09', { lateBy: 0 });
    insertMany(t.db, 10, '2026-03-10', { lateBy: 0 });
    insertMany(t.db, 20, '2026-03-11', { lateBy: 0 });
    aggregateRange(t.db, { ...base, from: '2026-03-09', to: '2026-03-11' });
    expect(statsRow(t.db, '2026-03-11')!.bookings_trend).toBe(100);
    const idBefore = metricsRow(t.db, '2026-03-10')!.id;

    insertMany(t.db, 10, '2026-03-10', { lateBy: 0 }); // a sync brought 10 more bookings on 03-10
    const r = aggregateDays(t.db, { ...base, now: 2_000, days: ['2026-03-10'] });
    expect(r.daysComputed).toBe(2);
    // daily_stats is a view over dispatch_metrics: its timestamps are the metrics row's (created once)
    expect(statsRow(t.db, '2026-03-10')).toMatchObject({
      total_bookings: 20,
      bookings_trend: 100,
      created_at: 1_000,
    });
    expect(statsRow(t.db, '2026-03-11')!.bookings_trend).toBe(0); // 20 vs 20
    // Upserted in place, not deleted and re-inserted.
    expect(metricsRow(t.db, '2026-03-10')).toMatchObject({
      id: idBefore,
      total_bookings: 20,
      created_at: 1_000,
    });
  });

  it('removes the rows of a day whose bookings have all disappeared, and the next day loses its trend', () => {
    insertMany(t.db, 10, '2026-03-10', { lateBy: 0 });
    insertMany(t.db, 20, '2026-03-11', { lateBy: 0 });
    aggregateRange(t.db, { ...base, from: '2026-03-10', to: '2026-03-11' });
    expect(statsRow(t.db, '2026-03-11')!.bookings_trend).toBe(100);
    t.db.$client.prepare("UPDATE bookings SET deleted_at = 5 WHERE day = '2026-03-10'").run();
    const r = aggregateDays(t.db, { ...base, days: ['2026-03-10'] });
    expect(r).toEqual({ daysComputed: 2, daysWithData: 1, rowsDeleted: 1 }); // the metrics row (one stored row)
    expect(metricsRow(t.db, '2026-03-10')).toBeUndefined();
    expect(statsRow(t.db, '2026-03-10')).toBeUndefined();
    expect(statsRow(t.db, '2026-03-11')!.bookings_trend).toBe(0);
  });

  it('measures delays across the DST days of Europe/Zurich', () => {
    // Spring: 02:30 does not exist and means 03:30 CEST; boarding at 03:32 CEST is 2 minutes late.
    const spring = insertBooking(t.db, { local: '2026-03-29T02:30:00' });
    t.db.$client
      .prepare('UPDATE bookings SET boarded_at = ?, status = ? WHERE id = ?')
      .run(Date.parse('2026-03-29T01:32:00Z'), 'completed', spring);
    // Autumn: 02:30 happens twice and means the first (CEST, 00:30Z); boarding at 01:40Z is 70 minutes late.
    const autumn = insertBooking(t.db, { local: '2026-10-25T02:30:00' });
    t.db.$client
      .prepare('UPDATE bookings SET boarded_at = ?, status = ? WHERE id = ?')
      .run(Date.parse('2026-10-25T01:40:00Z'), 'completed', autumn);
    aggregateDays(t.db, { ...base, days: ['2026-03-29', '2026-10-25'] });
    expect(metricsRow(t.db, '2026-03-29')).toMatchObject({ on_time_bookings: 1, total_delay_minutes: 2 });
    expect(metricsRow(t.db, '2026-10-25')).toMatchObject({ delayed_bookings: 1, total_delay_minutes: 70 });
  });

  it('keeps bookings on their local day when the UTC date differs (both directions)', () => {
    // 00:20 in Zurich is 23:20Z the day before; 23:40 in New York is 04:40Z the day after.
    insertBooking(t.db, { local: '2026-01-15T00:20:00', lateBy: 0 });
    insertBooking(t.db, { local: '2026-01-15T23:40:00', lateBy: 0, timeZone: 'America/New_York' });
    aggregateRange(t.db, { ...base, from: '2026-01-14', to: '2026-01-16' });
    expect(metricsRow(t.db, '2026-01-15')!.total_bookings).toBe(2);
    expect(metricsRow(t.db, '2026-01-14')).toBeUndefined();
    expect(metricsRow(t.db, '2026-01-16')).toBeUndefined();
  });

  it('follows the on-time threshold of the settings', () => {
    insertMany(t.db, 4, '2026-03-10', { lateBy: 8 * 60 });
    aggregateDays(t.db, { ...base, days: ['2026-03-10'] });
    expect(metricsRow(t.db, '2026-03-10')).toMatchObject({ on_time_bookings: 0, delayed_bookings: 4 });
    aggregateAll(t.db, { ...base, settings: { ...settings, onTimeThresholdMinutes: 10 } });
    expect(metricsRow(t.db, '2026-03-10')).toMatchObject({ on_time_bookings: 4, delayed_bookings: 0 });
  });

  it('aggregateAll covers every day with bookings or stale metrics; an empty store is a no-op', () => {
    expect(aggregateAll(t.db, base)).toEqual({ daysComputed: 0, daysWithData: 0, rowsDeleted: 0 });
    insertMany(t.db, 1, '2026-02-01', { lateBy: 0 });
    insertMany(t.db, 1, '2026-02-20', { lateBy: 0 });
    expect(aggregateAll(t.db, base)).toMatchObject({ daysComputed: 21, daysWithData: 2 });
    t.db.$client.prepare("UPDATE bookings SET deleted_at = 1 WHERE day = '2026-02-20'").run();
    aggregateAll(t.db, base);
    expect(metricsRow(t.db, '2026-02-20')).toBeUndefined();
  });

  it('rolls back everything when a write fails', () => {
    insertMany(t.db, 3, '2026-03-10', { lateBy: 0 });
    insertMany(t.db, 3, '2026-03-11', { lateBy: 0 });
    aggregateDays(t.db, { ...base, days: ['2026-03-10'] });
    insertMany(t.db, 3, '2026-03-10', { lateBy: 0 });
    // the second day's write fails, after the first day's was made
    t.db.$client.exec(
      `CREATE TRIGGER fail_next BEFORE UPDATE ON dispatch_metrics WHEN NEW.date = '2026-03-11'
       BEGIN SELECT RAISE(ABORT, 'boom'); END`,
    );
    expect(() => aggregateDays(t.db, { ...base, days: ['2026-03-10'] })).toThrow(/boom/);
    expect(metricsRow(t.db, '2026-03-10')!.total_bookings).toBe(3); // the metrics upsert was rolled back too
  });

  it('reports progress per day and rolls everything back when progress throws (a cancelled job)', () => {
    insertMany(t.db, 2, '2026-03-01', { lateBy: 8 * 60 });
    insertMany(t.db, 2, '2026-03-05', { lateBy: 8 * 60 });
    aggregateAll(t.db, base);
    const calls: Array<[number, number]> = [];
    aggregateAll(t.db, { ...base, progress: (done, total) => void calls.push([done, total]) });
    // 2026-03-01 … 2026-03-06 (the day after the last): 6 days, two of them with bookings
    expect(calls).toEqual([
      [0, 6],
      [1, 6],
      [6, 6],
    ]);
    const stop = (done: number) => {
      if (done === 1) throw new Error('cancelled');
    };
    const lenient = { ...settings, onTimeThresholdMinutes: 10 };
    expect(() => aggregateAll(t.db, { ...base, settings: lenient, progress: stop })).toThrow('cancelled');
    expect(metricsRow(t.db, '2026-03-01')).toMatchObject({ on_time_bookings: 0, delayed_bookings: 2 });
    expect(metricsRow(t.db, '2026-03-05')).toMatchObject({ on_time_bookings: 0, delayed_bookings: 2 });
  });
});
