// The booking rollups (per driver, hour, facility and outcome per day) against the raw sums of the bookings,
// after a real sync from the demo server on 127.0.0.1, a backfill of older days, a re-sync that corrects edited
// days, and a full re-aggregation after a threshold or time-zone change.
import { afterEach, describe, expect, it } from 'vitest';
import { aggregateAll } from '../../src/main/aggregation/aggregate-service';
import { rollupThreshold } from '../../src/main/store/repos/booking-rollup-build-repo';
import { sumBookingsByDayHour, sumBookingsByDriver } from '../../src/main/store/repos/booking-rollups-repo';
import { sumBookingsByFacility } from '../../src/main/store/repos/facility-sums-repo';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { addDays } from '../../src/shared/time';
import { createTestDb, serviceFor, startHarness, type Harness, type TestDb } from './helpers/sync-harness';

let harness: Harness | null = null;
let db: TestDb | null = null;
afterEach(async () => {
  await harness?.close();
  db?.dispose();
  harness = null;
  db = null;
});

function companyOf(t: TestDb): number {
  return (t.sqlite.prepare('SELECT id FROM companies').get() as { id: number }).id;
}

// Every window a reader may ask: the whole store, and each single day (a day boundary off by one shows there).
function readAll(t: TestDb, companyId: number, threshold: number) {
  const days = t.sqlite
    .prepare('SELECT DISTINCT day FROM bookings WHERE day IS NOT NULL ORDER BY day')
    .pluck()
    .all() as string[];
  const windows = [['2000-01-01', '2100-01-01'] as const, ...days.map((d) => [d, d] as const)];
  return windows.map(([from, to]) => ({
    drivers: sumBookingsByDriver(t.db, companyId, from, to, threshold),
    hours: sumBookingsByDayHour(t.db, companyId, from, to),
    facilities: sumBookingsByFacility(t.db, companyId, from, to, threshold),
  }));
}

/** What the readers answer from the rollups, and what they answer from the bookings (no rollup state). */
function rollupAndRaw(t: TestDb, threshold: number) {
  const companyId = companyOf(t);
  expect(rollupThreshold(t.db, companyId)).toBe(threshold);
  const fromRollups = readAll(t, companyId, threshold);
  t.sqlite.exec('SAVEPOINT raw');
  t.sqlite.prepare('DELETE FROM booking_rollup_state').run();
  const raw = readAll(t, companyId, threshold);
  t.sqlite.exec('ROLLBACK TO raw; RELEASE raw');
  expect(raw[0]!.drivers.length).toBeGreaterThan(3);
  expect(raw[0]!.facilities.length).toBeGreaterThan(1);
  return { fromRollups, raw };
}

const THRESHOLD = DEFAULT_ANALYTICS_SETTINGS.onTimeThresholdMinutes;

describe('booking rollups', () => {
  it('equal the raw sums after a sync, a backfill and a re-sync of edited days', async () => {
    harness = await startHarness({ days: 20, bookingsPerDay: 40 });
    db = createTestDb();
    const service = serviceFor(harness, db);
    await service.run();
    let r = rollupAndRaw(db, THRESHOLD);
    expect(r.fromRollups).toEqual(r.raw);

    // Backfill: older days synced later get their rollups too.
    const older = { from: addDays(harness.today, -19), to: addDays(harness.today, -12) };
    await service.run(older);
    const olderRows = db.sqlite
      .prepare('SELECT count(*) AS n FROM booking_hour_days WHERE day BETWEEN ? AND ?')
      .pluck()
      .get(older.from, older.to) as number;
    expect(olderRows).toBeGreaterThan(0);
    r = rollupAndRaw(db, THRESHOLD);
    expect(r.fromRollups).toEqual(r.raw);

    // Edits in the store the next sync corrects (the server still lists these bookings as they were).
    const yesterday = addDays(harness.today, -1);
    db.sqlite
      .prepare(
        `UPDATE bookings SET status = 'canceled', medical_facility = 'Clinique X', driver_id = NULL
         WHERE id IN (SELECT id FROM bookings WHERE day = ? ORDER BY id LIMIT 7)`,
      )
      .run(yesterday);
    await service.run();
    r = rollupAndRaw(db, THRESHOLD);
    expect(r.fromRollups).toEqual(r.raw);
  });

  it('equal the raw sums after a re-aggregation for another threshold or time zone', async () => {
    harness = await startHarness({ days: 12, bookingsPerDay: 40 });
    db = createTestDb();
    await serviceFor(harness, db).run();
    const companyId = companyOf(db);
    const stricter = { ...DEFAULT_ANALYTICS_SETTINGS, onTimeThresholdMinutes: 1 };
    aggregateAll(db.db, { companyId, now: harness.now(), settings: stricter });
    let r = rollupAndRaw(db, 1);
    expect(r.fromRollups).toEqual(r.raw);
    // The old threshold no longer matches the rollups: the readers sum the bookings for it.
    const old = readAll(db, companyId, THRESHOLD)[0]!;
    expect(old.drivers).not.toEqual(r.raw[0]!.drivers);

    aggregateAll(db.db, {
      companyId,
      now: harness.now(),
      settings: { ...stricter, timeZone: 'America/New_York' },
    });
    r = rollupAndRaw(db, 1);
    expect(r.fromRollups).toEqual(r.raw);
  });
});
