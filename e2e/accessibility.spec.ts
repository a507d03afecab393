/// <reference lib="dom" />
// axe-core (WCAG 2 A/AA rules) on every view, light and dark, French and English: serious and critical violations
// fail the test; the full report (minor ones too) is attached to the test for reading.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { callApi, e2eEnv } from './support/api';
import { AppPage } from './support/pages';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  await test.info().attach(`axe-${label}.json`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  });
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    }));
  expect.soft(blocking, `axe on ${label}`).toEqual([]);
}

/** Opens every view once it has its data, and checks each with axe. */
async function checkEveryView(page: Page, tag: string): Promise<void> {
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByTestId('kpi-total-bookings').getByTestId('kpi-value')).not.toBeEmpty();
  await expect(page.getByTestId('chart-bookings').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('chart-weekday').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('chart-heatmap')).toBeVisible();
  await expectNoSeriousViolations(page, `dashboard-${tag}`);
  // the charts' table alternatives too
  await page.getByTestId('chart-bookings').getByTestId('toggle-table').click();
  await expect(page.getByTestId('chart-bookings').locator('table')).toBeVisible();
  await expectNoSeriousViolations(page, `dashboard-tables-${tag}`);

  await app.goTo('trips');
  await expect(page.getByTestId('trip-row').first()).toBeVisible();
  await expectNoSeriousViolations(page, `trips-${tag}`);

  await app.goTo('drivers');
  await expect(page.getByTestId('driver-row').first()).toBeVisible();
  await expectNoSeriousViolations(page, `drivers-${tag}`);

  await app.goTo('facilities');
  await expect(page.getByTestId('facility-row').first()).toBeVisible();
  await expectNoSeriousViolations(page, `facilities-${tag}`);

  await app.goTo('settings');
  await expect(page.getByTestId('setting-serverUrl')).toBeVisible();
  await expectNoSeriousViolations(page, `settings-${tag}`);
}

test.describe('accessibility (axe, WCAG 2 A/AA)', () => {
  // Every view is opened and scanned in turn (six screens, each with its axe run): more than the default budget
  // on a busy machine. The scans themselves are not timed.
  test.describe.configure({ timeout: 180_000 });
  test.afterEach(async () => {
    const { baseUrl, token } = e2eEnv();
    await callApi(baseUrl, token, 'settings:update-settings', { language: 'fr', theme: 'system' });
  });

  test('every view in the light theme (French)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await checkEveryView(page, 'light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('every view in the dark theme (French)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await checkEveryView(page, 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('the page language follows the UI language', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const app = new AppPage(page);
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.getByTestId('lang-en').click();
    await expect(page.getByTestId('nav-dashboard')).toHaveText('Dashboard');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('chart-bookings').locator('canvas')).toBeVisible();
    await expectNoSeriousViolations(page, 'dashboard-en');
    // a reload starts in French (index.html) and must switch once the saved setting arrives
    await page.reload();
    await expect(page.getByTestId('nav-dashboard')).toHaveText('Dashboard');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the keyboard focus is visible on every kind of control', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const app = new AppPage(page);
    await app.open();
    const outlineOf = (): Promise<string> =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return 'none';
        const s = getComputedStyle(el);
        return s.outlineStyle === 'none' || s.outlineWidth === '0px' ? 'none' : s.outlineStyle;
      });
    // tab through the first controls of the dashboard: each one shows an outline
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await outlineOf(), `focus ring on tab stop ${i + 1}`).not.toBe('none');
    }
  });
});
