// The reads a period switch triggers over a year of a busy office (365 days × 2,000 bookings): per-driver
// figures, the delay heat map, the forecast and pages of the trips table (first, sorted, deep). They run on the main process's
// event loop, so each one is time the app cannot answer anything else. BENCH_DAYS / BENCH_BOOKINGS scale it down;
// BENCH_STORE=path keeps the seeded store there and reuses it on the next run (before/after comparisons).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ANALYTICS_SETTINGS } from '../src/shared/analytics-types';
import { todayIn } from '../src/shared/time';
import { seedDemo } from '../src/main/demo/seed-demo';
import { aggregateAll } from '../src/main/aggregation/aggregate-service';
import {
  getDelayHeatmap,
  getDriverStats,
  getInsights,
  getTrips,
} from '../src/main/services/analytics-service';
import { getFacilityStats } from '../src/main/services/facility-service';
import { rollupThreshold } from '../src/main/store/repos/booking-rollup-build-repo';
import { getForecast, getForecastBacktest } from '../src/main/services/forecast-service';
import type { TripSort } from '../src/main/store/repos/trips-repo';
import { openStore } from '../src/main/store/open-store';
import { medianMs, timeMs } from './benchmark';

export function runAnalyticsReadsBench(log: (line: string) => void): void {
  const days = Number(process.env.BENCH_DAYS ?? 365);
  const bookingsPerDay = Number(process.env.BENCH_BOOKINGS ?? 2000);
  const kept = process.env.BENCH_STORE;
  const dir = kept ? null : mkdtempSync(join(tmpdir(), 'da-bench-'));
  const path = kept ?? join(dir!, 'dispatch-analytics.sqlite');
  const reuse = kept !== undefined && existsSync(path);
  const opened = timeMs(() => openStore(path));
  const store = opened.value;
  try {
    const settings = DEFAULT_ANALYTICS_SETTINGS;
    const now = Date.now();
    const today = todayIn(settings.timeZone, now);
    if (reuse) {
      log(`reusing ${path} (opened and migrated in ${opened.ms.toFixed(0)} ms)`);
      // A store from before the rollups: the first aggregation builds them (as the first sync after an upgrade).
      if (rollupThreshold(store.db, 1) !== settings.onTimeThresholdMinutes) {
        const built = timeMs(() => aggregateAll(store.db, { companyId: 1, now: Date.now(), settings }));
        log(`re-aggregated the store with its rollups in ${(built.ms / 1000).toFixed(1)} s`);
      }
    } else {
      const seed = timeMs(() =>
        seedDemo(store.db, { seed: 1, days, bookingsPerDay, endDay: today, now, settings, aggregate: true }),
      );
      log(`seed: ${seed.value.bookings.toLocaleString('en')} bookings in ${(seed.ms / 1000).toFixed(1)} s`);
    }
    const range = store.sqlite
      .prepare('SELECT min(day) AS f, max(day) AS t, count(*) AS n FROM bookings')
      .get() as { f: string; t: string; n: number };
    log(`window ${range.f} … ${range.t}, ${range.n.toLocaleString('en')} bookings`);
    const window = { from: range.f, to: range.t, settings };
    const time = (label: string, fn: () => unknown): void =>
      log(`${label.padEnd(34)} ${medianMs(fn, 5).toFixed(1).padStart(7)} ms (median of 5)`);

    time('driver stats, 1 year', () => getDriverStats(store.db, window));
    time('delay heat map, 1 year', () => getDelayHeatmap(store.db, window));
    time('facilities, 1 year + previous', () =>
      getFacilityStats(store.db, { period: { from: range.f, to: range.t }, today, settings }),
    );
    time('insights, 1 year', () => getInsights(store.db, { from: range.f, to: range.t, today, lang: 'fr' }));
    time('forecast, 7 days + next day hours', () => getForecast(store.db, { today, days: 7 }));
    time('forecast backtest, 8 weeks', () => getForecastBacktest(store.db, { today, weeks: 8 }));
    const filter = { from: range.f, to: range.t };
    const page =
      (sort: TripSort, dir: 'asc' | 'desc', offset = 0) =>
      () =>
        getTrips(store.db, { filter, sort, dir, offset, limit: 200, settings });
    time('trips page 1, by time', page('scheduled', 'asc'));
    time('trips page 1, by delay desc', page('delay', 'desc'));
    time('trips page 1, by driver', page('driver', 'asc'));
    for (const offset of [Math.floor(range.n / 2), Math.max(0, range.n - 1000)]) {
      time(`trips offset ${offset}, by time`, page('scheduled', 'asc', offset));
      time(`trips offset ${offset}, by delay desc`, page('delay', 'desc', offset));
      time(`trips offset ${offset}, by driver`, page('driver', 'asc', offset));
      time(`trips offset ${offset}, by status desc`, page('status', 'desc', offset));
      time(`trips offset ${offset}, by distance`, page('distance', 'asc', offset));
    }
    time('trips delayed only, by delay desc', () =>
      getTrips(store.db, { filter: { ...filter, outcome: 'delayed' }, sort: 'delay', dir: 'desc', settings }),
    );
  } finally {
    store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
