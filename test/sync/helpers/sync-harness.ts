// A demo dispatch server on 127.0.0.1 plus a fresh store, wired to a real sync client and sync service.
import { createDemoDataset } from '../../../src/main/demo/demo-generator';
import {
  startDemoServer,
  type DemoServer,
  type DemoServerOptions,
} from '../../../src/main/demo-server/demo-server';
import { addDays, todayIn } from '../../../src/shared/time';
import { createAtmrClient, type AtmrClientOptions } from '../../../src/main/sync/atmr-client';
import { createSyncService, type SyncServiceOptions } from '../../../src/main/sync/sync-service';
import { createTestDb, type TestDb } from '../../helpers/test-db';

export const CREDENTIALS = { email: 'sync-test@dispatch.local', password: 'sync-test-password' };
export const ZONE = 'Europe/Zurich';

export interface Harness {
  server: DemoServer;
  today: string;
  now: () => number;
  close(): Promise<void>;
}

export async function startHarness(
  opts: {
    days?: number;
    bookingsPerDay?: number;
    now?: () => number;
    server?: Partial<DemoServerOptions>;
  } = {},
): Promise<Harness> {
  const now = opts.now ?? Date.now;
  const today = todayIn(ZONE, now());
  const dataset = createDemoDataset({
    seed: 7,
    days: opts.days ?? 20,
    endDay: addDays(today, -1),
    bookingsPerDay: opts.bookingsPerDay ?? 30,
    timeZone: ZONE,
  });
  const server = await startDemoServer({ dataset, now, credentials: CREDENTIALS, seed: 7, ...opts.server });
  return { server, today, now, close: () => server.close() };
}

export function clientFor(h: Harness, extra: Partial<AtmrClientOptions> = {}) {
  return createAtmrClient({
    baseUrl: h.server.url,
    email: CREDENTIALS.email,
    getPassword: async () => CREDENTIALS.password,
    now: h.now,
    timeoutMs: 5_000,
    retry: { baseDelayMs: 20, maxDelayMs: 200 },
    ...extra,
  });
}

export function serviceFor(h: Harness, db: TestDb, extra: Partial<SyncServiceOptions> = {}) {
  return createSyncService({
    db: db.db,
    client: clientFor(h),
    now: h.now,
    settings: { historyDays: 10, windowDays: 3 },
    timeZone: ZONE,
    ...extra,
  });
}

export { createTestDb, type TestDb };

export function metricsRows(db: TestDb): unknown[] {
  return db.sqlite
    .prepare(
      `SELECT date, dispatch_run_id, total_bookings, on_time_bookings, delayed_bookings, cancelled_bookings,
              average_delay_minutes, max_delay_minutes, total_delay_minutes, active_drivers, total_distance_km,
              quality_score FROM dispatch_metrics ORDER BY date`,
    )
    .all();
}
