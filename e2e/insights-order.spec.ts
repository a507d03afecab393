// The dashboard's insights keep the app's one order (severity, then size: docs/analytics.md#insight-order): the
// panel shows the server's list as it is, so the screen, the e-mails and the CLI agree on what comes first.
import { expect, test } from '@playwright/test';
import type { DashboardJson } from '../src/shared/analytics-types';
import { callApi, e2eEnv } from './support/api';
import { AppPage } from './support/pages';

const PERIODS = ['7d', '30d', '90d', '1y'] as const;

test('critical first, then exactly the server’s order', async ({ page }) => {
  const { baseUrl, token } = e2eEnv();
  // The demo holds a few days that really collapsed (critical unusual days); take the shortest period with one.
  let found: { period: (typeof PERIODS)[number]; dashboard: DashboardJson } | undefined;
  for (const period of PERIODS) {
    const dashboard = await callApi<DashboardJson>(baseUrl, token, 'analytics:get-dashboard', { period });
    if (dashboard.insights.some((i) => i.severity === 'critical')) {
      found = { period, dashboard };
      break;
    }
  }
  expect(found, 'the 400-day demo should hold a collapsed day').toBeDefined();
  const { period, dashboard } = found!;
  expect(dashboard.insights[0]!.severity).toBe('critical');
  expect(dashboard.insights.length).toBeGreaterThan(1);

  const app = new AppPage(page);
  await app.open();
  await app.choosePeriod(period);
  await expect(page.getByTestId('insight').locator('h4')).toHaveText(dashboard.insights.map((i) => i.title));
  await expect(page.getByTestId('insight').first()).toHaveAttribute('data-rule', 'unusual_day');
});

test('the panel never re-sorts: it shows whatever order the server sent', async ({ page }) => {
  const { baseUrl, token } = e2eEnv();
  const dashboard = await callApi<DashboardJson>(baseUrl, token, 'analytics:get-dashboard', { period: '1y' });
  expect(dashboard.insights.length, 'the demo year raises several insights').toBeGreaterThan(1);
  // The server's own list, turned round: a panel that sorted by its own rule would put it back.
  const reversed = [...dashboard.insights].reverse();
  await page.route('**/api/analytics:get-dashboard', async (route) => {
    const res = await route.fetch();
    const body = (await res.json()) as { ok: true; data: DashboardJson };
    body.data.insights = [...body.data.insights].reverse();
    await route.fulfill({ response: res, json: body });
  });
  const app = new AppPage(page);
  await app.open();
  await app.choosePeriod('1y');
  await expect(page.getByTestId('insight').locator('h4')).toHaveText(reversed.map((i) => i.title));
});
