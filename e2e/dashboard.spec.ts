// The dashboard shows exactly the figures of `dispatch-analytics dashboard --json`, formatted fr-CH.
import { expect, test } from '@playwright/test';
import type { DashboardJson } from '../src/shared/analytics-types';
import { e2eEnv } from './support/api';
import { runCli } from './support/cli';
import { AppPage, expectedKpiTexts, expectedWeekdayRows, waitForKpis } from './support/pages';

async function cliDashboard(period: string): Promise<DashboardJson> {
  const out = await runCli(e2eEnv().dataDir, ['dashboard', '--period', period, '--json']);
  return JSON.parse(out) as DashboardJson;
}

test.describe('dashboard', () => {
  test('KPI cards equal the CLI for every preset period', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    for (const period of ['30d', '7d', '90d', '1y'] as const) {
      const expected = expectedKpiTexts('fr', await cliDashboard(period));
      await app.choosePeriod(period);
      await waitForKpis(app, expected);
    }
    // sanity: the brief's format, e.g. "1 234" with a (narrow) space and "87,5 %"
    expect(await app.kpi('kpi-on-time-rate').innerText()).toMatch(/^\d{1,3},\d\s%$/);
  });

  test('switching period updates cards, charts and the quality parts', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const d30 = await cliDashboard('30d');
    const d7 = await cliDashboard('7d');
    await waitForKpis(app, expectedKpiTexts('fr', d30));
    const bookingsChart = page.getByTestId('chart-bookings').locator('canvas');
    // The text alternative lists every day's value (« 05.11 2 014 ; 06.11 1 987 ; … »).
    const daysInLabel = async () =>
      ((await bookingsChart.getAttribute('aria-label')) ?? '').split(' ; ').length;
    await expect.poll(daysInLabel).toBe(d30.trends.length);
    await app.choosePeriod('7d');
    await waitForKpis(app, expectedKpiTexts('fr', d7));
    await expect.poll(daysInLabel).toBe(d7.trends.length);
    await expect(page.getByTestId('period-7d')).toHaveAttribute('aria-checked', 'true');
    // the chart's table alternative lists the same days
    await page.getByTestId('chart-bookings').getByTestId('toggle-table').click();
    await expect(page.getByTestId('chart-bookings').locator('tbody tr')).toHaveCount(d7.trends.length);
    await expect(page.getByTestId('quality-parts')).toContainText('/50');
    await expect(page.getByTestId('quality-parts')).toContainText('/30');
    await expect(page.getByTestId('quality-parts')).toContainText('/20');
  });

  test('a custom range gives the CLI figures for that range', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const d30 = await cliDashboard('30d');
    const from = d30.period.start;
    const to = d30.trends[Math.min(9, d30.trends.length - 1)]!.date;
    const out = await runCli(e2eEnv().dataDir, ['dashboard', '--from', from, '--to', to, '--json']);
    const custom = JSON.parse(out) as DashboardJson;
    await page.getByTestId('period-custom').click();
    await page.getByTestId('period-from').fill(from);
    await page.getByTestId('period-to').fill(to);
    await page.getByTestId('period-apply').click();
    await waitForKpis(app, expectedKpiTexts('fr', custom));
    // the weekday chart covers the same (past) days, not the last days ending today
    const weekday = page.getByTestId('chart-weekday');
    await weekday.getByTestId('toggle-table').click();
    await expect(weekday.locator('tbody tr')).toHaveText(expectedWeekdayRows('fr', custom), {
      useInnerText: true,
    });
  });

  test('each chart has an accessible name and a table alternative', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    for (const id of ['chart-bookings', 'chart-onTime', 'chart-delay', 'chart-quality', 'chart-weekday']) {
      const card = page.getByTestId(id);
      await expect(card.locator('canvas[role="img"]')).toHaveAttribute('aria-label', /.+/);
      await card.getByTestId('toggle-table').click();
      await expect(card.locator('table')).toBeVisible();
      await expect(card.locator('canvas')).toHaveCount(0);
    }
    await expect(page.getByTestId('chart-heatmap').getByRole('grid')).toHaveAttribute('aria-label', /.+/);
  });

  test('the tabs and the period selector work from the keyboard', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await page.getByTestId('nav-dashboard').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('view-trips')).toBeVisible();
    await expect(page.getByTestId('nav-trips')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('view-dashboard')).toBeVisible();
    await page.getByTestId('period-30d').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('period-90d')).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByTestId('period-90d')).toBeFocused();
  });

  test('the sync status is always visible and says how fresh the data is', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expect(page.getByTestId('data-through')).toContainText("Données jusqu'au");
    for (const view of ['trips', 'drivers', 'settings'] as const) {
      await app.goTo(view);
      await expect(page.getByTestId('sync-status')).toBeVisible();
    }
  });
});
