// The week ahead on the dashboard: the chart beside the bookings trend lists, in its text alternative and its
// table, exactly the days, expected bookings and 80 % intervals of `analytics:get-forecast`, in French.
import { expect, test } from '@playwright/test';
import type { ForecastJson } from '../src/shared/contract/forecast-schemas';
import { formatDate, formatDayMonth, formatInteger } from '../src/shared/format';
import { addDays } from '../src/shared/time';
import { callApi, e2eEnv } from './support/api';
import { AppPage } from './support/pages';

test('the forecast band lists the next 7 days with their expected bookings and interval', async ({
  page,
}) => {
  const { baseUrl, token } = e2eEnv();
  const forecast = await callApi<ForecastJson>(baseUrl, token, 'analytics:get-forecast', { days: 7 });
  expect(forecast.days, 'the 400-day demo is history enough for a week').toHaveLength(7);
  // Learned from complete days only: the first forecast day (today) is the day after what it learned from.
  expect(forecast.days[0]!.date).toBe(addDays(forecast.learned_through, 1));

  const app = new AppPage(page);
  await app.open();
  const card = page.getByTestId('chart-forecast');
  const canvas = card.locator('canvas[role="img"]');
  const values = forecast.days.map(
    (d) =>
      `${formatDayMonth('fr', d.date)} ${formatInteger('fr', d.bookings)} ` +
      `(${formatInteger('fr', d.low)} à ${formatInteger('fr', d.high)})`,
  );
  // a wait, not a speed test: on a loaded machine the charts' chunk can take a while
  await expect(canvas).toBeVisible({ timeout: 45_000 });
  await expect(canvas).toHaveAttribute(
    'aria-label',
    `Prévision des courses, du ${formatDate('fr', forecast.days[0]!.date)} au ` +
      `${formatDate('fr', forecast.days[6]!.date)}, courses prévues (intervalle à 80 %) : ${values.join(' ; ')}`,
  );
  // beside the bookings trend: the same row
  const row = page.locator('.grid-2').filter({ has: page.getByTestId('chart-bookings') });
  await expect(row.getByTestId('chart-forecast')).toBeVisible();
  await expect(card.getByTestId('forecast-legend')).toContainText(
    `jusqu’au ${formatDate('fr', forecast.learned_through)}`,
  );
  // the table alternative: one row per day, the interval as "low – high"
  await card.getByTestId('toggle-table').click();
  await expect(card.locator('tbody tr')).toHaveText(
    forecast.days.map(
      (d) =>
        new RegExp(
          `^${formatDate('fr', d.date)}\\s+${formatInteger('fr', d.bookings)}\\s+` +
            `${formatInteger('fr', d.low)} – ${formatInteger('fr', d.high)}$`,
        ),
    ),
    { useInnerText: true },
  );
});

test('the KPI cards never wait for the forecast', async ({ page }) => {
  // The forecast call is held unanswered: the cards and the bookings trend must paint all the same.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  let asked = false;
  await page.route('**/api/analytics:get-forecast', async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  const app = new AppPage(page);
  await app.open();
  await expect(app.kpi('kpi-total-bookings')).toHaveText(/\d/);
  await expect(page.getByTestId('chart-bookings').locator('canvas')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('chart-forecast')).toHaveCount(0);
  expect(asked).toBe(true);
  release();
  await expect(page.getByTestId('chart-forecast').locator('canvas')).toBeVisible({ timeout: 45_000 });
});

test('in English, the band speaks English', async ({ page }) => {
  const { baseUrl, token } = e2eEnv();
  const forecast = await callApi<ForecastJson>(baseUrl, token, 'analytics:get-forecast', { days: 7 });
  const app = new AppPage(page);
  await app.open();
  await page.getByTestId('lang-en').click();
  try {
    const first = forecast.days[0]!;
    await expect(page.getByTestId('chart-forecast').locator('canvas')).toBeVisible({ timeout: 45_000 });
    await expect(page.getByTestId('chart-forecast').locator('canvas')).toHaveAttribute(
      'aria-label',
      new RegExp(
        `^Trip forecast, .* expected trips \\(80% interval\\): ${formatDayMonth('en', first.date)} ` +
          `${formatInteger('en', first.bookings)} \\(${formatInteger('en', first.low)} to ` +
          `${formatInteger('en', first.high)}\\)`,
      ),
    );
  } finally {
    // the other specs read the app in French
    await page.getByTestId('lang-fr').click();
    await expect(page.getByTestId('nav-dashboard')).toHaveText('Tableau de bord');
  }
});
