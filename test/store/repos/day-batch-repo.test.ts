import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../helpers/test-db';
import { DayBatchError, writeDayBatch } from '../../../src/main/store/repos/day-batch-repo';
import { batch, booking, COMPANY } from '../day-batch-fixtures';

const TZ = 'Europe/Zurich';
let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.dispose());

const rows = (sql: string, ...params: unknown[]) =>
  t.sqlite.prepare(sql).all(...params) as Record<string, unknown>[];
const one = (sql: string, ...params: unknown[]) =>
  t.sqlite.prepare(sql).get(...params) as Record<string, unknown>;

describe('writeDayBatch', () => {
  it('stores bookings with their local day and the instant of the naive local time', () => {
    const res = writeDayBatch(
      t.db,
      batch('2025-03-14', [booking(1, '2025-03-14T08:30:00'), booking(2, '2025-07-01T08:30:00.250')]),
      { now: 1000, timeZone: TZ },
    );
    expect(res).toEqual({ bookings: 2, assignments: 2, deleted: 0 });
    const b1 = one('SELECT * FROM bookings WHERE id = 1');
    expect(b1.day).toBe('2025-03-14');
    expect(b1.scheduled_local).toBe('2025-03-14T08:30:00');
    expect(b1.scheduled_at).toBe(Date.UTC(2025, 2, 14, 7, 30)); // CET = UTC+1
    expect(b1.synced_at).toBe(1000);
    expect(b1.is_round_trip).toBe(0);
    // A booking of another local day is stored under its own day, in summer time (UTC+2), keeping sub-seconds.
    const b2 = one('SELECT day, scheduled_at FROM bookings WHERE id = 2');
    expect(b2).toEqual({ day: '2025-07-01', scheduled_at: Date.UTC(2025, 6, 1, 6, 30) + 250 });
    expect(one('SELECT count(*) AS n FROM assignments').n).toBe(2);
    expect(one('SELECT * FROM dispatch_runs')).toMatchObject({
      id: 58,
      day: '2025-03-14',
      status: 'completed',
    });
  });

  it('moves a time in the spring DST gap forward by the gap', () => {
    writeDayBatch(t.db, batch('2025-03-30', [booking(1, '2025-03-30T02:30:00')]), { now: 1, timeZone: TZ });
    // 02:30 does not exist in Zurich that night; 03:30 CEST = 01:30 UTC.
    expect(one('SELECT scheduled_at FROM bookings').scheduled_at).toBe(Date.UTC(2025, 2, 30, 1, 30));
  });

  it('upserts by server id without touching other rows, and counts nothing as deleted', () => {
    writeDayBatch(
      t.db,
      batch('2025-03-14', [booking(1, '2025-03-14T08:30:00'), booking(2, '2025-03-14T09:00:00')]),
      {
        now: 1,
        timeZone: TZ,
      },
    );
    const again = batch('2025-03-14', [
      booking(1, '2025-03-14T08:45:00', { status: 'canceled', driverId: null }),
      booking(2, '2025-03-14T09:00:00'),
    ]);
    const res = writeDayBatch(t.db, again, { now: 2, timeZone: TZ });
    expect(res.deleted).toBe(0);
    expect(
      rows('SELECT id, status, driver_id, scheduled_local, synced_at FROM bookings ORDER BY id'),
    ).toEqual([
      { id: 1, status: 'canceled', driver_id: null, scheduled_local: '2025-03-14T08:45:00', synced_at: 2 },
      { id: 2, status: 'completed', driver_id: 7, scheduled_local: '2025-03-14T09:00:00', synced_at: 2 },
    ]);
    expect(one('SELECT count(*) AS n FROM bookings').n).toBe(2);
  });

  it('marks bookings absent from a re-read as deleted, only on that company-day, and undeletes them later', () => {
    writeDayBatch(
      t.db,
      batch('2025-03-14', [booking(1, '2025-03-14T08:30:00'), booking(2, '2025-03-14T09:00:00')]),
      {
        now: 1,
        timeZone: TZ,
      },
    );
    writeDayBatch(t.db, batch('2025-03-15', [booking(3, '2025-03-15T08:00:00')], { run: null }), {
      now: 1,
      timeZone: TZ,
    });
    const res = writeDayBatch(t.db, batch('2025-03-14', [booking(1, '2025-03-14T08:30:00')]), {
      now: 5,
      timeZone: TZ,
    });
    expect(res.deleted).toBe(1);
    expect(rows('SELECT id, deleted_at FROM bookings ORDER BY id')).toEqual([
      { id: 1, deleted_at: null },
      { id: 2, deleted_at: 5 },
      { id: 3, deleted_at: null },
    ]);
    // Writing the same day again does not re-count an already deleted booking.
    expect(
      writeDayBatch(t.db, batch('2025-03-14', [booking(1, '2025-03-14T08:30:00')]), { now: 6, timeZone: TZ })
        .deleted,
    ).toBe(0);
    expect(one('SELECT deleted_at FROM bookings WHERE id = 2').deleted_at).toBe(5);

    writeDayBatch(
      t.db,
      batch('2025-03-14', [booking(1, '2025-03-14T08:30:00'), booking(2, '2025-03-14T09:00:00')]),
      {
        now: 7,
        timeZone: TZ,
      },
    );
    expect(one('SELECT deleted_at FROM bookings WHERE id = 2').deleted_at).toBeNull();
  });

  it('an empty batch marks every stored booking of the day deleted', () => {
    writeDayBatch(t.db, batch('2025-03-14', [booking(1, '2025-03-14T08:30:00')]), { now: 1, timeZone: TZ });
    expect(writeDayBatch(t.db, batch('2025-03-14', []), { now: 2, timeZone: TZ }).deleted).toBe(1);
  });

  it('writes the sync_days row in the same transaction', () => {
    writeDayBatch(
      t.db,
      batch('2025-03-14', [booking(1, '2025-03-14T08:30:00'), booking(2, '2025-03-14T09:00:00')]),
      {
        now: 10,
        timeZone: TZ,
      },
    );
    writeDayBatch(t.db, batch('2025-03-14', [booking(1, '2025-03-14T08:30:00')]), { now: 20, timeZone: TZ });
    expect(rows('SELECT * FROM sync_days')).toEqual([
      {
        company_id: COMPANY,
        day: '2025-03-14',
        synced_at: 20,
        bookings_count: 1,
        assignments_count: 1,
        deleted_count: 1,
      },
    ]);
  });

  it('keeps one run per company-day: a run under a new id replaces the old one; a null run keeps it', () => {
    const b = [booking(1, '2025-03-14T08:30:00')];
    writeDayBatch(t.db, batch('2025-03-14', b), { now: 1, timeZone: TZ });
    writeDayBatch(t.db, batch('2025-03-14', b, { run: null }), { now: 2, timeZone: TZ });
    expect(rows('SELECT id FROM dispatch_runs')).toEqual([{ id: 58 }]);
    const newRun = {
      id: 59,
      companyId: COMPANY,
      day: '2025-03-14',
      status: 'running' as const,
      createdAt: 1,
      startedAt: null,
      completedAt: null,
    };
    writeDayBatch(t.db, batch('2025-03-14', b, { run: newRun }), { now: 3, timeZone: TZ });
    expect(rows('SELECT id, status, started_at FROM dispatch_runs')).toEqual([
      { id: 59, status: 'running', started_at: null },
    ]);
  });

  it('stores a booking without a scheduled time with no day', () => {
    writeDayBatch(t.db, batch('2025-03-14', [booking(1, null)]), { now: 1, timeZone: TZ });
    expect(one('SELECT day, scheduled_at FROM bookings')).toEqual({ day: null, scheduled_at: null });
  });

  it.each([
    ['a bad scheduled time', [booking(1, '2025-03-14T08:30:00'), booking(2, '2025-13-01T08:00:00')]],
    [
      'an unknown status',
      [booking(1, '2025-03-14T08:30:00'), booking(2, '2025-03-14T08:00:00', { status: 'lost' as never })],
    ],
    ['a duplicate id', [booking(1, '2025-03-14T08:30:00'), booking(1, '2025-03-14T08:00:00')]],
    [
      'another company',
      [booking(1, '2025-03-14T08:30:00'), booking(2, '2025-03-14T08:00:00', { companyId: 4 })],
    ],
    [
      'a NaN distance',
      [booking(1, '2025-03-14T08:30:00'), booking(2, '2025-03-14T08:00:00', { distanceMeters: NaN })],
    ],
  ])('refuses %s and writes nothing, keeping the previous state', (_what, bookings) => {
    writeDayBatch(
      t.db,
      batch('2025-03-14', [booking(1, '2025-03-14T07:00:00'), booking(9, '2025-03-14T07:00:00')]),
      {
        now: 1,
        timeZone: TZ,
      },
    );
    const before = rows('SELECT * FROM bookings ORDER BY id');
    expect(() => writeDayBatch(t.db, batch('2025-03-14', bookings), { now: 2, timeZone: TZ })).toThrow(
      DayBatchError,
    );
    expect(rows('SELECT * FROM bookings ORDER BY id')).toEqual(before);
    expect(one('SELECT synced_at FROM sync_days').synced_at).toBe(1);
  });

  it('rolls back everything when the database refuses a row mid-transaction', () => {
    writeDayBatch(t.db, batch('2025-03-14', [booking(1, '2025-03-14T07:00:00')]), { now: 1, timeZone: TZ });
    // A trigger makes the second booking fail inside SQLite, after the first row and the run were written.
    t.sqlite.exec(`CREATE TRIGGER refuse_42 BEFORE INSERT ON bookings WHEN NEW.id = 42
                   BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    const bad = batch('2025-03-14', [booking(2, '2025-03-14T08:00:00'), booking(42, '2025-03-14T09:00:00')], {
      run: {
        id: 77,
        companyId: COMPANY,
        day: '2025-03-14',
        status: 'completed',
        createdAt: 1,
        startedAt: 1,
        completedAt: 1,
      },
    });
    expect(() => writeDayBatch(t.db, bad, { now: 2, timeZone: TZ })).toThrow(/refused/);
    expect(rows('SELECT id, deleted_at FROM bookings')).toEqual([{ id: 1, deleted_at: null }]);
    expect(rows('SELECT id FROM dispatch_runs')).toEqual([{ id: 58 }]);
    expect(one('SELECT count(*) AS n FROM assignments').n).toBe(1);
  });

  it('refuses an unknown time zone and a run of another day', () => {
    expect(() => writeDayBatch(t.db, batch('2025-03-14', []), { now: 1, timeZone: 'Mars/Olympus' })).toThrow(
      /time zone/,
    );
    const wrongRun = batch('2025-03-14', [], {
      run: {
        id: 1,
        companyId: COMPANY,
        day: '2025-03-15',
        status: 'completed',
        createdAt: null,
        startedAt: null,
        completedAt: null,
      },
    });
    expect(() => writeDayBatch(t.db, wrongRun, { now: 1, timeZone: TZ })).toThrow(DayBatchError);
    expect(one('SELECT count(*) AS n FROM sync_days').n).toBe(0);
  });
});
