import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { DEMO_COMPANY_ID, DemoStoreConflictError, seedDemo } from '../../src/main/demo/seed-demo';
import { getCompany, upsertCompany } from '../../src/main/store/repos/company-repo';
import { listDrivers } from '../../src/main/store/repos/drivers-repo';
import { listSyncedDays } from '../../src/main/store/repos/sync-state-repo';

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.dispose());

const count = (table: string) =>
  (t.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const opts = { seed: 2, days: 21, endDay: '2026-03-15', now: 1_000, settings: DEFAULT_ANALYTICS_SETTINGS };

describe('seedDemo', () => {
  it('writes company, drivers and every day through the sync path, then aggregates', () => {
    const res = seedDemo(t.db, opts);
    expect(res).toMatchObject({ from: '2026-02-23', to: '2026-03-15', days: 21 });
    expect(getCompany(t.db)).toMatchObject({ id: DEMO_COMPANY_ID, timeZone: 'Europe/Zurich' });
    expect(listDrivers(t.db, DEMO_COMPANY_ID).length).toBeGreaterThanOrEqual(25);
    expect(count('bookings')).toBe(res.bookings);
    expect(listSyncedDays(t.db, DEMO_COMPANY_ID).size).toBe(21);
    expect(count('dispatch_metrics')).toBe(21);
    expect(count('daily_stats')).toBe(21);
  });

  it('is idempotent, and aggregate: false writes the days only', () => {
    const first = seedDemo(t.db, { ...opts, aggregate: false });
    expect(count('daily_stats')).toBe(0);
    const again = seedDemo(t.db, opts);
    expect(again.bookings).toBe(first.bookings);
    expect(count('bookings')).toBe(first.bookings);
    expect(t.sqlite.prepare('SELECT count(*) AS n FROM bookings WHERE deleted_at IS NOT NULL').get()).toEqual(
      { n: 0 },
    );
  });

  it('refuses a store that holds another company, writing nothing', () => {
    upsertCompany(t.db, { id: 3, name: 'Taxi Léman SA', serviceArea: null }, { now: 1 });
    expect(() => seedDemo(t.db, opts)).toThrow(DemoStoreConflictError);
    expect(count('bookings')).toBe(0);
    expect(count('drivers')).toBe(0);
  });
});
