// Trips pages found through the rollups' counts (trips-page-cells-repo.ts) against the plain ORDER BY … LIMIT
// OFFSET of the same order, written here on its own: every sort, both directions, ties (same instant, two
// drivers of one name, no driver, an unknown driver), first, middle, spanning and last pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateAll } from '../../../src/main/aggregation/aggregate-service';
import { seedDemo } from '../../../src/main/demo/seed-demo';
import { pageIdsByCells } from '../../../src/main/store/repos/trips-page-cells-repo';
import { queryTrips } from '../../../src/main/store/repos/trips-repo';
import { DEFAULT_ANALYTICS_SETTINGS, TRIP_SORTS, type TripSort } from '../../../src/shared/analytics-types';
import { createTestDb, type TestDb } from '../../helpers/test-db';

const END = '2026-03-20';
const settings = DEFAULT_ANALYTICS_SETTINGS;
let t: TestDb;
let from: string;
let to: string;

const DELAY = `(CASE WHEN b.status = 'canceled' OR b.boarded_at IS NULL THEN NULL
  WHEN b.scheduled_at IS NULL OR b.boarded_at <= b.scheduled_at THEN 0
  ELSE (b.boarded_at - b.scheduled_at) / 60000 END)`;
const KEY: Record<TripSort, string> = {
  scheduled: 'NULL',
  delay: DELAY,
  driver: 'dr.full_name',
  distance: 'b.distance_meters',
  status: 'b.status',
};

function expectedIds(sort: TripSort, dir: 'asc' | 'desc', offset: number, limit: number): number[] {
  const d = dir.toUpperCase();
  return t.sqlite
    .prepare(
      `SELECT b.id FROM bookings b LEFT JOIN drivers dr ON dr.id = b.driver_id
       WHERE b.company_id = 1 AND b.day BETWEEN ? AND ? AND b.deleted_at IS NULL
       ORDER BY (${KEY[sort]} IS NULL), ${KEY[sort]} ${d}, b.day ${d}, b.scheduled_at ${d}, b.id ${d}
       LIMIT ? OFFSET ?`,
    )
    .pluck()
    .all(from, to, limit, offset) as number[];
}

function page(sort: TripSort, dir: 'asc' | 'desc', offset: number, limit: number) {
  const q = { filter: { from, to }, sort, dir, offset, limit, onTimeThresholdMinutes: 5 };
  return queryTrips(t.db, 1, q);
}

beforeAll(() => {
  t = createTestDb();
  const seeded = seedDemo(t.db, { seed: 3, days: 12, bookingsPerDay: 40, endDay: END, now: 0, settings });
  ({ from, to } = seeded);
  const s = t.sqlite;
  // Ties: a whole morning at one instant, two drivers of one name, bookings without a driver or with an unknown one.
  s.prepare(
    `UPDATE bookings SET scheduled_at = (SELECT min(scheduled_at) FROM bookings WHERE day = ?)
     WHERE day = ? AND scheduled_local < ?`,
  ).run(from, from, `${from}T12:00:00`);
  const [a, b] = s.prepare('SELECT id FROM drivers ORDER BY id LIMIT 2').pluck().all() as number[];
  s.prepare("UPDATE drivers SET full_name = 'Jean Dupont' WHERE id IN (?, ?)").run(a, b);
  s.prepare('UPDATE bookings SET driver_id = NULL WHERE id % 11 = 0').run();
  s.prepare('UPDATE bookings SET driver_id = 999999 WHERE id % 13 = 0').run();
  s.prepare('UPDATE bookings SET distance_meters = NULL WHERE id % 17 = 0').run();
  aggregateAll(t.db, { companyId: 1, now: 0, settings });
});
afterAll(() => t.dispose());

describe('trips pages through the rollup counts', () => {
  it('answer every sort from the counts', () => {
    for (const sort of TRIP_SORTS) {
      const q = { filter: { from, to }, sort, dir: 'asc' as const, offset: 0, limit: 10 };
      expect(pageIdsByCells(t.db, 1, q) === null, sort).toBe(false);
    }
  });

  it('equal ORDER BY … LIMIT OFFSET for every sort, both directions, any page', () => {
    const total = expectedIds('scheduled', 'asc', 0, 1e9).length;
    expect(total).toBeGreaterThan(400);
    const offsets = [0, 1, 37, Math.floor(total / 2) - 5, total - 200, total - 37, total - 1];
    for (const sort of TRIP_SORTS) {
      for (const dir of ['asc', 'desc'] as const) {
        for (const offset of offsets) {
          for (const limit of [1, 37, 200]) {
            const got = page(sort, dir, offset, limit);
            expect(got.total).toBe(total);
            expect(
              got.rows.map((r) => r.id),
              `${sort} ${dir} @${offset}+${limit}`,
            ).toEqual(expectedIds(sort, dir, offset, limit));
          }
        }
        expect(page(sort, dir, total, 50).rows).toEqual([]);
      }
    }
  });

  it('read the bookings while a sync has days waiting for their aggregation', () => {
    const victim = expectedIds('delay', 'asc', 3, 1)[0]!;
    t.sqlite.exec('SAVEPOINT pending');
    try {
      t.sqlite.prepare('UPDATE bookings SET deleted_at = 1 WHERE id = ?').run(victim);
      t.sqlite
        .prepare(
          `INSERT INTO settings (key, value, updated_at) VALUES ('sync.pending-aggregation', ?, 0)
           ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        )
        .run(JSON.stringify({ 1: [from] }));
      const q = { filter: { from, to }, sort: 'delay' as const, dir: 'asc' as const, offset: 0, limit: 10 };
      expect(pageIdsByCells(t.db, 1, q)).toBeNull();
      expect(page('delay', 'asc', 0, 10).rows.map((r) => r.id)).toEqual(expectedIds('delay', 'asc', 0, 10));
    } finally {
      t.sqlite.exec('ROLLBACK TO pending; RELEASE pending');
    }
  });
});
