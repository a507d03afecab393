// The app's language wins over the browser's: a French app in an en-US browser shows its date fields the French
// way, and says in French that `serve` does not answer — keeping the figures already
// on screen. The seeded store is the demo company's: every screen says so.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { AppPage } from './support/pages';

async function enUsPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'America/New_York' });
  return context.newPage();
}

test.describe('a French app in an en-US browser', () => {
  test('date fields follow the app, not the browser', async ({ browser }) => {
    const page = await enUsPage(browser);
    const app = new AppPage(page);
    await app.open();
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await page.getByTestId('period-custom').click();
    const from = page.getByTestId('period-from');
    await expect(from).toHaveValue(/^\d{2}\.\d{2}\.\d{4}$/);
    await expect(from).toHaveAttribute('placeholder', 'jj.mm.aaaa');
    await page.getByTestId('period-from').fill('31.02.2026');
    await expect(page.getByTestId('period-apply')).toBeDisabled();
    await expect(page.getByRole('alert').filter({ hasText: 'Date invalide' })).toBeVisible();
    await page.context().close();
  });

  test('serve not answering: the error in French, the figures kept on screen', async ({ browser }) => {
    const page = await enUsPage(browser);
    const app = new AppPage(page);
    await app.open();
    await app.choosePeriod('30d');
    await expect(app.kpi('kpi-total-bookings')).toHaveText(/\d/);
    const before = await app.kpiTexts();
    // every API call fails at the network level, as when `serve` was stopped
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await app.choosePeriod('90d');
    const alert = page.getByTestId('stale-error');
    await expect(alert).toContainText('L’application ne répond pas');
    await expect(alert).toContainText('Les chiffres ci-dessous restent ceux du');
    await expect(alert).not.toContainText('not reachable');
    expect(await app.kpiTexts()).toEqual(before);
    await page.context().close();
  });
});

test('demo data is labelled on every screen, with the company name', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  for (const view of ['dashboard', 'drivers', 'reports', 'settings'] as const) {
    await app.goTo(view);
    const banner = page.getByTestId('demo-banner');
    await expect(banner).toContainText('Données de démonstration');
    await expect(banner).toContainText('Léman Transports Santé SA');
  }
  await page.getByTestId('demo-banner').getByRole('button').click();
  await expect(page.getByTestId('nav-settings')).toHaveAttribute('aria-selected', 'true');
});
