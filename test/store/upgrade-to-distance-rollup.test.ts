// A store whose rollups were built before 0007 (no per-kilometre counts yet) upgrades with them filled from its
// live bookings, as the aggregation would have counted them: its trips sorted by distance page through the
// counts at once, with the same rows as the plain ORDER BY.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { aggregateAll } from '../../src/main/aggregation/aggregate-service';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { openStore } from '../../src/main/store/open-store';
import { pageIdsByCells } from '../../src/main/store/repos/trips-page-cells-repo';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';

const dir = mkdtempSync(join(tmpdir(), 'da-distance-upgrade-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COUNTS = 'SELECT company_id, day, km, bookings FROM booking_distance_days ORDER BY company_id, day, km';

describe('upgrading to the per-kilometre counts (0007)', () => {
  it('fills them from the live bookings, equal to what the aggregation writes', () => {
    const path = join(dir, 'dispatch-analytics.sqlite');
    const store = openStore(path);
    const settings = DEFAULT_ANALYTICS_SETTINGS;
    const { from, to } = seedDemo(store.db, {
      seed: 9,
      days: 6,
      bookingsPerDay: 30,
      endDay: '2026-03-20',
      now: 0,
      settings,
    });
    store.sqlite.prepare('UPDATE bookings SET distance_meters = NULL WHERE id % 9 = 0').run();
    store.sqlite.prepare('UPDATE bookings SET deleted_at = 1 WHERE id % 11 = 0').run();
    aggregateAll(store.db, { companyId: 1, now: 0, settings });
    const aggregated = store.sqlite.prepare(COUNTS).all();
    expect(aggregated.length).toBeGreaterThan(20);
    store.close();

    // The store as 0006 left it: no table, no index, the migration not recorded.
    const raw = new Database(path);
    raw.exec(`DROP INDEX bookings_live_distance_idx; DROP TABLE booking_distance_days;
      DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)`);
    raw.close();

    const upgraded = openStore(path);
    try {
      expect(upgraded.sqlite.prepare(COUNTS).all()).toEqual(aggregated);
      const q = {
        filter: { from, to },
        sort: 'distance' as const,
        dir: 'desc' as const,
        offset: 5,
        limit: 20,
      };
      expect(pageIdsByCells(upgraded.db, 1, q)?.ids).toEqual(
        upgraded.sqlite
          .prepare(
            `SELECT id FROM bookings WHERE company_id = 1 AND day BETWEEN ? AND ? AND deleted_at IS NULL
             ORDER BY (distance_meters IS NULL), distance_meters DESC, day DESC, scheduled_at DESC, id DESC
             LIMIT 20 OFFSET 5`,
          )
          .pluck()
          .all(from, to),
      );
    } finally {
      upgraded.close();
    }
  });
});
