// The dashboard's insights keep the app's one order (severity, then size: docs/analytics.md#insight-order): the
// panel shows the server's list as it is, so the screen, the e-mails and the CLI agree on what comes first.
import { expect, test } from '@playwright/test';
import type { DashboardJson } from '../src/shared/analytics-types';
import { callApi, e2eEnv } from './support/api';
import { AppPage } from './support/pages';

const PERIODS = ['7d', '30d', '90d', '1y'] as const;
type Found = { period: (typeof PERIODS)[number]; dashboard: DashboardJson };

/** The shortest period whose insights hold a critical one (the demo holds a few days that really collapsed). */
async function periodWithCritical(): Promise<Found> {
  const { baseUrl, token } = e2eEnv();
  for (const period of PERIODS) {
    const dashboard = await callApi<DashboardJson>(baseUrl, token, 'analytics:get-dashboard', { period });
    if (dashboard.insights.some((i) => i.severity === 'critical')) return { period, dashboard };
  }
  throw new Error('the 400-day demo should hold a collapsed day');
}

test('critical first, then exactly the server’s order', async ({ page }) => {
  const { period, dashboard } = await periodWithCritical();
  expect(dashboard.insights[0]!.severity).toBe('critical');
  expect(dashboard.insights.length).toBeGreaterThan(1);

  const app = new AppPage(page);
  await app.open();
  await app.choosePeriod(period);
  await expect(page.getByTestId('insight').locator('h4')).toHaveText(dashboard.insights.map((i) => i.title));
  await expect(page.getByTestId('insight').first()).toHaveAttribute('data-rule', 'unusual_day');
});

test('the panel never re-sorts: it shows whatever order the server sent', async ({ page }) => {
  const { period, dashboard } = await periodWithCritical();
  const [first, ...rest] = dashboard.insights;
  expect(
    rest.some((i) => i.priority !== first!.priority),
    'insights of different priorities',
  ).toBe(true);
  // The server's list with its critical insight moved last: a panel ranking by its own rule would put it back.
  await page.route('**/api/analytics:get-dashboard', async (route) => {
    const res = await route.fetch();
    const body = (await res.json()) as { ok: true; data: DashboardJson };
    const [head, ...tail] = body.data.insights;
    body.data.insights = head ? [...tail, head] : [];
    await route.fulfill({ response: res, json: body });
  });
  const app = new AppPage(page);
  await app.open();
  await app.choosePeriod(period);
  await expect(page.getByTestId('insight').locator('h4')).toHaveText([...rest, first!].map((i) => i.title));
});
