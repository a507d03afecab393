// Service time per driver (docs/analytics.md#service-time) from the driver rollup equals the raw computation —
// serviceMs() over the stored bookings — after a real sync from the demo server on 127.0.0.1, and after a
// full re-aggregation once completions that do not count (before boarding, 12 h later, missing) are in the store.
import { afterEach, describe, expect, it } from 'vitest';
import { aggregateAll } from '../../src/main/aggregation/aggregate-service';
import { computeDriverStats } from '../../src/main/analytics/driver-stats';
import { meanServiceMinutes } from '../../src/main/analytics/service-time';
import { rollupThreshold } from '../../src/main/store/repos/booking-rollup-build-repo';
import { sumBookingsByDriver } from '../../src/main/store/repos/booking-rollups-repo';
import { iterateAnalyticsBookings } from '../../src/main/store/repos/trips-repo';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { createTestDb, serviceFor, startHarness, type Harness, type TestDb } from './helpers/sync-harness';

let harness: Harness | null = null;
let db: TestDb | null = null;
afterEach(async () => {
  await harness?.close();
  db?.dispose();
  harness = null;
  db = null;
});

const THRESHOLD = DEFAULT_ANALYTICS_SETTINGS.onTimeThresholdMinutes;
const ALL = ['2000-01-01', '2100-01-01'] as const;

function companyOf(t: TestDb): number {
  return (t.sqlite.prepare('SELECT id FROM companies').get() as { id: number }).id;
}

/** Per driver: trips with a service time and their mean, from the rollup and from the bookings in memory. */
function rollupAndRaw(t: TestDb) {
  const companyId = companyOf(t);
  expect(rollupThreshold(t.db, companyId)).toBe(THRESHOLD);
  const fromRollup = new Map(
    sumBookingsByDriver(t.db, companyId, ...ALL, THRESHOLD).map((s) => [
      s.driverId,
      { trips: s.serviceTrips, mean: meanServiceMinutes(s.serviceMs, s.serviceTrips) },
    ]),
  );
  const raw = new Map(
    computeDriverStats(iterateAnalyticsBookings(t.db, companyId, ...ALL), new Map(), THRESHOLD).map((d) => [
      d.driver_id,
      { trips: d.service_trips, mean: d.avg_service_minutes },
    ]),
  );
  return { fromRollup, raw };
}

function expectEqual(r: ReturnType<typeof rollupAndRaw>): void {
  expect([...r.fromRollup.keys()].sort()).toEqual([...r.raw.keys()].sort());
  for (const [driver, want] of r.raw) {
    const got = r.fromRollup.get(driver)!;
    expect(got.trips, `driver ${driver}`).toBe(want.trips);
    if (want.mean === null) expect(got.mean).toBeNull();
    else expect(got.mean, `driver ${driver}`).toBe(want.mean);
  }
}

describe('service time per driver', () => {
  it('equals the raw computation after a sync and after a re-aggregation', async () => {
    harness = await startHarness({ days: 12, bookingsPerDay: 40 });
    db = createTestDb();
    await serviceFor(harness, db).run();
    let r = rollupAndRaw(db);
    const trips = [...r.raw.values()].reduce((n, d) => n + d.trips, 0);
    expect(trips).toBeGreaterThan(100);
    expectEqual(r);

    // Completions that give no service time: before boarding, more than 12 h after it, none at all; and one
    // exactly 12 h after boarding, which still counts.
    const served = db.sqlite
      .prepare(
        `SELECT id FROM bookings WHERE boarded_at IS NOT NULL AND completed_at IS NOT NULL
           AND status != 'canceled' AND driver_id IS NOT NULL ORDER BY id LIMIT 4`,
      )
      .pluck()
      .all() as number[];
    const set = db.sqlite.prepare('UPDATE bookings SET completed_at = boarded_at + ? WHERE id = ?');
    set.run(-60_000, served[0]);
    set.run(720 * 60_000 + 1, served[1]);
    set.run(720 * 60_000, served[3]);
    db.sqlite.prepare('UPDATE bookings SET completed_at = NULL WHERE id = ?').run(served[2]);
    aggregateAll(db.db, {
      companyId: companyOf(db),
      now: harness.now(),
      settings: DEFAULT_ANALYTICS_SETTINGS,
    });
    r = rollupAndRaw(db);
    expectEqual(r);
    expect([...r.raw.values()].reduce((n, d) => n + d.trips, 0)).toBe(trips - 3);
  });
});
