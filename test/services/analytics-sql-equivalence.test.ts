// The service sums per driver and per day × hour in SQL; computeDriverStats / computeDelayHeatmap are the same
// figures over the bookings in memory. Both must agree to the last bit on every edge the definitions have.
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { computeDelayHeatmap } from '../../src/main/analytics/delay-heatmap';
import { computeDriverStats } from '../../src/main/analytics/driver-stats';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { getDelayHeatmap, getDriverStats } from '../../src/main/services/analytics-service';
import { listDrivers } from '../../src/main/store/repos/drivers-repo';
import { iterateAnalyticsBookings } from '../../src/main/store/repos/trips-repo';
import { DEFAULT_ANALYTICS_SETTINGS, type AnalyticsSettings } from '../../src/shared/analytics-types';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { COMPANY_ID, insertBooking, insertCompany, insertDriver } from '../aggregation/store-fixtures';
import type { Db } from '../../src/main/store/open-store';

function reference(db: Db, companyId: number, from: string, to: string, threshold: number) {
  const names = new Map(listDrivers(db, companyId).map((d) => [d.id, d.fullName]));
  return {
    drivers: computeDriverStats(iterateAnalyticsBookings(db, companyId, from, to), names, threshold),
    heatmap: computeDelayHeatmap(iterateAnalyticsBookings(db, companyId, from, to)),
  };
}

function viaService(db: Db, from: string, to: string, threshold: number) {
  const settings: AnalyticsSettings = { ...DEFAULT_ANALYTICS_SETTINGS, onTimeThresholdMinutes: threshold };
  return {
    drivers: getDriverStats(db, { from, to, settings }),
    heatmap: getDelayHeatmap(db, { from, to, settings }),
  };
}

/** Small deterministic PRNG (mulberry32): the same "random" store on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

describe('per-driver figures and heat map: SQL sums = the pure functions', () => {
  let t: TestDb;
  const WINDOWS: [string, string][] = [
    ['2025-03-01', '2026-11-30'], // everything
    ['2025-03-30', '2025-10-26'], // random bookings, from one DST change to the other
    ['2026-03-29', '2026-03-29'], // spring DST day (23 h)
    ['2026-10-25', '2026-10-25'], // autumn DST day (25 h)
    ['2026-03-10', '2026-03-16'], // one week
    ['2026-12-01', '2026-12-31'], // nothing
  ];

  beforeAll(() => {
    t = createTestDb();
    insertCompany(t.db);
    insertDriver(t.db, 1, 'Anna Keller');
    insertDriver(t.db, 2, 'Émile Roux');
    insertDriver(t.db, 4, 'Zoé Martin', false);
    // Driver 3 is in no drivers row: named '#3'.
    const edges: Parameters<typeof insertBooking>[1][] = [
      { local: '2026-03-10T08:00:00', lateBy: 5 * 60 + 59, driverId: 1 }, // 5:59 → 5 min: on time
      { local: '2026-03-10T08:10:00', lateBy: 6 * 60, driverId: 1 }, // 6 min: delayed
      { local: '2026-03-10T08:20:00', lateBy: 5 * 60, driverId: 2 }, // exactly the threshold
      { local: '2026-03-10T08:30:00', lateBy: -10 * 60, driverId: 2 }, // early pickup: 0
      { local: '2026-03-10T08:40:00', lateBy: -1, driverId: 3 }, // one second early: 0
      { local: '2026-03-10T08:50:00', lateBy: 59, driverId: 3, distanceMeters: null }, // served, no distance
      { local: '2026-03-11T00:00:00', status: 'canceled', driverId: 1 },
      { local: '2026-03-11T00:30:00', status: 'canceled', lateBy: 900, driverId: 1 }, // cancelled wins
      { local: '2026-03-11T23:59:59', status: 'pending', driverId: 2 }, // unserved
      { local: '2026-03-11T23:00:00', status: 'assigned', driverId: null }, // no driver
      { local: '2026-03-12T09:00:00', lateBy: 3600, driverId: 4, distanceMeters: 0 },
      { local: '2026-03-12T09:15:00', lateBy: 600, deleted: true, driverId: 1 }, // deleted: never counted
      { local: null, lateBy: 60, driverId: 1 }, // no scheduled time, no day: never counted
      { local: '2026-03-13 07:05', lateBy: 120, driverId: 1 }, // space, no seconds
      { local: '2026-03-13T07:06:00.250', lateBy: 121, driverId: 2 }, // fractional seconds
      { local: '2026-03-29T02:30:00', lateBy: 0, driverId: 1 }, // in the spring gap: stays in hour 2
      { local: '2026-03-29T03:30:00', lateBy: 4 * 60, driverId: 1 },
      { local: '2026-03-29T01:59:00', lateBy: 8 * 60, driverId: 2 },
      { local: '2026-10-25T02:30:00', lateBy: 7 * 60, driverId: 1 }, // ambiguous: the earlier instant
      { local: '2026-10-25T02:59:59', lateBy: 60 * 60 + 1, driverId: 2 },
      { local: '2026-10-25T03:00:00', status: 'canceled', driverId: 3 },
    ];
    for (const e of edges) insertBooking(t.db, e);
    // And a few thousand random bookings over 2025 with every status, delays from early to very late (a year
    // apart from the fixed cases above, so those can be checked on their own).
    const rnd = prng(42);
    const statuses = ['completed', 'completed', 'return_completed', 'canceled', 'pending', 'in_progress'];
    for (let i = 0; i < 3000; i++) {
      const month = 3 + Math.floor(rnd() * 9);
      const day = 1 + Math.floor(rnd() * 28);
      const local = `2025-${pad(month)}-${pad(day)}T${pad(Math.floor(rnd() * 24))}:${pad(Math.floor(rnd() * 60))}:${pad(Math.floor(rnd() * 60))}`;
      const status = statuses[Math.floor(rnd() * statuses.length)]!;
      const boarded = status !== 'pending' && rnd() < 0.9;
      insertBooking(t.db, {
        local,
        status,
        lateBy: boarded ? Math.floor(rnd() * 1500) - 300 : undefined,
        driverId: rnd() < 0.05 ? null : 1 + Math.floor(rnd() * 4),
        distanceMeters: rnd() < 0.1 ? null : Math.floor(rnd() * 40_000),
        deleted: rnd() < 0.03,
      });
    }
  });
  afterAll(() => t.dispose());

  for (const threshold of [0, 5, 7.5, 15]) {
    for (const [from, to] of WINDOWS) {
      it(`threshold ${threshold} min, ${from} … ${to}`, () => {
        const ref = reference(t.db, COMPANY_ID, from, to, threshold);
        expect(viaService(t.db, from, to, threshold)).toEqual(ref);
        if (from !== '2026-12-01') expect(ref.drivers.length).toBeGreaterThan(0);
      });
    }
  }

  it('the fixed edge cases land where the definitions say', () => {
    const { drivers, heatmap } = viaService(t.db, '2026-03-10', '2026-03-10', 5);
    expect(drivers.map((d) => [d.driver_name, d.bookings, d.served, d.on_time, d.delayed])).toEqual([
      ['Anna Keller', 2, 2, 1, 1],
      ['Émile Roux', 2, 2, 2, 0],
      ['#3', 2, 2, 2, 0],
    ]);
    expect(drivers.find((d) => d.driver_id === 3)!.total_distance_km).toBe(5);
    expect(heatmap).toEqual([{ weekday: 1, hour: 8, bookings: 6, served: 6, avg_delay: (5 + 6 + 5) / 6 }]);
    const spring = viaService(t.db, '2026-03-29', '2026-03-29', 5).heatmap;
    expect(spring.filter((c) => c.weekday === 6).map((c) => [c.hour, c.bookings])).toEqual(
      expect.arrayContaining([
        [1, expect.any(Number)],
        [2, expect.any(Number)],
        [3, expect.any(Number)],
      ]),
    );
  });
});

describe('on a demo store (the generator’s own mix of outcomes), across the spring DST change', () => {
  let t: TestDb;
  afterEach(() => t.dispose());

  it('agrees day by day and over the whole window', () => {
    t = createTestDb();
    const settings = DEFAULT_ANALYTICS_SETTINGS;
    const seeded = seedDemo(t.db, {
      seed: 7,
      days: 21,
      endDay: '2026-04-05',
      bookingsPerDay: 150,
      now: Date.parse('2026-04-06T12:00:00Z'),
      settings,
      aggregate: false,
    });
    const companyId = t.db.$client.prepare('SELECT id FROM companies').pluck().get() as number;
    for (const [from, to] of [
      [seeded.from, seeded.to],
      ['2026-03-29', '2026-03-29'],
      ['2026-03-23', '2026-03-30'],
    ] as const) {
      for (const threshold of [5, 10]) {
        expect(viaService(t.db, from, to, threshold)).toEqual(
          reference(t.db, companyId, from, to, threshold),
        );
      }
    }
    expect(viaService(t.db, seeded.from, seeded.to, 5).drivers.length).toBeGreaterThan(3);
  });
});
