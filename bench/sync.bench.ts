// A year of bookings synced from the demo dispatch server over loopback HTTP, end to end (login, paging, JSON,
// validation, normalisation, one transaction per day, aggregation once at the end), next to the rate of
// writing the same rows straight into SQLite with the day writer. Target: ≥ 20,000 bookings/s end to end.
// The year is synced twice: from the live demo server (whose rendering competes for the same CPU), then from a
// replay of its recorded answers, which is the client's own rate: a real server runs on another machine.
// BENCH_SYNC_DAYS / BENCH_SYNC_BOOKINGS / BENCH_SYNC_CONCURRENCY scale it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ANALYTICS_SETTINGS } from '../src/shared/analytics-types';
import { addDays, todayIn } from '../src/main/analytics/time-zone';
import { aggregateRange } from '../src/main/aggregation/aggregate-service';
import { createDemoDataset } from '../src/main/demo/demo-generator';
import { startDemoServer } from '../src/main/demo-server/demo-server';
import { openStore } from '../src/main/store/open-store';
import { writeDayBatch } from '../src/main/store/day-writer';
import { upsertCompany } from '../src/main/store/repos/company-repo';
import { upsertDrivers } from '../src/main/store/repos/drivers-repo';
import { createAtmrClient } from '../src/main/sync/atmr-client';
import { createSyncService } from '../src/main/sync/sync-service';
import { timeMs } from './benchmark';
import { startReplayServer } from './sync-replay-server';

const CREDENTIALS = { email: 'bench@dispatch.local', password: 'bench-password-1' };

export async function runSyncBench(log: (line: string) => void): Promise<void> {
  const days = Number(process.env.BENCH_SYNC_DAYS ?? 365);
  const bookingsPerDay = Number(process.env.BENCH_SYNC_BOOKINGS ?? 500);
  const concurrency = Number(process.env.BENCH_SYNC_CONCURRENCY ?? 6);
  const settings = DEFAULT_ANALYTICS_SETTINGS;
  const timeZone = settings.timeZone;
  const now = Date.now();
  const today = todayIn(timeZone, now);
  const dataset = createDemoDataset({ seed: 3, days, bookingsPerDay, endDay: addDays(today, -1), timeZone });
  const from = dataset.days[0]!;
  const to = dataset.days[dataset.days.length - 1]!;
  const dir = mkdtempSync(join(tmpdir(), 'da-bench-sync-'));
  // Fixed clock for the server: its "today" must not move while the year is read.
  const server = await startDemoServer({ dataset, now: () => now, credentials: CREDENTIALS, seed: 3 });
  try {
    // 1. End to end over HTTP, first against the live demo server (recorded on the way), then against the replay
    //    of its answers: same bytes, same requests, without the demo server's rendering on our 2 cores.
    const syncOnce = async (baseUrl: string, file: string) => {
      const store = openStore(join(dir, file));
      const client = createAtmrClient({ baseUrl, email: CREDENTIALS.email, getPassword: async () => CREDENTIALS.password });
      const service = createSyncService({ db: store.db, client, now: Date.now, timeZone, settings: { concurrency } });
      const start = performance.now();
      const result = await service.run({ from, to });
      const ms = performance.now() - start;
      store.close();
      return { result, ms, requests: client.stats().requests };
    };
    const describe = (label: string, r: Awaited<ReturnType<typeof syncOnce>>, target: string) =>
      log(
        `${label}: ${r.result.daysSynced} days, ${r.result.bookingsSynced.toLocaleString('en')} bookings in ` +
          `${(r.ms / 1000).toFixed(2)} s = ${Math.round(r.result.bookingsSynced / (r.ms / 1000)).toLocaleString('en')} ` +
          `bookings/s (${concurrency} days in flight, ${r.requests} requests)${target}`,
      );
    const replay = await startReplayServer(server.url);
    const live = await syncOnce(replay.url, 'live.sqlite');
    describe('end to end, live demo server (its rendering shares our CPU)', live, '');
    replay.setRecording(false);
    const replayed = await syncOnce(replay.url, 'replayed.sqlite');
    await replay.close();
    describe('end to end, replayed server answers', replayed, '   [target ≥ 20,000/s]');
    const e2eMs = replayed.ms;

    // 2. The same rows straight into SQLite (batches generated beforehand, so only the writes are timed).
    const direct = openStore(join(dir, 'direct.sqlite'));
    const batches = dataset.days.map((d) => dataset.dayBatch(d));
    const rows = batches.reduce((n, b) => n + b.bookings.length, 0);
    upsertCompany(direct.db, dataset.company, { now, timeZone });
    upsertDrivers(direct.db, dataset.company.id, dataset.drivers, now);
    const write = timeMs(() => {
      for (const b of batches) writeDayBatch(direct.db, b, { now, timeZone });
    });
    const agg = timeMs(() => aggregateRange(direct.db, { companyId: dataset.company.id, from, to, now, settings }));
    direct.close();
    log(
      `direct writeDayBatch: ${rows.toLocaleString('en')} bookings in ${(write.ms / 1000).toFixed(2)} s = ` +
        `${Math.round(rows / (write.ms / 1000)).toLocaleString('en')} bookings/s; aggregate ${(agg.ms / 1000).toFixed(2)} s`,
    );
    log(`HTTP + validation share of the end-to-end time: ${Math.round((1 - (write.ms + agg.ms) / e2eMs) * 100)} %`);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
