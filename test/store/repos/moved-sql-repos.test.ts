// The repositories that took the SQL formerly written in api/, sync/ and cli/: each against a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../helpers/test-db';
import { writeDayBatch } from '../../../src/main/store/repos/day-batch-repo';
import { otherDaysHoldingBookings } from '../../../src/main/store/repos/booking-days-repo';
import { storeContents } from '../../../src/main/store/repos/store-contents-repo';
import {
  dataSourceId,
  plannedSwitch,
  recordedDataSource,
  replaceDataSource,
  switchDataSource,
} from '../../../src/main/store/repos/data-source-repo';
import {
  failRunningSyncLogs,
  finishSyncLog,
  lastSyncLogEntry,
  startSyncLog,
} from '../../../src/main/store/repos/sync-state-repo';
import { batch, booking } from '../day-batch-fixtures';

const ZONE = { now: 1, timeZone: 'Europe/Zurich' };
let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.dispose());

describe('booking days repo', () => {
  it('names the other days under which the store holds some of the bookings', () => {
    writeDayBatch(t.db, batch('2025-03-14', [booking(1, '2025-03-14T08:00:00')]), ZONE);
    writeDayBatch(t.db, batch('2025-03-15', [booking(2, '2025-03-15T08:00:00')]), ZONE);
    expect(otherDaysHoldingBookings(t.db, [1, 2, 99], '2025-03-15')).toEqual(['2025-03-14']);
    expect(otherDaysHoldingBookings(t.db, [2], '2025-03-15')).toEqual([]);
    expect(otherDaysHoldingBookings(t.db, [], '2025-03-15')).toEqual([]);
  });
});

describe('store contents repo', () => {
  it('counts live bookings and aggregated days', () => {
    expect(storeContents(t.db)).toEqual({ bookings: 0, stats: 0 });
    writeDayBatch(t.db, batch('2025-03-14', [booking(1, '2025-03-14T08:00:00')]), ZONE);
    expect(storeContents(t.db)).toEqual({ bookings: 1, stats: 0 });
  });
});

describe('sync state repo: log entries', () => {
  it('returns the newest entry and closes only the running ones as failed', () => {
    expect(lastSyncLogEntry(t.db)).toBeNull();
    const done = startSyncLog(t.db, { startedAt: 10, server: null, fromDay: null, toDay: null });
    finishSyncLog(t.db, done, {
      finishedAt: 11,
      status: 'success',
      daysSynced: 0,
      bookingsSynced: 0,
      error: null,
    });
    const running = startSyncLog(t.db, { startedAt: 20, server: null, fromDay: null, toDay: null });
    expect(lastSyncLogEntry(t.db)?.id).toBe(running);
    expect(failRunningSyncLogs(t.db, 30, 'interrupted')).toBe(1);
    expect(lastSyncLogEntry(t.db)).toMatchObject({
      id: running,
      status: 'failed',
      finishedAt: 30,
      error: 'interrupted',
    });
    expect(failRunningSyncLogs(t.db, 40, 'again')).toBe(0);
  });
});

describe('data source repo', () => {
  it('adopts an unrecorded store, then replaces the synced data only for another source', () => {
    writeDayBatch(t.db, batch('2025-03-14', [booking(1, '2025-03-14T08:00:00')]), ZONE);
    const demo = dataSourceId(null);
    const server = dataSourceId({ url: 'https://atmr.example.ch', email: 'Dispatch@Example.ch' });
    expect(server).toBe('server:https://atmr.example.ch|dispatch@example.ch');
    expect(plannedSwitch(t.db, demo)).toBe('adopt');
    expect(switchDataSource(t.db, demo, 1)).toBe(false);
    expect(recordedDataSource(t.db)).toBe('demo');
    expect(storeContents(t.db).bookings).toBe(1);
    expect(plannedSwitch(t.db, demo)).toBe('none');
    expect(plannedSwitch(t.db, server)).toBe('replace');
    expect(switchDataSource(t.db, server, 2)).toBe(true);
    expect(storeContents(t.db).bookings).toBe(0);
    expect(recordedDataSource(t.db)).toBe(server);
  });

  it('replace keeps an unrecorded store unrecorded', () => {
    writeDayBatch(t.db, batch('2025-03-14', [booking(1, '2025-03-14T08:00:00')]), ZONE);
    replaceDataSource(t.db, 'demo', 1);
    expect(storeContents(t.db).bookings).toBe(0);
    expect(recordedDataSource(t.db)).toBeNull();
  });
});
