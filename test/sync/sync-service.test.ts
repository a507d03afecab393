// The sync service against the demo dispatch server over real HTTP on 127.0.0.1.
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/main/analytics/time-zone';
import { getSetting } from '../../src/main/store/repos/settings-repo';
import { dataThrough, lastSuccessfulSync, listSyncedDays } from '../../src/main/store/repos/sync-state-repo';
import type { SyncError } from '../../src/main/sync/sync-errors';
import { SyncPayloadError } from '../../src/main/sync/sync-errors';
import type { SyncProgressEvent } from '../../src/main/sync/sync-service';
import { translateMessage } from '../../src/shared/i18n';
import {
  clientFor,
  createTestDb,
  metricsRows,
  serviceFor,
  startHarness,
  type Harness,
  type TestDb,
} from './helpers/sync-harness';

let harness: Harness | null = null;
let db: TestDb | null = null;
afterEach(async () => {
  await harness?.close();
  db?.dispose();
  harness = null;
  db = null;
});

describe('sync service', () => {
  it('first sync backfills history through tomorrow; the next one re-reads the window only', async () => {
    harness = await startHarness();
    db = createTestDb();
    const events: SyncProgressEvent[] = [];
    const service = serviceFor(harness, db, { onProgress: (p) => events.push(p) });
    const first = await service.run();
    expect(first).toMatchObject({ status: 'success', kind: 'backfill', daysPlanned: 11, daysSynced: 11 });
    expect(first.from).toBe(addDays(harness.today, -9));
    expect(first.to).toBe(addDays(harness.today, 1));
    expect(first.bookingsSynced).toBeGreaterThan(100);
    const stored = db.sqlite.prepare('SELECT count(*) AS n FROM bookings WHERE deleted_at IS NULL').get() as {
      n: number;
    };
    expect(stored.n).toBe(first.bookingsSynced);
    expect(listSyncedDays(db.db, 1).size).toBe(11);
    expect(dataThrough(db.db, 1)).toBe(addDays(harness.today, 1));
    expect(lastSuccessfulSync(db.db)?.daysSynced).toBe(11);
    expect(metricsRows(db).length).toBeGreaterThanOrEqual(10);
    // The runs' assignments are stored, and each one belongs to a stored booking.
    const store = db;
    const count = (sql: string) => (store.sqlite.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM assignments')).toBeGreaterThan(0);
    expect(
      count(
        'SELECT count(*) AS n FROM assignments a LEFT JOIN bookings b ON b.id = a.booking_id WHERE b.id IS NULL',
      ),
    ).toBe(0);
    expect(
      (db.sqlite.prepare('SELECT count(*) AS n FROM dispatch_runs').get() as { n: number }).n,
    ).toBeGreaterThan(5);
    expect((db.sqlite.prepare('SELECT count(*) AS n FROM drivers').get() as { n: number }).n).toBeGreaterThan(
      5,
    );
    // Progress: every day once, in order, with a running booking count.
    const dayEvents = events.filter((e) => e.phase === 'day');
    expect(dayEvents.map((e) => e.dayIndex)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(dayEvents.at(-1)?.bookingsSoFar).toBe(first.bookingsSynced);
    expect(events.at(-1)?.phase).toBe('done');
    expect(getSetting(db.db, 'sync.pending-aggregation', null)).toEqual({});

    const second = await service.run();
    // The 3-day window (today-2 … today) and tomorrow.
    expect(second).toMatchObject({ status: 'success', kind: 'incremental', daysSynced: 4 });
    expect(second.from).toBe(addDays(harness.today, -2));
  });

  it('bookings that vanish from the server are marked deleted and the metrics recomputed', async () => {
    harness = await startHarness();
    db = createTestDb();
    const service = serviceFor(harness, db);
    await service.run();
    const day = addDays(harness.today, -1);
    const before = db.sqlite
      .prepare('SELECT total_bookings FROM dispatch_metrics WHERE date = ?')
      .get(day) as { total_bookings: number };
    const batch = (await import('../../src/main/demo/demo-generator'))
      .createDemoDataset({
        seed: 7,
        days: 20,
        endDay: day,
        bookingsPerDay: 30,
        timeZone: 'Europe/Zurich',
      })
      .dayBatch(day);
    const kept = batch.bookings.slice(0, batch.bookings.length - 4);
    harness.server.setDay(day, {
      ...batch,
      bookings: kept,
      assignments: batch.assignments.filter((a) => kept.some((b) => b.id === a.bookingId)),
    });
    const res = await service.run();
    expect(res.bookingsDeleted).toBe(4);
    const after = db.sqlite
      .prepare('SELECT total_bookings FROM dispatch_metrics WHERE date = ?')
      .get(day) as { total_bookings: number };
    expect(before.total_bookings - after.total_bookings).toBe(4);
    const deleted = db.sqlite
      .prepare('SELECT count(*) AS n FROM bookings WHERE day = ? AND deleted_at IS NOT NULL')
      .get(day) as { n: number };
    expect(deleted.n).toBe(4);
  });

  it('a day with more than 500 bookings is read over several pages', async () => {
    harness = await startHarness({ server: { unstableTies: true } });
    db = createTestDb();
    const day = addDays(harness.today, -2);
    const { createDemoDataset } = await import('../../src/main/demo/demo-generator');
    const big = createDemoDataset({
      seed: 9,
      days: 1,
      endDay: day,
      bookingsPerDay: 1500,
      timeZone: 'Europe/Zurich',
    }).dayBatch(day);
    harness.server.setDay(day, {
      ...big,
      companyId: 1,
      bookings: big.bookings.map((b) => ({ ...b, companyId: 1 })),
      run: big.run && { ...big.run, companyId: 1 },
    });
    const res = await serviceFor(harness, db).run({ from: day, to: day });
    expect(res.bookingsSynced).toBe(big.bookings.length);
    expect(big.bookings.length).toBeGreaterThan(500);
    const pages = harness.server.stats().byPath['/api/v1/companies/me/reservations'];
    expect(pages).toBeGreaterThanOrEqual(2);
  });

  it('a malformed payload names endpoint, day and field, and that day is not written', async () => {
    harness = await startHarness();
    db = createTestDb();
    const bad = addDays(harness.today, -3);
    harness.server.inject((req) =>
      req.path === '/api/v1/companies/me/reservations' && req.query.get('date') === bad
        ? {
            status: 200,
            body: {
              reservations: [{ id: 1, status: 'completed', scheduled_time: 'abc' }],
              total: 1,
              page: 1,
              per_page: 500,
              total_pages: 1,
            },
          }
        : undefined,
    );
    const err = (await serviceFor(harness, db)
      .run()
      .catch((e: unknown) => e)) as SyncPayloadError;
    expect(err).toBeInstanceOf(SyncPayloadError);
    expect(err.message).toBe(
      `reservations ${bad}: reservations[0].scheduled_time: expected ISO local date-time, got "abc"`,
    );
    const synced = listSyncedDays(db.db, 1);
    expect(synced.has(bad)).toBe(false);
    expect(synced.size).toBe(10); // every other day was written
    expect(db.sqlite.prepare('SELECT count(*) AS n FROM bookings WHERE day = ?').get(bad)).toEqual({ n: 0 });
    const log = db.sqlite.prepare('SELECT status, error FROM sync_log ORDER BY id DESC LIMIT 1').get() as {
      status: string;
      error: string;
    };
    expect(log.status).toBe('failed');
    expect(log.error).toContain('scheduled_time');
    // The server is fixed: the next sync fills the missing day.
    harness.server.inject(() => undefined);
  });

  it('token expiry mid-sync (2 s tokens, production 500s) and 503 bursts: completes, within the login limit', async () => {
    harness = await startHarness({ server: { tokenTtlSeconds: 2, latencyMs: 120, failRate: 0.15 } });
    db = createTestDb();
    // The client's clock runs at half speed (think of a laptop waking from sleep), so it keeps using tokens the
    // server already considers expired: those calls get production's bare 500 and must be re-logged in.
    const start = Date.now();
    const slowNow = () => start + (Date.now() - start) / 2;
    let expired500 = 0;
    const countingFetch = async (input: string, init?: RequestInit) => {
      const res = await fetch(input, init);
      if (res.status === 500 && !input.includes('/auth/login')) expired500++;
      return res;
    };
    const client = clientFor(harness, { now: slowNow, fetch: countingFetch });
    const res = await serviceFor(harness, db, {
      client,
      settings: { historyDays: 15, windowDays: 3, concurrency: 1 },
    }).run();
    expect(res.status).toBe('success');
    expect(expired500).toBeGreaterThanOrEqual(1);
    const stats = harness.server.stats();
    expect(stats.logins).toBeGreaterThanOrEqual(2);
    expect(stats.loginAttempts).toBeLessThanOrEqual(5);
  });

  it('dev-mode server: expiry answered 401 token_expired, also handled by one re-login', async () => {
    harness = await startHarness({ server: { mode: 'dev', tokenTtlSeconds: 2, latencyMs: 100 } });
    db = createTestDb();
    const res = await serviceFor(harness, db, {
      settings: { historyDays: 15, windowDays: 3, concurrency: 1 },
    }).run();
    expect(res.status).toBe('success');
    expect(harness.server.stats().logins).toBeGreaterThanOrEqual(2);
    expect(harness.server.stats().loginAttempts).toBeLessThanOrEqual(5);
  });

  it('cancellation stops between days and leaves whole days', async () => {
    harness = await startHarness({ server: { latencyMs: 30 } });
    db = createTestDb();
    const abort = new AbortController();
    const service = serviceFor(harness, db, { settings: { historyDays: 10, windowDays: 3, concurrency: 1 } });
    const res = await service.run({
      signal: abort.signal,
      onProgress: (p) => {
        if (p.phase === 'day' && p.dayIndex === 3) abort.abort();
      },
    });
    expect(res.status).toBe('cancelled');
    expect(res.daysSynced).toBe(3);
    expect(listSyncedDays(db.db, 1).size).toBe(3);
    const log = db.sqlite.prepare('SELECT status FROM sync_log ORDER BY id DESC LIMIT 1').get();
    expect(log).toEqual({ status: 'cancelled' });
    // The next sync completes the history.
    const next = await service.run();
    expect(next.daysSynced).toBe(11 - 3 + 0 /* missing days */ + 0);
  });

  it('a server crash on every day fails the sync, and no request goes out once it has returned', async () => {
    harness = await startHarness({ server: { latencyMs: 30 } });
    db = createTestDb();
    harness.server.inject((req) =>
      req.path === '/api/v1/companies/me/reservations'
        ? { status: 500, body: { message: 'Internal Server Error' } }
        : undefined,
    );
    let settled = false;
    let startedAfter = 0;
    const inFlight = new Set<{ done: Promise<unknown>; signal: AbortSignal | null | undefined }>();
    const countingFetch = (input: string, init?: RequestInit) => {
      if (settled) startedAfter++;
      const call = fetch(input, init);
      const entry = { done: call.catch(() => undefined), signal: init?.signal };
      inFlight.add(entry);
      void entry.done.then(() => inFlight.delete(entry));
      return call;
    };
    const client = clientFor(harness, { fetch: countingFetch });
    const err = (await serviceFor(harness, db, { client })
      .run()
      .catch((e: unknown) => e)) as SyncError;
    settled = true;
    expect(err.kind).toBe('server');
    expect(err.status).toBe(500);
    // The other days' fetches still in flight when the sync failed must have been aborted (else they would
    // re-login and retry); once they have all ended, nothing new may have started.
    for (const entry of inFlight) expect(entry.signal?.aborted).toBe(true);
    await Promise.all([...inFlight].map((e) => e.done));
    expect(startedAfter).toBe(0);
    expect(harness.server.stats().loginAttempts).toBeLessThanOrEqual(2);
  });

  it('a login answer that is not the expected shape never echoes the token into the error or the sync log', async () => {
    harness = await startHarness();
    db = createTestDb();
    const token = 'Bearer s3cr3t-access-token=.payload.signature';
    harness.server.inject((req) =>
      req.path === '/api/v1/auth/login'
        ? { status: 200, body: { message: 'Connexion réussie', token } }
        : undefined,
    );
    const err = (await serviceFor(harness, db)
      .run()
      .catch((e: unknown) => e)) as SyncError;
    expect(err.kind).toBe('payload');
    expect(err.message).toContain('login');
    const log = db.sqlite.prepare('SELECT error FROM sync_log ORDER BY id DESC LIMIT 1').get() as {
      error: string;
    };
    for (const text of [
      err.message,
      translateMessage('fr', err.userMessage),
      translateMessage('en', err.userMessage),
      log.error,
    ])
      expect(text).not.toContain('s3cr3t');
  });

  it('a re-login that answers garbage mid-sync stops the sync instead of logging in again for every day', async () => {
    harness = await startHarness({ server: { loginLimitPerMinute: 100 } });
    db = createTestDb();
    const crashDay = addDays(harness.today, -7);
    let logins = 0;
    harness.server.inject((req) => {
      if (req.path === '/api/v1/auth/login' && ++logins > 1)
        return { status: 200, body: '<html>Portail</html>' };
      if (req.path === '/api/v1/companies/me/reservations' && req.query.get('date') === crashDay)
        return { status: 500, body: { message: 'Internal Server Error' } };
      return undefined;
    });
    const client = clientFor(harness, { loginLimitPerMinute: 100 });
    const service = serviceFor(harness, db, {
      client,
      settings: { historyDays: 10, windowDays: 3, concurrency: 1 },
    });
    const err = (await service.run().catch((e: unknown) => e)) as SyncPayloadError;
    expect(err).toBeInstanceOf(SyncPayloadError);
    expect(err.endpoint).toBe('login');
    expect(logins).toBe(2);
    expect(listSyncedDays(db.db, 1).size).toBe(2); // the days before the crash are kept
  });

  it('one sync at a time per store', async () => {
    harness = await startHarness({ server: { latencyMs: 20 } });
    db = createTestDb();
    const service = serviceFor(harness, db);
    const first = service.run();
    const err = (await serviceFor(harness, db)
      .run()
      .catch((e: unknown) => e)) as SyncError;
    expect(err.kind).toBe('already-running');
    await first;
  });

  it('offline: a clear error, the store keeps what it had', async () => {
    harness = await startHarness();
    db = createTestDb();
    await serviceFor(harness, db).run();
    const url = harness.server.url;
    await harness.close();
    harness = null;
    const gone = { server: { url }, now: Date.now } as Harness;
    const client = clientFor(gone, { retry: { maxAttempts: 2, baseDelayMs: 5 } });
    const err = (await serviceFor(gone, db, { client })
      .run()
      .catch((e: unknown) => e)) as SyncError;
    expect(err.kind).toBe('offline');
    expect(translateMessage('en', err.userMessage)).toContain('cannot be reached');
    expect(lastSuccessfulSync(db.db)).not.toBeNull();
    expect(metricsRows(db).length).toBeGreaterThan(5);
  });
});
