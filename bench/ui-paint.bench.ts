// UI benchmark: from navigation to the KPI cards painted (with where the time went), for the 1-year dashboard of a store holding
// 365 days × 2,000 bookings/day, served by `dispatch-analytics serve` and shown in Debian's Chromium; plus the
// 30 d → 1 an switch, and the renderer bundle's size (raw and gzip). Aim: navigation → KPIs < 300 ms.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../e2e/support/cli';
import { loadLine, median, PER_DAY, startUiBench, waitInPage } from './ui-browser';
import { readWaterfall, waterfallLines, type Waterfall } from './ui-waterfall';

const RUNS = 7;
const AIM_MS = 300;

// Injected before the app's scripts: records when the KPI values (four or more: the catalogue grows) first all
// hold text, at the next frame (paint).
const PAINT_PROBE = `
  (() => {
    const check = () => {
      const v = document.querySelectorAll('[data-testid="kpi-value"]');
      if (v.length >= 4 && [...v].every((e) => e.textContent && e.textContent.trim() !== '')) {
        observer.disconnect();
        requestAnimationFrame(() => { window.__kpiPaintedAt = performance.now(); });
      }
    };
    const observer = new MutationObserver(check);
    document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true, characterData: true }));
  })();
`;

// Clicks "30 j" and resolves with the ms until the total card shows a new value, at the next frame.
const SWITCH_PROBE = `
  new Promise((resolve) => {
    const value = () => document.querySelector('[data-testid="kpi-total-bookings"] [data-testid="kpi-value"]')?.textContent;
    const start = performance.now();
    const was = value();
    document.querySelector('[data-testid="period-30d"]').click();
    const tick = () => {
      if (value() !== was) requestAnimationFrame(() => resolve(performance.now() - start));
      else requestAnimationFrame(tick);
    };
    tick();
  })
`;

const HEATMAP_IDLE = `document.querySelector('[data-testid="chart-heatmap"][aria-busy="false"]') !== null`;

export function bundleSizes(): { file: string; bytes: number; gzip: number }[] {
  const dir = join(ROOT, 'out', 'renderer', 'assets');
  if (!existsSync(dir)) throw new Error('The renderer is not built: run `npx electron-vite build` first.');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => {
      const buf = readFileSync(join(dir, f));
      return { file: f, bytes: statSync(join(dir, f)).size, gzip: gzipSync(buf, { level: 9 }).length };
    });
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

export async function runUiPaintBench(log: (line: string) => void = console.log): Promise<void> {
  const sizes = bundleSizes();
  const js = sizes.filter((s) => s.file.endsWith('.js'));
  log('renderer bundle:');
  for (const s of sizes)
    log(`  ${s.file.padEnd(32)} ${kb(s.bytes).padStart(10)}  gzip ${kb(s.gzip).padStart(9)}`);
  log(
    `  JS total: ${kb(js.reduce((n, s) => n + s.bytes, 0))}, gzip ${kb(js.reduce((n, s) => n + s.gzip, 0))}`,
  );

  const { serve, browser, close } = await startUiBench(log);
  log(loadLine());
  try {
    const url = new URL(serve.pageUrl);
    url.searchParams.set('period', '1y');

    // the API alone, for context
    const apiTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const res = await fetch(`${serve.baseUrl}/api/analytics:get-dashboard`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dispatch-token': serve.token },
        body: JSON.stringify({ period: '1y' }),
      });
      await res.json();
      apiTimes.push(performance.now() - t);
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    await context.addInitScript(PAINT_PROBE);
    const navTimes: number[] = [];
    const waterfalls: Waterfall[] = [];
    const switchTimes: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const page = await context.newPage();
      await page.goto(url.toString());
      await waitInPage(page, 'window.__kpiPaintedAt !== undefined');
      const paintedAt = (await page.evaluate('window.__kpiPaintedAt')) as number;
      // the first run warms the server's caches and the disk
      if (i > 0) {
        navTimes.push(paintedAt);
        waterfalls.push(await readWaterfall(page));
      }

      // a period switch in the open app, between two periods not fetched yet (1 an is cached by then)
      const before = await page.getByTestId('kpi-total-bookings').getByTestId('kpi-value').textContent();
      await page.getByTestId('period-90d').click();
      await waitInPage(
        page,
        `document.querySelector('[data-testid="kpi-total-bookings"] [data-testid="kpi-value"]')?.textContent !== ${JSON.stringify(before)}`,
      );
      await waitInPage(page, HEATMAP_IDLE);
      // A string, not a function: tsx adds `__name(...)` helpers to functions, which do not exist in the page.
      const ms = (await page.evaluate(SWITCH_PROBE)) as number;
      if (i > 0) switchTimes.push(ms);
      // Let the page's last call (the heat map, slow on a year of data) finish: the app serves one request at a
      // time, so a call still running would delay the next navigation's first answer.
      await waitInPage(page, HEATMAP_IDLE);
      await page.close();
    }
    await context.close();
    const verdict = (ms: number): string =>
      ms < AIM_MS ? `ok (< ${AIM_MS} ms)` : `OVER the ${AIM_MS} ms aim`;
    log(`API analytics:get-dashboard 1y: median ${median(apiTimes).toFixed(1)} ms (${RUNS} runs)`);
    log(
      `navigation → KPI cards painted (1 an, ${PER_DAY}/day): median ${median(navTimes).toFixed(0)} ms, max ${Math.max(...navTimes).toFixed(0)} ms — ${verdict(median(navTimes))}`,
    );
    for (const line of waterfallLines(waterfalls)) log(line);
    log(`period switch 90 j → 30 j, cards repainted: median ${median(switchTimes).toFixed(0)} ms`);
    log(loadLine());
  } finally {
    await close();
  }
}
