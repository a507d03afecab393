// The benchmark registry: add yours here. Each module is imported only when its benchmark runs, so one
// benchmark's heavy dependencies (a browser…) never stop another from running.
import type { Benchmark } from './benchmark';

export const BENCHMARKS: Benchmark[] = [
  {
    name: 'store-aggregate',
    description:
      'a year × 2,000 bookings/day: write, aggregate (< 5 s), 1-year dashboard (< 50 ms), store size',
    run: async (log) => (await import('./store-aggregate.bench')).runStoreAggregateBench(log),
  },
  {
    name: 'ui-paint',
    description:
      'navigation → KPI cards painted for the 1-year dashboard in Chromium (< 300 ms), bundle size',
    run: async (log) => (await import('./ui-paint.bench')).runUiPaintBench(log),
  },
  {
    name: 'ui-trips-scroll',
    description:
      'the Trips table of a year at 2,000 bookings/day in Chromium, scrolled at once to row 10,000 and to the last row (< 300 ms each), page calls',
    run: async (log) => (await import('./ui-trips-scroll.bench')).runUiTripsScrollBench(log),
  },
  {
    name: 'sync',
    description:
      'a year × 500 bookings/day synced from the demo server over loopback (≥ 20,000 bookings/s end to end), vs direct SQLite writes',
    run: async (log) => (await import('./sync.bench')).runSyncBench(log),
  },
  {
    name: 'analytics-reads',
    description:
      'a year × 2,000 bookings/day: 1-year driver stats, delay heat map, trips pages (first, sorted, deep offset)',
    run: async (log) => (await import('./analytics-reads.bench')).runAnalyticsReadsBench(log),
  },
  {
    name: 'exports',
    description:
      '100k and 730k trips to XLSX (within 1.3× of exceljs’s floor, < 300 MB) and CSV (730k < 4 s), peak RSS, stalls',
    run: async (log) => (await import('./exports.bench')).runExportsBench(log),
  },
  {
    name: 'main-loop-stall',
    description:
      "the main event loop's longest stall during a 1-year re-aggregation (2,000 bookings/day): in the main thread vs in the worker (< 50 ms)",
    run: async (log) => (await import('./main-loop-stall.bench')).runMainLoopStallBench(log),
  },
  {
    name: 'reports',
    description:
      'a year × 2,000 bookings/day: render the daily and the weekly e-mail report with chart (< 300 ms each); through the worker, the main loop’s longest stall (< 50 ms); the weekly workbook in the worker',
    run: async (log) => (await import('./reports.bench')).runReportsBench(log),
  },
];
