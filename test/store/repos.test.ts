import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { getCompany, upsertCompany } from '../../src/main/store/repos/company-repo';
import { listDrivers, upsertDrivers } from '../../src/main/store/repos/drivers-repo';
import { getSetting, setSetting } from '../../src/main/store/repos/settings-repo';
import {
  dataThrough,
  finishSyncLog,
  lastSuccessfulSync,
  listSyncedDays,
  startSyncLog,
} from '../../src/main/store/repos/sync-state-repo';
import { writeDayBatch } from '../../src/main/store/repos/day-batch-repo';
import type { DriverRecord } from '../../src/main/domain/records';
import { batch, booking, COMPANY } from './day-batch-fixtures';

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.dispose());

const driver = (id: number, fullName: string): DriverRecord => ({
  id,
  companyId: COMPANY,
  fullName,
  firstName: fullName.split(' ')[0] ?? null,
  lastName: fullName.split(' ')[1] ?? null,
  username: null,
  isActive: true,
  isAvailable: true,
  driverType: 'REGULAR',
});

describe('company repo', () => {
  it('returns null on an empty store, then the company; keeps the zone unless one is given', () => {
    expect(getCompany(t.db)).toBeNull();
    upsertCompany(t.db, { id: COMPANY, name: 'Taxi Léman SA', serviceArea: 'Genève' }, { now: 1 });
    expect(getCompany(t.db)).toEqual({
      id: COMPANY,
      name: 'Taxi Léman SA',
      timeZone: 'Europe/Zurich',
      serviceArea: 'Genève',
      syncedAt: 1,
    });
    upsertCompany(
      t.db,
      { id: COMPANY, name: 'Taxi Léman', serviceArea: null },
      { now: 2, timeZone: 'Europe/Paris' },
    );
    upsertCompany(t.db, { id: COMPANY, name: 'Taxi Léman', serviceArea: null }, { now: 3 });
    expect(getCompany(t.db)).toMatchObject({
      name: 'Taxi Léman',
      timeZone: 'Europe/Paris',
      serviceArea: null,
      syncedAt: 3,
    });
  });
});

describe('drivers repo', () => {
  it('upserts drivers and marks the ones no longer listed inactive instead of deleting them', () => {
    upsertDrivers(t.db, COMPANY, [driver(1, 'Marc Rossi'), driver(2, 'Anne Blanc')], 1);
    upsertDrivers(t.db, COMPANY, [driver(2, 'Anne Blanc-Morel')], 2);
    expect(listDrivers(t.db, COMPANY).map((d) => [d.id, d.fullName, d.isActive, d.syncedAt])).toEqual([
      [2, 'Anne Blanc-Morel', true, 2],
      [1, 'Marc Rossi', false, 2],
    ]);
    upsertDrivers(t.db, COMPANY, [], 3);
    expect(listDrivers(t.db, COMPANY).every((d) => !d.isActive)).toBe(true);
    expect(listDrivers(t.db, 99)).toEqual([]);
  });
});

describe('settings repo', () => {
  it('round-trips JSON values and falls back when missing or unreadable', () => {
    expect(getSetting(t.db, 'ui', { language: 'fr' })).toEqual({ language: 'fr' });
    setSetting(t.db, 'ui', { language: 'en', theme: 'dark' }, 1);
    setSetting(t.db, 'ui', { language: 'en', theme: 'light' }, 2);
    expect(getSetting(t.db, 'ui', null)).toEqual({ language: 'en', theme: 'light' });
    setSetting(t.db, 'server', null, 3);
    expect(getSetting(t.db, 'server', { url: 'x' })).toBeNull();
    t.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('broken', '{nope', 1)").run();
    expect(getSetting(t.db, 'broken', 42)).toBe(42);
  });
});

describe('sync state repo', () => {
  it('lists synced days and the data horizon', () => {
    expect(dataThrough(t.db, COMPANY)).toBeNull();
    writeDayBatch(t.db, batch('2025-03-15', [booking(2, '2025-03-15T08:00:00')]), {
      now: 5,
      timeZone: 'Europe/Zurich',
    });
    writeDayBatch(t.db, batch('2025-03-14', [booking(1, '2025-03-14T08:00:00')], { run: null }), {
      now: 6,
      timeZone: 'Europe/Zurich',
    });
    expect([...listSyncedDays(t.db, COMPANY)]).toEqual([
      ['2025-03-14', { syncedAt: 6, bookingsCount: 1 }],
      ['2025-03-15', { syncedAt: 5, bookingsCount: 1 }],
    ]);
    expect(dataThrough(t.db, COMPANY)).toBe('2025-03-15');
    expect(dataThrough(t.db, 99)).toBeNull();
  });

  it('logs sync attempts and finds the last successful one', () => {
    expect(lastSuccessfulSync(t.db)).toBeNull();
    const a = startSyncLog(t.db, {
      startedAt: 10,
      server: 'https://x',
      fromDay: '2025-03-01',
      toDay: '2025-03-14',
    });
    finishSyncLog(t.db, a, {
      finishedAt: 20,
      status: 'success',
      daysSynced: 14,
      bookingsSynced: 500,
      error: null,
    });
    const b = startSyncLog(t.db, { startedAt: 30, server: 'https://x', fromDay: null, toDay: null });
    finishSyncLog(t.db, b, {
      finishedAt: 40,
      status: 'failed',
      daysSynced: 0,
      bookingsSynced: 0,
      error: 'offline',
    });
    startSyncLog(t.db, { startedAt: 50, server: null, fromDay: null, toDay: null });
    expect(b).toBeGreaterThan(a);
    expect(lastSuccessfulSync(t.db)).toMatchObject({
      id: a,
      finishedAt: 20,
      status: 'success',
      daysSynced: 14,
      bookingsSynced: 500,
    });
  });
});
