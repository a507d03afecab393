// Rendering the e-mailed reports over a year of a busy office (365 days × 2,000 bookings): the daily and the
// weekly report, each with its chart PNG, HTML and text. The render is the worker-task-shaped renderReport, so
// these are the times a worker spends per report (aim: < 300 ms each). Then the same renders as the app does
// them, through the worker thread (task 'reports:render-report'), with the main loop's longest stall meanwhile
// (aim: < 50 ms), beside the stall of a render in the main thread; and the weekly workbook attachment (the
// week, every part, XLSX) exported in the worker. BENCH_DAYS / BENCH_BOOKINGS scale it down; BENCH_STORE=path
// keeps the seeded store there and reuses it.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ANALYTICS_SETTINGS } from '../src/shared/analytics-types';
import { addDays, mondayOf, todayIn } from '../src/shared/time';
import { seedDemo } from '../src/main/demo/seed-demo';
import { renderReport } from '../src/main/reports/render-report';
import { openStore } from '../src/main/store/open-store';
import { createWorkerRunner } from '../src/main/worker/worker-runner';
import { buildCli, CLI_OUT_DIR } from '../scripts/build-cli.mjs';
import { timeMs } from './benchmark';
import { measureStall } from './main-loop-stall.bench';

export async function runReportsBench(log: (line: string) => void): Promise<void> {
  const days = Number(process.env.BENCH_DAYS ?? 365);
  const bookingsPerDay = Number(process.env.BENCH_BOOKINGS ?? 2000);
  const kept = process.env.BENCH_STORE;
  const dir = kept ? null : mkdtempSync(join(tmpdir(), 'da-bench-'));
  const path = kept ?? join(dir!, 'dispatch-analytics.sqlite');
  const reuse = kept !== undefined && existsSync(path);
  const store = openStore(path);
  try {
    const settings = DEFAULT_ANALYTICS_SETTINGS;
    const now = Date.now();
    const today = todayIn(settings.timeZone, now);
    if (!reuse) {
      const seed = timeMs(() =>
        seedDemo(store.db, { seed: 1, days, bookingsPerDay, endDay: today, now, settings }),
      );
      log(
        `seed + aggregate: ${seed.value.bookings.toLocaleString('en')} bookings in ${(seed.ms / 1000).toFixed(1)} s`,
      );
    }
    const cases = [
      { label: 'daily (yesterday)', kind: 'daily' as const, periodKey: addDays(today, -1) },
      { label: 'weekly (last week)', kind: 'weekly' as const, periodKey: addDays(mondayOf(today), -7) },
    ];
    for (const c of cases) {
      for (const lang of ['fr', 'en'] as const) {
        const run = () =>
          renderReport({ db: store.db }, { kind: c.kind, periodKey: c.periodKey, lang, settings });
        await run();
        const times: number[] = [];
        let size = 0;
        let png = 0;
        for (let i = 0; i < 5; i++) {
          const start = performance.now();
          const r = await run();
          times.push(performance.now() - start);
          size = Buffer.byteLength(r.html);
          png = Buffer.from(r.images[0]?.base64 ?? '', 'base64').length;
        }
        times.sort((a, b) => a - b);
        log(
          `${`${c.label}, ${lang}`.padEnd(26)} ${times[2]!.toFixed(1).padStart(7)} ms (median of 5) · HTML ${(size / 1024).toFixed(1)} kB · chart ${(png / 1024).toFixed(1)} kB`,
        );
      }
    }
    await throughWorker(log, store.path, cases, settings);
  } finally {
    store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

async function throughWorker(
  log: (line: string) => void,
  dbPath: string,
  cases: { label: string; kind: 'daily' | 'weekly'; periodKey: string }[],
  settings: typeof DEFAULT_ANALYTICS_SETTINGS,
): Promise<void> {
  await buildCli();
  const runner = createWorkerRunner({ workerScript: join(CLI_OUT_DIR, 'worker.js'), dbPath, now: Date.now });
  const out = mkdtempSync(join(tmpdir(), 'da-bench-week-'));
  try {
    const inline = openStore(dbPath);
    try {
      for (const c of cases) {
        const input = { kind: c.kind, periodKey: c.periodKey, lang: 'fr' as const, settings };
        await renderReport({ db: inline.db }, input);
        const here = await measureStall(() => renderReport({ db: inline.db }, input));
        log(
          `${`${c.label}, in the main thread`.padEnd(40)} longest stall ${here.stallMs.toFixed(0).padStart(4)} ms`,
        );
      }
    } finally {
      inline.close();
    }
    // The first job also starts the worker thread (loads the bundle and the canvas library).
    const start = await measureStall(() =>
      runner.runTask('reports:render-report', {
        kind: 'daily',
        periodKey: cases[0]!.periodKey,
        lang: 'fr',
        settings,
      }),
    );
    log(
      `${'worker start + first render'.padEnd(40)} longest stall ${start.stallMs.toFixed(0).padStart(4)} ms · ${start.totalMs.toFixed(0)} ms`,
    );
    for (const c of cases) {
      for (const lang of ['fr', 'en'] as const) {
        const input = { kind: c.kind, periodKey: c.periodKey, lang, settings };
        const r = await measureStall(() => runner.runTask('reports:render-report', input));
        log(
          `${`${c.label}, ${lang}, in the worker`.padEnd(40)} longest stall ${r.stallMs.toFixed(0).padStart(4)} ms · ${r.totalMs.toFixed(1)} ms end to end   [stall target < 50 ms]`,
        );
      }
    }
    const week = cases.find((c) => c.kind === 'weekly')!;
    const monday = mondayOf(week.periodKey);
    const xlsx = await measureStall(() =>
      runner.runTask('exports:write-file', {
        format: 'xlsx',
        part: 'all',
        from: monday,
        to: addDays(monday, 6),
        out: join(out, 'week.xlsx'),
        lang: 'fr',
        appVersion: 'bench',
        analytics: settings,
      }),
    );
    log(
      `${'weekly workbook (XLSX, all), in the worker'.padEnd(40)} longest stall ${xlsx.stallMs.toFixed(0).padStart(4)} ms · ${xlsx.totalMs.toFixed(0)} ms · ${xlsx.value.rows.toLocaleString('en')} rows, ${(xlsx.value.bytes / 1024).toFixed(0)} kB`,
    );
  } finally {
    await runner.close();
    rmSync(out, { recursive: true, force: true });
  }
}
