// Pages of the trips table: the store sorts only the ids and reads pages past the middle from the other end.
// Every page of every sort must still be the slice of one well-defined order, computed here in JS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTrips } from '../../src/main/services/analytics-service';
import type { TripSort } from '../../src/main/store/repos/trips-repo';
import { DEFAULT_ANALYTICS_SETTINGS, type TripFilter, type TripJson } from '../../src/shared/analytics-types';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { insertBooking, insertCompanyWithDrivers } from '../aggregation/store-fixtures';

const settings = DEFAULT_ANALYTICS_SETTINGS;
const range = { from: '2026-03-01', to: '2026-03-31' };

type Key = string | number | null;

/** The documented order: the sorted value (missing ones last either way), then day, time and id. */
function expectedOrder(rows: TripJson[], sort: TripSort, dir: 'asc' | 'desc'): number[] {
  const value = (r: TripJson): Key =>
    ({
      scheduled: null,
      delay: r.delay_minutes,
      driver: r.driver_name,
      distance: r.distance_km,
      status: r.status,
    })[sort];
  const sign = dir === 'asc' ? 1 : -1;
  const cmp = (a: Key, b: Key): number => (a === b ? 0 : a! < b! ? -1 : 1);
  return [...rows]
    .sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (sort !== 'scheduled' && (va === null) !== (vb === null)) return va === null ? 1 : -1;
      return (
        sign * cmp(va, vb) ||
        sign * cmp(a.date, b.date) ||
        sign * cmp(a.scheduled_at, b.scheduled_at) ||
        sign * cmp(a.id, b.id)
      );
    })
    .map((r) => r.id);
}

describe('trips pages', () => {
  let t: TestDb;
  beforeAll(() => {
    t = createTestDb();
    insertCompanyWithDrivers(t.db, ['Anna Keller', 'Émile Roux', 'Zoé Martin']);
    // 5 drivers of which 2 without a name (driver 9 has no drivers row), ties everywhere: same minute, same
    // delay, same distance; unserved and cancelled bookings without a delay; missing distances; a deleted one.
    let i = 0;
    for (let day = 1; day <= 12; day++) {
      for (let k = 0; k < 11; k++) {
        i++;
        const status = i % 9 === 0 ? 'canceled' : i % 7 === 0 ? 'pending' : 'completed';
        insertBooking(t.db, {
          local: `2026-03-${String(day * 2).padStart(2, '0')}T${String(6 + (k % 4)).padStart(2, '0')}:15:00`,
          status,
          lateBy: status === 'completed' ? ((i * 97) % 13) * 60 - 120 : undefined,
          driverId: i % 11 === 0 ? null : i % 5 === 0 ? 9 : 1 + (i % 3),
          distanceMeters: i % 6 === 0 ? null : (i % 4) * 1000,
          deleted: i === 50,
        });
      }
    }
  });
  afterAll(() => t.dispose());

  const all = (filter: TripFilter): TripJson[] => getTrips(t.db, { filter, limit: 1000, settings }).rows;

  const filters: TripFilter[] = [range, { ...range, outcome: 'served' }, { ...range, outcome: 'unserved' }];
  for (const filter of filters) {
    for (const sort of ['scheduled', 'delay', 'driver', 'distance', 'status'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        it(`${filter.outcome ?? 'all'} by ${sort} ${dir}: every page, from both ends`, () => {
          const rows = all(filter);
          const order = expectedOrder(rows, sort, dir);
          const total = order.length;
          expect(total).toBeGreaterThan(10);
          for (const limit of [1, 7, 25]) {
            for (let offset = 0; offset < total + limit; offset += limit) {
              const page = getTrips(t.db, { filter, sort, dir, offset, limit, settings });
              expect(page.total).toBe(total);
              expect(
                page.rows.map((r) => r.id),
                `offset ${offset} limit ${limit}`,
              ).toEqual(order.slice(offset, offset + limit));
            }
          }
          // The page just past the middle (read from the far end) holds whole rows, like any other.
          const mid = getTrips(t.db, { filter, sort, dir, offset: Math.ceil(total / 2), limit: 3, settings });
          const byId = new Map(rows.map((r) => [r.id, r]));
          expect(mid.rows).toEqual(mid.rows.map((r) => byId.get(r.id)));
        });
      }
    }
  }

  it('deleted bookings are in no page and no total', () => {
    const rows = all(range);
    expect(rows).toHaveLength(131);
    expect(new Set(rows.map((r) => r.id)).size).toBe(131);
  });
});
