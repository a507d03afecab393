// A year of bookings synced from the live demo dispatch server over loopback HTTP, end to end (login, paging,
// JSON, validation, normalisation, one transaction per day, aggregation once at the end), next to the rate of
// writing the same rows straight into SQLite with the day writer. Target: ≥ 20,000 bookings/s end to end.
// Headline: the demo server in its own thread (as `dispatch-analytics demo-server` runs in its own process),
// its days generated beforehand (a real server's database holds them) but every answer rendered for this
// sync. Secondary lines, labelled: a periodic sync's 14-day window asked again (past days' answers kept), the
// server on the client's own thread (the app's embedded demo), and a replay of recorded answers (the client
// alone). Other work on the machine slows every figure: the core count and the load
// average are printed with them.
// BENCH_SYNC_DAYS / BENCH_SYNC_BOOKINGS / BENCH_SYNC_CONCURRENCY scale it.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ANALYTICS_SETTINGS } from '../src/shared/analytics-types';
import { addDays, todayIn } from '../src/shared/time';
import { aggregateRange } from '../src/main/aggregation/aggregate-service';
import { createDemoDataset } from '../src/main/demo/demo-generator';
import { startDemoServer } from '../src/main/demo-server/demo-server';
import { openStore } from '../src/main/store/open-store';
import { writeDayBatch } from '../src/main/store/repos/day-batch-repo';
import { upsertCompany } from '../src/main/store/repos/company-repo';
import { upsertDrivers } from '../src/main/store/repos/drivers-repo';
import { createAtmrClient } from '../src/main/sync/atmr-client';
import { createSyncService } from '../src/main/sync/sync-service';
import { timeMs } from './benchmark';
import { startDemoServerWorker } from './sync-demo-server-worker';
import { startReplayServer } from './sync-replay-server';

const CREDENTIALS = { email: 'bench@dispatch.local', password: 'bench-password-1' };
const SEED = 3;
const TARGET = 20_000;

export async function runSyncBench(log: (line: string) => void): Promise<void> {
  const days = Number(process.env.BENCH_SYNC_DAYS ?? 365);
  const bookingsPerDay = Number(process.env.BENCH_SYNC_BOOKINGS ?? 500);
  const concurrency = Number(process.env.BENCH_SYNC_CONCURRENCY ?? 6);
  const settings = DEFAULT_ANALYTICS_SETTINGS;
  const timeZone = settings.timeZone;
  // Fixed clock for the servers: their "today" must not move while the year is read.
  const now = Date.now();
  const endDay = addDays(todayIn(timeZone, now), -1);
  const dataset = createDemoDataset({ seed: SEED, days, bookingsPerDay, endDay, timeZone });
  const from = dataset.days[0]!;
  const to = dataset.days[dataset.days.length - 1]!;
  const dir = mkdtempSync(join(tmpdir(), 'da-bench-sync-'));
  const load = () => loadavg()[0]!.toFixed(1);
  log(
    `${availableParallelism()} cores, load average ${load()} at start (other work on the machine slows every figure)`,
  );

  let syncs = 0;
  const syncOnce = async (baseUrl: string, fromDay = from) => {
    const store = openStore(join(dir, `sync-${++syncs}.sqlite`));
    const client = createAtmrClient({
      baseUrl,
      email: CREDENTIALS.email,
      getPassword: async () => CREDENTIALS.password,
    });
    const service = createSyncService({
      db: store.db,
      client,
      now: Date.now,
      timeZone,
      settings: { concurrency },
    });
    const start = performance.now();
    const result = await service.run({ from: fromDay, to });
    const ms = performance.now() - start;
    store.close();
    return { result, ms, requests: client.stats().requests, rate: result.bookingsSynced / (ms / 1000) };
  };
  const describe = (label: string, r: Awaited<ReturnType<typeof syncOnce>>, suffix = '') =>
    log(
      `${label}: ${r.result.daysSynced} days, ${r.result.bookingsSynced.toLocaleString('en')} bookings in ` +
        `${(r.ms / 1000).toFixed(2)} s = ${Math.round(r.rate).toLocaleString('en')} bookings/s ` +
        `(${concurrency} days in flight, ${r.requests} requests, load ${load()})${suffix}`,
    );

  const worker = await startDemoServerWorker({
    seed: SEED,
    days,
    bookingsPerDay,
    endDay,
    timeZone,
    now,
    credentials: CREDENTIALS,
  });
  try {
    // 1. Headline: the live demo server, cold, in its own thread.
    const live = await syncOnce(worker.url);
    const mark = live.rate >= TARGET ? '✓' : '✗';
    describe(
      'END TO END, live demo server (own thread, answers rendered cold)',
      live,
      `   [target ≥ ${TARGET.toLocaleString('en')}/s ${mark}]`,
    );
    const e2eMs = live.ms;

    // 2. A periodic sync's window read again from the same server: settled past days are sent as kept.
    const windowFrom = dataset.days[Math.max(0, dataset.days.length - 14)]!;
    const before = (await worker.stats()).settledHits;
    const again = await syncOnce(worker.url, windowFrom);
    const kept = (await worker.stats()).settledHits - before;
    describe(`  the last 14 days again, same server (${kept} answers sent as kept)`, again);

    // 3. The server on the client's own thread, as the app's embedded demo runs: they take turns on one core.
    const inProcess = await startDemoServer({
      dataset,
      now: () => now,
      credentials: CREDENTIALS,
      seed: SEED,
      prepareDays: true,
    });
    try {
      describe(
        '  live demo server on the client thread (embedded demo, cold)',
        await syncOnce(inProcess.url),
      );
    } finally {
      await inProcess.close();
    }

    // 4. The client alone: the recorded answers replayed (recording is not timed).
    const replay = await startReplayServer(worker.url);
    try {
      await syncOnce(replay.url);
      replay.setRecording(false);
      describe('  replayed answers (the client alone)', await syncOnce(replay.url));
    } finally {
      await replay.close();
    }

    // 5. The same rows straight into SQLite (batches generated beforehand, so only the writes are timed).
    const direct = openStore(join(dir, 'direct.sqlite'));
    const batches = dataset.days.map((d) => dataset.dayBatch(d));
    const rows = batches.reduce((n, b) => n + b.bookings.length, 0);
    upsertCompany(direct.db, dataset.company, { now, timeZone });
    upsertDrivers(direct.db, dataset.company.id, dataset.drivers, now);
    const write = timeMs(() => {
      for (const b of batches) writeDayBatch(direct.db, b, { now, timeZone });
    });
    const agg = timeMs(() =>
      aggregateRange(direct.db, { companyId: dataset.company.id, from, to, now, settings }),
    );
    direct.close();
    log(
      `direct writeDayBatch: ${rows.toLocaleString('en')} bookings in ${(write.ms / 1000).toFixed(2)} s = ` +
        `${Math.round(rows / (write.ms / 1000)).toLocaleString('en')} bookings/s; aggregate ${(agg.ms / 1000).toFixed(2)} s`,
    );
    log(
      `HTTP + server + validation share of the headline time: ${Math.round((1 - (write.ms + agg.ms) / e2eMs) * 100)} %`,
    );
  } finally {
    await worker.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
