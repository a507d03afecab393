// Drill-downs: an insight, a driver or a heat-map cell opens the trips behind it; the table sorts and pages.
import { expect, test } from '@playwright/test';
import type { DashboardJson, DriverStatsJson, TripJson } from '../src/shared/analytics-types';
import { callApi, e2eEnv } from './support/api';
import { AppPage } from './support/pages';
import { formatInteger, normaliseSpaces } from '../src/shared/format';

type TripsPage = { total: number; rows: TripJson[] };

function countText(n: number): string {
  return `${normaliseSpaces(formatInteger('fr', n))} courses`;
}

test.describe('trips', () => {
  test("an insight's link opens its trips", async ({ page }) => {
    const { baseUrl, token } = e2eEnv();
    const dashboard = await callApi<DashboardJson>(baseUrl, token, 'analytics:get-dashboard', {
      period: '30d',
    });
    expect(dashboard.insights.length, 'the demo data should raise at least one insight').toBeGreaterThan(0);
    const app = new AppPage(page);
    await app.open();
    const first = page.getByTestId('insight').first();
    const rule = await first.getAttribute('data-rule');
    const insight = dashboard.insights.find((i) => i.rule === rule)!;
    expect(insight).toBeTruthy();
    const expected = await callApi<TripsPage>(baseUrl, token, 'trips:list-trips', {
      filter: insight.trips,
      limit: 1,
    });
    await first.getByTestId('insight-trips').click();
    await expect(page.getByTestId('view-trips')).toBeVisible();
    await expect(page.getByTestId('trips-origin')).toHaveText(insight.title);
    await expect
      .poll(async () => normaliseSpaces(await page.getByTestId('trips-count').innerText()))
      .toBe(countText(expected.total));
    if (expected.total > 0) await expect(page.getByTestId('trip-row').first()).toBeVisible();
  });

  test('the table sorts by delay both ways, as the app sorts', async ({ page }) => {
    const { baseUrl, token } = e2eEnv();
    const app = new AppPage(page);
    await app.open();
    await app.goTo('trips');
    await expect(page.getByTestId('trip-row').first()).toBeVisible();
    const filter = {
      from: (await page.getByTestId('trips-from').getAttribute('data-iso-date'))!,
      to: (await page.getByTestId('trips-to').getAttribute('data-iso-date'))!,
    };
    const delays = async (): Promise<number[]> =>
      (await page.locator('[data-testid="trip-row"] [data-col="delay"]').allInnerTexts())
        .slice(0, 15)
        .map((s) => (/\d/.test(s) ? Number(s.replace(/[^\d]/g, '')) : -1));

    // One click on the delay header, then the first row must be the app's first trip in that order.
    const clickDelayHeader = async (dir: 'asc' | 'desc', ariaSort: string): Promise<void> => {
      await page.getByTestId('sort-delay').click();
      await expect(page.locator(`[role="columnheader"][aria-sort="${ariaSort}"]`)).toContainText('Retard');
      const expected = await callApi<TripsPage>(baseUrl, token, 'trips:list-trips', {
        filter,
        sort: 'delay',
        dir,
        limit: 5,
      });
      await expect(page.getByTestId('trip-row').first()).toHaveAttribute(
        'data-trip-id',
        String(expected.rows[0]!.id),
      );
    };

    await clickDelayHeader('desc', 'descending'); // first click on delay: longest first
    const d = await delays();
    expect(d.filter((x) => x >= 0)).toEqual([...d.filter((x) => x >= 0)].sort((a, b) => b - a));

    await clickDelayHeader('asc', 'ascending');
  });

  test('the table is virtualised and loads further pages while scrolling', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.goTo('trips');
    await expect(page.getByTestId('trip-row').first()).toBeVisible();
    const rendered = await page.getByTestId('trip-row').count();
    expect(rendered).toBeLessThan(80); // 30 days × 60 bookings exist; only the visible ones are in the DOM
    const scroller = page.getByTestId('trips-scroll');
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const lastIndex = page.locator('[data-testid="trip-row"]').last();
    await expect
      .poll(async () => Number(await lastIndex.getAttribute('aria-rowindex')))
      .toBeGreaterThan(1000);
  });

  test('filters narrow the trips (outcome)', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.goTo('trips');
    await expect(page.getByTestId('trip-row').first()).toBeVisible();
    await page.getByTestId('trips-outcome').selectOption('cancelled');
    await expect(page.locator('[data-testid="trip-row"] [data-col="status"]').first()).toHaveText('Annulée');
    const statuses = await page.locator('[data-testid="trip-row"] [data-col="status"]').allInnerTexts();
    expect(new Set(statuses)).toEqual(new Set(['Annulée']));
  });

  test('a driver row opens that driver’s trips', async ({ page }) => {
    const { baseUrl, token } = e2eEnv();
    const app = new AppPage(page);
    await app.open();
    await app.goTo('drivers');
    const row = page.getByTestId('driver-row').first();
    await expect(row).toBeVisible();
    const name = (await row.locator('td').first().innerText()).trim();
    const info = await callApi<{ today: string }>(baseUrl, token, 'app:get-info');
    // The screen's 30 days are the last 30 complete days: they end yesterday (docs/analytics.md#period-presets).
    const dayBefore = (n: number) =>
      new Date(Date.parse(`${info.today}T12:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
    const stats = await callApi<DriverStatsJson[]>(baseUrl, token, 'drivers:list-driver-stats', {
      from: dayBefore(30),
      to: dayBefore(1),
    });
    const driver = stats.find((s) => s.driver_name === name)!;
    expect(driver).toBeTruthy();
    await row.click();
    await expect(page.getByTestId('view-trips')).toBeVisible();
    await expect(page.getByTestId('trips-origin')).toHaveText(name);
    await expect
      .poll(async () => normaliseSpaces(await page.getByTestId('trips-count').innerText()))
      .toBe(countText(driver.bookings));
    const drivers = await page.locator('[data-testid="trip-row"] [data-col="driver"]').allInnerTexts();
    expect(new Set(drivers)).toEqual(new Set([name]));
  });

  test('a heat-map cell opens the trips of that weekday and hour', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const cell = page.getByTestId('chart-heatmap').locator('button.cell:not([aria-disabled="true"])').first();
    await expect(cell).toBeVisible();
    await cell.click();
    await expect(page.getByTestId('view-trips')).toBeVisible();
    await expect(page.locator('.chip').first()).toContainText('Jour');
    await expect(page.getByTestId('trip-row').first()).toBeVisible();
  });
});

test('a click on a day of the bookings chart opens that day’s trips', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const canvas = page.getByTestId('chart-bookings').locator('canvas');
  await expect(canvas).toBeVisible();
  const box = (await canvas.boundingBox())!;
  await canvas.click({ position: { x: box.width * 0.5, y: box.height * 0.6 } });
  await expect(page.getByTestId('view-trips')).toBeVisible();
  const from = (await page.getByTestId('trips-from').getAttribute('data-iso-date'))!;
  expect((await page.getByTestId('trips-to').getAttribute('data-iso-date'))!).toBe(from);
  await expect(page.getByTestId('trips-origin')).toHaveText(from.split('-').reverse().join('.'));
  await expect(page.getByTestId('trip-row').first()).toBeVisible();
});
