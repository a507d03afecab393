// What the UI benchmarks share: Debian's Chromium with the flags that work here, waiting inside a page whose CSP
// forbids eval, medians, and a seeded `serve` on a year at 2,000 bookings/day.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { waitForSyncIdle } from '../e2e/support/api';
import { runCli, startServe, type ServeHandle } from '../e2e/support/cli';
import { CHROMIUM_ARGS as ARGS } from '../src/main/reports/chromium-pdf';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DAYS = Number(process.env.UI_BENCH_DAYS ?? 365);
export const PER_DAY = Number(process.env.UI_BENCH_BOOKINGS_PER_DAY ?? 2000);

// waitForFunction would compile the expression inside the page, which the app's CSP (no unsafe-eval) forbids;
// page.evaluate of a string goes through the debugger protocol instead.
export async function waitInPage(page: Page, expression: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface UiBenchSetup {
  serve: ServeHandle;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * `serve` (no sync, no schedule) on UI_BENCH_DATA_DIR, seeded with DAYS × PER_DAY when it holds no store yet (a
 * temporary folder, removed at the end, when unset), and a Chromium to open it in.
 */
export async function startUiBench(log: (line: string) => void): Promise<UiBenchSetup> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium missing at ${CHROMIUM}: apt-get install -y chromium`);
  const dataDir =
    process.env.UI_BENCH_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'dispatch-analytics-ui-bench-'));
  if (!existsSync(join(dataDir, 'dispatch-analytics.sqlite'))) {
    const t0 = performance.now();
    await runCli(
      dataDir,
      ['demo', 'seed', '--days', String(DAYS), '--bookings-per-day', String(PER_DAY)],
      3_600_000,
    );
    log(`seeded ${DAYS} days × ${PER_DAY} bookings/day in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const serve = await startServe(dataDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  await waitForSyncIdle(serve.baseUrl, serve.token, 1_800_000);
  return {
    serve,
    browser,
    async close() {
      await browser.close();
      serve.child.kill('SIGTERM');
      if (!process.env.UI_BENCH_DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The machine's load, to print beside every figure: this machine is shared, and the load moves the figures. */
export function loadLine(): string {
  return `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (1 / 5 / 15 min)`;
}
