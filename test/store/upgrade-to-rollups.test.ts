// A store made before the rollups (migrations 0000–0003, as the previous version left it) opened by this version:
// migration 0004 adds the rollup tables; the readers sum the bookings until the first aggregation builds the
// rollups, then answer the same from them. A backup of that older store passes the restore's schema checks.
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { aggregateAll } from '../../src/main/aggregation/aggregate-service';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { migrationsProblem, upgradeAndCompare } from '../../src/main/store/backup-schema-check';
import { defaultMigrationsFolder, openStore, type Db } from '../../src/main/store/open-store';
import { rollupThreshold } from '../../src/main/store/repos/booking-rollup-build-repo';
import { sumBookingsByDayHour, sumBookingsByDriver } from '../../src/main/store/repos/booking-rollups-repo';
import { sumBookingsByFacility } from '../../src/main/store/repos/facility-sums-repo';
import { queryTrips } from '../../src/main/store/repos/trips-repo';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';

const settings = DEFAULT_ANALYTICS_SETTINGS;
const ROLLUP_TABLES = [
  'booking_driver_days',
  'booking_hour_days',
  'booking_facility_days',
  'booking_status_days',
  'booking_delay_days',
  'booking_rollup_state',
];
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The shipped migrations up to 0003 only: the schema of the version before the rollups. */
function migrationsBeforeRollups(): string {
  const folder = join(dir, 'drizzle-0003');
  cpSync(defaultMigrationsFolder(), folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((e) => e.idx <= 3);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

function tablesOf(sqlite: Database.Database): string[] {
  return sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
}

function reads(db: Db) {
  const w = ['2026-01-01', '2026-01-31'] as const;
  return {
    drivers: sumBookingsByDriver(db, 1, ...w, 5),
    hours: sumBookingsByDayHour(db, 1, ...w),
    facilities: sumBookingsByFacility(db, 1, ...w, 5),
    page: queryTrips(db, 1, {
      filter: { from: w[0], to: w[1] },
      sort: 'delay',
      dir: 'desc',
      offset: 100,
      limit: 20,
      onTimeThresholdMinutes: 5,
    }),
  };
}

describe('a store from before the rollups', () => {
  it('is upgraded by 0004, read from the bookings until aggregated, then from equal rollups', () => {
    dir = mkdtempSync(join(tmpdir(), 'da-upgrade-'));
    const path = join(dir, 'dispatch-analytics.sqlite');
    const old = new Database(path);
    migrate(drizzle(old), { migrationsFolder: migrationsBeforeRollups() });
    expect(tablesOf(old)).not.toContain('booking_driver_days');
    seedDemo(drizzle(old) as unknown as Db, {
      seed: 5,
      days: 20,
      bookingsPerDay: 30,
      endDay: '2026-01-20',
      now: 0,
      settings,
      aggregate: false,
    });
    old.close();
    copyFileSync(path, join(dir, 'old-backup.sqlite'));

    const store = openStore(path);
    try {
      expect(tablesOf(store.sqlite)).toEqual(expect.arrayContaining(ROLLUP_TABLES));
      expect(rollupThreshold(store.db, 1)).toBeNull();
      const raw = reads(store.db);
      expect(raw.drivers.length).toBeGreaterThan(3);
      expect(raw.page.rows).toHaveLength(20);
      aggregateAll(store.db, { companyId: 1, now: 1, settings });
      expect(rollupThreshold(store.db, 1)).toBe(5);
      expect(reads(store.db)).toEqual(raw);
    } finally {
      store.close();
    }

    // A backup made by the older version: recognised as this app's, and brought up to the new tables.
    const candidate = new Database(join(dir, 'old-backup.sqlite'));
    try {
      expect(migrationsProblem(candidate, defaultMigrationsFolder())).toBeNull();
    } finally {
      candidate.close();
    }
    expect(upgradeAndCompare(join(dir, 'old-backup.sqlite'), defaultMigrationsFolder())).toBeNull();
  });
});
