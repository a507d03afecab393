// Exports of 100k and 730k trips (a year at 2,000 a day) to XLSX and CSV, each in its own child process for a
// clean peak RSS, beside exceljs's own streaming writer writing as many 14-column rows from a plain loop (the
// library's floor) in the same run. Aims: XLSX within 1.3× of the floor, RSS flat as rows grow (< 300 MB at 730k),
// CSV of 730k in < 4 s. In the app the export runs in a worker thread, so its stalls are the worker's, never the
// window's; the stall printed is that of the exporting thread. BENCH_STORE=path keeps and reuses the store;
// BENCH_EXPORTS_ONLY=csv runs only the CSV exports (the XLSX ones take minutes on a loaded machine).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ANALYTICS_SETTINGS } from '../src/shared/analytics-types';
import { addDays, todayIn } from '../src/shared/time';
import { seedDemo } from '../src/main/demo/seed-demo';
import { openStore } from '../src/main/store/open-store';
import { timeMs } from './benchmark';

interface ChildResult {
  mode: string;
  rows: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  maxStallMs: number;
}

export function runExportsBench(log: (line: string) => void): void {
  const days = Number(process.env.BENCH_DAYS ?? 365);
  const perDay = Number(process.env.BENCH_BOOKINGS ?? 2000);
  const kept = process.env.BENCH_STORE;
  const dir = mkdtempSync(join(tmpdir(), 'da-bench-exports-'));
  const path = kept ?? join(dir, 'dispatch-analytics.sqlite');
  try {
    if (!existsSync(path)) {
      const store = openStore(path);
      const now = Date.now();
      const endDay = todayIn(DEFAULT_ANALYTICS_SETTINGS.timeZone, now);
      const seed = timeMs(() =>
        seedDemo(store.db, {
          seed: 1,
          days,
          bookingsPerDay: perDay,
          endDay,
          now,
          settings: DEFAULT_ANALYTICS_SETTINGS,
        }),
      );
      log(`seed: ${seed.value.bookings.toLocaleString('en')} bookings in ${(seed.ms / 1000).toFixed(1)} s`);
      store.close();
    }
    const store = openStore(path);
    const range = store.sqlite
      .prepare('SELECT min(day) AS f, max(day) AS t, count(*) AS n FROM bookings WHERE deleted_at IS NULL')
      .get() as { f: string; t: string; n: number };
    store.close();
    const smallTo = addDays(range.f, Math.max(0, Math.round((100_000 / range.n) * days) - 1));
    const child = (mode: string, to: string, rows = 0): ChildResult => {
      const out = join(dir, `out-${mode}-${rows || to}.${mode === 'csv' ? 'csv' : 'xlsx'}`);
      const stdout = execFileSync(
        process.execPath,
        ['--import', 'tsx', join(__dirname, 'exports-child.ts'), path, mode, range.f, to, out, String(rows)],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      rmSync(out, { force: true });
      return JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult;
    };
    const show = (label: string, r: ChildResult, floor?: ChildResult) =>
      log(
        `${label.padEnd(22)} ${r.rows.toLocaleString('en').padStart(8)} rows ${r.seconds.toFixed(2).padStart(6)} s ` +
          `(CPU ${r.cpuSeconds.toFixed(2)} s) ` +
          `${r.peakRssMb.toFixed(0).padStart(4)} MB peak RSS, longest stall ${r.maxStallMs.toFixed(0)} ms` +
          (floor ? `, ${(r.seconds / floor.seconds).toFixed(2)}× the floor` : ''),
      );
    const csvOnly = process.env.BENCH_EXPORTS_ONLY === 'csv';
    for (const to of [smallTo, range.t]) {
      if (csvOnly) {
        show('CSV export (trips)', child('csv', to));
        continue;
      }
      const xlsx = child('xlsx', to);
      const floor = child('floor', to, xlsx.rows);
      show('exceljs floor', floor);
      show('XLSX export (trips)', xlsx, floor);
      show('CSV export (trips)', child('csv', to));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
