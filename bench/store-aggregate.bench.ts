// A year of a busy office: 365 days × 2,000 bookings written through the day writer, aggregated, then the
// 1-year dashboard. Targets: aggregation < 5 s, dashboard < 50 ms. BENCH_DAYS / BENCH_BOOKINGS scale it down.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ANALYTICS_SETTINGS } from '../src/shared/analytics-types';
import { aggregateRange } from '../src/main/aggregation/aggregate-service';
import { todayIn } from '../src/shared/time';
import { DEMO_COMPANY_ID, seedDemo } from '../src/main/demo/seed-demo';
import { resolvePeriod } from '../src/main/analytics/period';
import { getDashboard } from '../src/main/services/analytics-service';
import { openStore } from '../src/main/store/open-store';
import { medianMs, timeMs } from './benchmark';

export function runStoreAggregateBench(log: (line: string) => void): void {
  const days = Number(process.env.BENCH_DAYS ?? 365);
  const bookingsPerDay = Number(process.env.BENCH_BOOKINGS ?? 2000);
  const dir = mkdtempSync(join(tmpdir(), 'da-bench-'));
  const path = join(dir, 'dispatch-analytics.sqlite');
  const store = openStore(path);
  try {
    const settings = DEFAULT_ANALYTICS_SETTINGS;
    const now = Date.now();
    const today = todayIn(settings.timeZone, now);
    const seed = timeMs(() =>
      seedDemo(store.db, { seed: 1, days, bookingsPerDay, endDay: today, now, settings, aggregate: false }),
    );
    const { from, to, bookings } = seed.value;
    log(
      `seed: ${days} days, ${bookings.toLocaleString('en')} bookings written in ${(seed.ms / 1000).toFixed(2)} s`,
    );

    const agg = timeMs(() =>
      aggregateRange(store.db, { companyId: DEMO_COMPANY_ID, from, to, now, settings }),
    );
    log(`aggregate (${agg.value.daysComputed} days): ${(agg.ms / 1000).toFixed(2)} s   [target < 5 s]`);

    const dashboard = () =>
      getDashboard(store.db, { period: resolvePeriod({ preset: '1y' }, today), lang: 'fr', today, settings });
    const ms = medianMs(dashboard, 9);
    log(`dashboard 1y (median of 9): ${ms.toFixed(1)} ms   [target < 50 ms]`);

    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    log(`store size: ${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
