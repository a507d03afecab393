// One driver's trips (the Drivers screen's link: a window and a driver) are counted and paged in time order from
// the driver index, which seeks that driver's bookings, never by walking every booking of the window (the other
// filters' index-only reads are checked in booking-sql-index.test.ts). The rows are that driver's, in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTrips } from '../../src/main/services/analytics-service';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { insertBooking, insertCompany, insertDriver } from '../aggregation/store-fixtures';

const settings = DEFAULT_ANALYTICS_SETTINGS;
const range = { from: '2026-03-01', to: '2026-03-31' };
let t: TestDb;

/** The query plan of every bookings statement prepared while `fn` runs. */
function plans(fn: () => void): string[] {
  const seen: string[] = [];
  const original = t.sqlite.prepare.bind(t.sqlite);
  t.sqlite.prepare = ((source: string) => {
    if (/FROM bookings b INDEXED/.test(source)) seen.push(source);
    return original(source);
  }) as typeof t.sqlite.prepare;
  try {
    fn();
  } finally {
    t.sqlite.prepare = original;
  }
  return seen.map((source) =>
    (
      t.sqlite
        .prepare(`EXPLAIN QUERY PLAN ${source}`)
        .all(...Array.from(source.matchAll(/\?/g), () => 1)) as { detail: string }[]
    )
      .map((r) => r.detail)
      .join(' | '),
  );
}

beforeAll(() => {
  t = createTestDb();
  insertCompany(t.db);
  insertDriver(t.db, 1, 'Anna Keller');
  insertDriver(t.db, 2, 'Marc Favre');
  for (let i = 0; i < 30; i++)
    insertBooking(t.db, {
      local: `2026-03-${String(10 + (i % 5)).padStart(2, '0')}T0${i % 10}:15:00`,
      driverId: 1 + (i % 2),
    });
});
afterAll(() => t.dispose());

describe("one driver's trips", () => {
  it('are counted and paged from the driver index', () => {
    for (const sort of ['scheduled', 'driver'] as const) {
      const found = plans(() => {
        getTrips(t.db, {
          filter: { ...range, driverId: 1 },
          sort,
          dir: 'desc',
          offset: 3,
          limit: 5,
          settings,
        });
      });
      expect(found.length, sort).toBeGreaterThan(0);
      for (const plan of found)
        expect(plan, sort).toMatch(/USING (COVERING )?INDEX bookings_live_driver_idx/);
    }
  });

  it('are the rows of that driver in time order, whatever the page', () => {
    const all = getTrips(t.db, {
      filter: { ...range, driverId: 1 },
      sort: 'scheduled',
      dir: 'asc',
      settings,
    });
    expect(all.total).toBe(15);
    const times = all.rows.map((r) => r.scheduled_local!);
    expect(all.rows.every((r) => r.driver_id === 1)).toBe(true);
    expect(times).toEqual([...times].sort());
    const page = getTrips(t.db, {
      filter: { ...range, driverId: 1 },
      sort: 'scheduled',
      dir: 'desc',
      offset: 4,
      limit: 6,
      settings,
    });
    expect(page.rows.map((r) => r.id)).toEqual(
      all.rows
        .map((r) => r.id)
        .reverse()
        .slice(4, 10),
    );
  });
});
