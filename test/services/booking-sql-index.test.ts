// The period reads (per driver, heat map, trips count and sorted pages) must be answered from
// bookings_live_analytics_idx without reading booking rows: that is what makes them fast on a year of bookings,
// and it silently stops the day a query's expression and the indexed one drift apart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDelayHeatmap, getDriverStats, getTrips } from '../../src/main/services/analytics-service';
import {
  LIVE_ANALYTICS_INDEX,
  cancelledSql,
  delaySql,
  scheduledHourSql,
} from '../../src/main/store/booking-sql';
import { DEFAULT_ANALYTICS_SETTINGS, type TripFilter } from '../../src/shared/analytics-types';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { insertBooking, insertCompany, insertDriver } from '../aggregation/store-fixtures';

const settings = DEFAULT_ANALYTICS_SETTINGS;
const range = { from: '2026-03-01', to: '2026-03-31' };

/** Every statement prepared while `fn` runs. */
function capture(t: TestDb, fn: () => void): string[] {
  const seen: string[] = [];
  const original = t.sqlite.prepare.bind(t.sqlite);
  t.sqlite.prepare = ((source: string) => {
    seen.push(source);
    return original(source);
  }) as typeof t.sqlite.prepare;
  try {
    fn();
  } finally {
    t.sqlite.prepare = original;
  }
  return seen;
}

/** Columns of the bookings table (not of an index) the statement reads, from its bytecode. */
function bookingRowReads(t: TestDb, source: string, params: unknown[]): number[] {
  const root = t.sqlite
    .prepare(`SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = 'bookings'`)
    .pluck()
    .get() as number;
  const ops = t.sqlite.prepare(`EXPLAIN ${source}`).all(...params) as {
    opcode: string;
    p1: number;
    p2: number;
  }[];
  const tableCursors = new Set(ops.filter((o) => o.opcode === 'OpenRead' && o.p2 === root).map((o) => o.p1));
  return ops.filter((o) => o.opcode === 'Column' && tableCursors.has(o.p1)).map((o) => o.p2);
}

function dummyParams(source: string): unknown[] {
  return Array.from(source.matchAll(/\?/g), () => 1);
}

describe(LIVE_ANALYTICS_INDEX, () => {
  let t: TestDb;
  beforeEach(() => {
    t = createTestDb();
    insertCompany(t.db);
    insertDriver(t.db, 1, 'Anna Keller');
    insertBooking(t.db, { local: '2026-03-10T08:30:00', lateBy: 400 });
    insertBooking(t.db, { local: '2026-03-10T09:30:00', status: 'canceled' });
  });
  afterEach(() => t.dispose());

  it('the migration built it from the expressions the queries use', () => {
    const sql = t.sqlite
      .prepare(`SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?`)
      .pluck()
      .get(LIVE_ANALYTICS_INDEX) as string;
    for (const expr of [delaySql(''), cancelledSql(''), scheduledHourSql('')]) expect(sql).toContain(expr);
    expect(sql).toMatch(/WHERE deleted_at IS NULL$/);
  });

  it('per-driver figures and the heat map read the index alone', () => {
    let statements = capture(t, () => {
      expect(getDriverStats(t.db, { ...range, settings })).toHaveLength(1);
      expect(getDelayHeatmap(t.db, { ...range, settings })).toHaveLength(2);
    });
    // The drivers' service time needs completed_at, which only the rows hold (docs/analytics.md#service-time):
    // its own statement, read by day; every other figure stays on the index.
    expect(statements.filter((s) => /FROM bookings/.test(s) && /completed_at/.test(s))).toHaveLength(1);
    statements = statements.filter((s) => /FROM bookings/.test(s) && !/completed_at/.test(s));
    expect(statements).toHaveLength(2);
    for (const s of statements) {
      expect(t.sqlite.prepare(`EXPLAIN QUERY PLAN ${s}`).all(...dummyParams(s))).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ detail: expect.stringContaining(LIVE_ANALYTICS_INDEX) }),
        ]),
      );
      expect(bookingRowReads(t, s, dummyParams(s)), s).toEqual([]);
    }
  });

  it('the trips count and the sorted page ids read the index alone, whatever the filter', () => {
    const filters: TripFilter[] = [
      range,
      { ...range, outcome: 'delayed' },
      { ...range, outcome: 'unserved' },
      { ...range, outcome: 'cancelled' },
      { ...range, outcome: 'served', driverId: 1 },
      { ...range, weekday: 1, hour: 8, minDelayMinutes: 3 },
    ];
    for (const filter of filters) {
      for (const sort of ['scheduled', 'delay', 'driver', 'distance'] as const) {
        const statements = capture(t, () => {
          getTrips(t.db, { filter, sort, dir: 'desc', settings });
        }).filter((s) => /FROM bookings/.test(s) && !/customer_name/.test(s));
        expect(statements.length, `${sort} ${JSON.stringify(filter)}`).toBeGreaterThan(0);
        for (const s of statements) {
          expect(bookingRowReads(t, s, dummyParams(s)), `${sort} ${JSON.stringify(filter)}: ${s}`).toEqual(
            [],
          );
        }
      }
    }
  });
});
