// Trips sorted by distance, paged through the per-kilometre counts (booking_distance_days) and the distance index,
// against the plain ORDER BY … LIMIT OFFSET written here on its own: both directions, ties (one distance on many
// days and at one instant), distances on a kilometre's edges, no distance, pages that span kilometres; a window
// narrower than the store; and the rollup equal to the bookings after the aggregation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateAll } from '../../../src/main/aggregation/aggregate-service';
import { seedDemo } from '../../../src/main/demo/seed-demo';
import { pageIdsByCells } from '../../../src/main/store/repos/trips-page-cells-repo';
import { queryTrips } from '../../../src/main/store/repos/trips-repo';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../../src/shared/analytics-types';
import { createTestDb, type TestDb } from '../../helpers/test-db';

const END = '2026-03-20';
const settings = DEFAULT_ANALYTICS_SETTINGS;
let t: TestDb;
let from: string;
let to: string;

function expectedIds(win: { from: string; to: string }, dir: 'asc' | 'desc', offset: number, limit: number) {
  const d = dir.toUpperCase();
  return t.sqlite
    .prepare(
      `SELECT b.id FROM bookings b
       WHERE b.company_id = 1 AND b.day BETWEEN ? AND ? AND b.deleted_at IS NULL
       ORDER BY (b.distance_meters IS NULL), b.distance_meters ${d}, b.day ${d}, b.scheduled_at ${d}, b.id ${d}
       LIMIT ? OFFSET ?`,
    )
    .pluck()
    .all(win.from, win.to, limit, offset) as number[];
}

function page(win: { from: string; to: string }, dir: 'asc' | 'desc', offset: number, limit: number) {
  return queryTrips(t.db, 1, {
    filter: win,
    sort: 'distance',
    dir,
    offset,
    limit,
    onTimeThresholdMinutes: 5,
  });
}

beforeAll(() => {
  t = createTestDb();
  const seeded = seedDemo(t.db, { seed: 5, days: 12, bookingsPerDay: 40, endDay: END, now: 0, settings });
  ({ from, to } = seeded);
  const s = t.sqlite;
  // Ties and edges: one distance on every day, a whole morning at one instant, kilometre boundaries, no distance,
  // and a deleted booking that must count nowhere.
  s.prepare('UPDATE bookings SET distance_meters = 4200 WHERE id % 5 = 0').run();
  s.prepare(
    `UPDATE bookings SET scheduled_at = (SELECT min(scheduled_at) FROM bookings WHERE day = ?)
     WHERE day = ? AND scheduled_local < ?`,
  ).run(from, from, `${from}T12:00:00`);
  s.prepare('UPDATE bookings SET distance_meters = 999 WHERE id % 7 = 1').run();
  s.prepare('UPDATE bookings SET distance_meters = 1000 WHERE id % 7 = 2').run();
  s.prepare('UPDATE bookings SET distance_meters = 0 WHERE id % 19 = 3').run();
  s.prepare('UPDATE bookings SET distance_meters = NULL WHERE id % 17 = 0').run();
  s.prepare('UPDATE bookings SET deleted_at = 1 WHERE id % 23 = 4').run();
  aggregateAll(t.db, { companyId: 1, now: 0, settings });
});
afterAll(() => t.dispose());

describe('trips sorted by distance', () => {
  it('are paged through the per-kilometre counts, which equal the bookings', () => {
    const q = { filter: { from, to }, sort: 'distance' as const, dir: 'asc' as const, offset: 0, limit: 10 };
    expect(pageIdsByCells(t.db, 1, q)).not.toBeNull();
    const rollup = t.sqlite
      .prepare('SELECT day, km, bookings FROM booking_distance_days WHERE company_id = 1 ORDER BY day, km')
      .all();
    const raw = t.sqlite
      .prepare(
        `SELECT day, CAST(distance_meters / 1000 AS INTEGER) AS km, count(*) AS bookings FROM bookings
         WHERE company_id = 1 AND deleted_at IS NULL GROUP BY day, km ORDER BY day, km`,
      )
      .all();
    expect(rollup).toEqual(raw);
  });

  it('equal ORDER BY … LIMIT OFFSET in both directions, any page, any window', () => {
    const mid = t.sqlite
      .prepare('SELECT DISTINCT day FROM bookings WHERE day BETWEEN ? AND ? ORDER BY day LIMIT 1 OFFSET 3')
      .pluck()
      .get(from, to) as string;
    for (const win of [
      { from, to },
      { from: mid, to: mid },
      { from: mid, to },
    ]) {
      const total = expectedIds(win, 'asc', 0, 1e9).length;
      expect(total).toBeGreaterThan(30);
      const offsets = [0, 1, 29, Math.floor(total / 2) - 5, total - 200, total - 37, total - 1].filter(
        (o) => o >= 0,
      );
      for (const dir of ['asc', 'desc'] as const) {
        for (const offset of offsets) {
          for (const limit of [1, 37, 200]) {
            const got = page(win, dir, offset, limit);
            expect(got.total).toBe(total);
            expect(
              got.rows.map((r) => r.id),
              `${win.from}…${win.to} ${dir} @${offset}+${limit}`,
            ).toEqual(expectedIds(win, dir, offset, limit));
          }
        }
        expect(page(win, dir, total, 50).rows).toEqual([]);
      }
    }
  });
});
