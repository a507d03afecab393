/// <reference lib="dom" />
// A French app in an en-US browser: the chart axes and tooltips are numbered the app's way ("3 000"), never the
// browser's ("3,000"), and the date fields read 08.11.2026. chart.js formats with the browser's locale unless told
// otherwise; the texts it draws on the canvas are read here as it draws them. The figures need thousands, so this
// spec runs its own `serve` on a 3,000-bookings/day demo.
import { rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { DashboardJson } from '../src/shared/analytics-types';
import { formatInteger } from '../src/shared/format';
import { callApi } from './support/api';
import { runCli, startServe, type ServeHandle } from './support/cli';

let serve: ServeHandle;
let dataDir: string;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dataDir = mkdtempSync(join(tmpdir(), 'dispatch-analytics-e2e-big-'));
  await runCli(dataDir, ['demo', 'seed', '--days', '21', '--bookings-per-day', '3000']);
  serve = await startServe(dataDir);
});
test.afterAll(() => {
  serve?.child.kill('SIGTERM');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Every text a canvas draws, kept on the canvas element (`__texts`). */
async function recordCanvasTexts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const proto = CanvasRenderingContext2D.prototype;
    const fillText = proto.fillText;
    proto.fillText = function (this: CanvasRenderingContext2D, text: string, ...rest: [number, number]) {
      const canvas = this.canvas as HTMLCanvasElement & { __texts?: string[] };
      (canvas.__texts ??= []).push(String(text));
      return fillText.call(this, text, ...rest);
    };
  });
}

const drawn = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator('canvas')
    .evaluate((c) => [...((c as HTMLCanvasElement & { __texts?: string[] }).__texts ?? [])]);

/** 3,000 or 12,345.5: a number grouped the English way. */
const EN_GROUPED = /\d,\d{3}\b/;

test('a French app in an en-US browser numbers its chart axes and tooltips the French way', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'America/New_York' });
  const page = await context.newPage();
  try {
    await recordCanvasTexts(page);
    await page.goto(serve.pageUrl);
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    const dashboard = await callApi<DashboardJson>(serve.baseUrl, serve.token, 'analytics:get-dashboard', {
      period: '30d',
    });
    const canvas = page.getByTestId('chart-bookings').locator('canvas');
    await expect(canvas).toBeVisible({ timeout: 45_000 });
    // The axis: round thousands in the app's grouping, e.g. "3 000" (a narrow no-break space in fr-CH).
    await expect.poll(async () => (await drawn(page, 'chart-bookings')).length).toBeGreaterThan(0);
    const axis = await drawn(page, 'chart-bookings');
    const thousands = [1000, 2000, 3000, 4000, 5000].map((n) => formatInteger('fr', n));
    expect(axis.some((s) => thousands.includes(s))).toBe(true);
    expect(axis.filter((s) => EN_GROUPED.test(s))).toEqual([]);

    // The tooltip of a day: hover the middle of the chart, read what it draws.
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const values = new Set(dashboard.trends.map((p) => formatInteger('fr', p.bookings)));
    await expect
      .poll(async () => (await drawn(page, 'chart-bookings')).some((s) => values.has(s)))
      .toBe(true);
    expect((await drawn(page, 'chart-bookings')).filter((s) => EN_GROUPED.test(s))).toEqual([]);

    // The forecast band's axis too (its counts are in the thousands as well).
    await expect(page.getByTestId('chart-forecast').locator('canvas')).toBeVisible({ timeout: 45_000 });
    const forecastAxis = await drawn(page, 'chart-forecast');
    expect(forecastAxis.some((s) => thousands.includes(s))).toBe(true);
    expect(forecastAxis.filter((s) => EN_GROUPED.test(s))).toEqual([]);

    // And the date fields read the app's way.
    await page.getByTestId('period-custom').click();
    await expect(page.getByTestId('period-from')).toHaveValue(/^\d{2}\.\d{2}\.\d{4}$/);
  } finally {
    await context.close();
  }
});
