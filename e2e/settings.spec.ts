/// <reference lib="dom" />
// Settings: field errors from the app appear next to their fields; language and theme switch the whole UI.
import { expect, test } from '@playwright/test';
import type { DashboardJson } from '../src/shared/analytics-types';
import { callApi, e2eEnv } from './support/api';
import { AppPage, expectedKpiTexts, waitForKpis } from './support/pages';

type Settings = {
  historyDays: number;
  onTimeThresholdMinutes: number;
  timeZone: string;
  language: string;
  theme: string;
};

test.describe('settings', () => {
  test.afterEach(async () => {
    const { baseUrl, token } = e2eEnv();
    await callApi(baseUrl, token, 'settings:update-settings', {
      language: 'fr',
      theme: 'system',
      timeZone: 'Europe/Zurich',
      values: { 'sync.windowDays': 14, 'exports.csvDelimiter': 'auto' },
      insightThresholds: { lowOnTimeRate: 70, highAvgDelayMinutes: 15, patternDayShare: 1 / 3 },
    });
  });

  test('insight thresholds: a pair in the wrong order is refused next to its field, a good value is saved', async ({
    page,
  }) => {
    const { baseUrl, token } = e2eEnv();
    await page.setViewportSize({ width: 1024, height: 700 });
    const app = new AppPage(page);
    await app.open();
    await app.goTo('settings');
    await expect(page.getByTestId('settings-thresholds')).toContainText('Seuils des analyses');
    const low = page.getByTestId('setting-insightThresholds.lowOnTimeRate');
    await expect(low).toHaveValue('70');
    await low.fill('95');
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('error-insightThresholds.lowOnTimeRate')).toHaveText(
      'Doit être inférieur au seuil haut (90).',
    );
    await expect(low).toHaveAttribute('aria-invalid', 'true');
    // compact: the settings fit the width of a small window
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await app.screenshot('settings-thresholds-error');
    await low.fill('65');
    await page.getByTestId('setting-insightThresholds.highAvgDelayMinutes').fill('20');
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-saved')).toBeVisible();
    const after = await callApi<{ insightThresholds: Record<string, number> }>(
      baseUrl,
      token,
      'settings:get-settings',
    );
    expect(after.insightThresholds).toMatchObject({
      lowOnTimeRate: 65,
      highAvgDelayMinutes: 20,
      excellentOnTimeRate: 90,
    });
  });

  test('invalid values come back as errors next to their fields, and nothing is saved', async ({ page }) => {
    const { baseUrl, token } = e2eEnv();
    const before = await callApi<Settings>(baseUrl, token, 'settings:get-settings');
    const app = new AppPage(page);
    await app.open();
    await app.goTo('settings');
    await page.getByTestId('setting-historyDays').fill('3');
    await page.getByTestId('setting-onTimeThresholdMinutes').fill('999');
    await page.getByTestId('setting-timeZone').fill('Mars/Olympus_Mons');
    await page.getByTestId('setting-serverUrl').fill('pas une adresse');
    await page.getByTestId('settings-save').click();
    for (const field of ['historyDays', 'onTimeThresholdMinutes', 'timeZone', 'serverUrl']) {
      const error = page.getByTestId(`error-${field}`);
      await expect(error).toBeVisible();
      await expect(error).not.toBeEmpty();
      // the message is tied to its input for screen readers
      const input = page.getByTestId(`setting-${field}`);
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
      expect(describedBy).toContain((await error.getAttribute('id'))!);
    }
    await app.screenshot('settings-field-errors');
    const after = await callApi<Settings>(baseUrl, token, 'settings:get-settings');
    expect(after.historyDays).toBe(before.historyDays);
    expect(after.onTimeThresholdMinutes).toBe(before.onTimeThresholdMinutes);
    expect(after.timeZone).toBe(before.timeZone);
  });

  test('the time zone is picked among the IANA zones; decimals show and take the French mark', async ({
    page,
  }) => {
    const { baseUrl, token } = e2eEnv();
    const app = new AppPage(page);
    await app.open();
    await app.goTo('settings');
    const zone = page.getByTestId('setting-timeZone');
    await expect(zone).toHaveValue('Europe/Zurich');
    // searchable: the input lists every zone the runtime knows
    const options = page.getByTestId('timezone-options').locator('option');
    expect(await options.count()).toBeGreaterThan(300);
    await expect(
      page.getByTestId('timezone-options').locator('option[value="America/New_York"]'),
    ).toHaveCount(1);
    expect(await zone.getAttribute('list')).toBe(
      await page.getByTestId('timezone-options').getAttribute('id'),
    );

    const share = page.getByTestId('setting-insightThresholds.patternDayShare');
    await expect(share).toHaveValue('0,3333');
    await share.fill('0,25');
    await zone.fill('America/New_York');
    // a field addressed by its settings key (sent under `values`)
    await page.getByTestId('setting-sync.windowDays').fill('21');
    // a choice addressed by its key: the tab travels as 'tab' and is stored as a tab
    await page.getByTestId('setting-exports.csvDelimiter').selectOption('tab');
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-saved')).toBeVisible();
    await expect(share).toHaveValue('0,25');
    const after = await callApi<{
      timeZone: string;
      insightThresholds: Record<string, number>;
      values: Record<string, unknown>;
    }>(baseUrl, token, 'settings:get-settings');
    expect(after.timeZone).toBe('America/New_York');
    expect(after.insightThresholds.patternDayShare).toBe(0.25);
    expect(after.values['sync.windowDays']).toBe(21);
    expect(after.values['exports.csvDelimiter']).toBe('\t');
    await expect(page.getByTestId('setting-exports.csvDelimiter')).toHaveValue('tab');
    await app.screenshot('settings-zone-decimal');
  });

  test('a new server address asks for its password next to the field, and nothing is saved', async ({
    page,
  }) => {
    const { baseUrl, token } = e2eEnv();
    const app = new AppPage(page);
    await app.open();
    await app.goTo('settings');
    await page.getByTestId('setting-serverUrl').fill('https://dispatch.example.ch');
    await page.getByTestId('setting-email').fill('office@example.ch');
    const password = page.getByTestId('setting-password');
    const hintId = ((await password.getAttribute('aria-describedby')) ?? '').split(' ')[0]!;
    await expect(page.locator(`[id="${hintId}"]`)).toContainText(
      'Nouveau serveur (https://dispatch.example.ch)',
    );
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('error-password')).toContainText('saisissez son mot de passe');
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    const after = await callApi<{ serverUrl: string | null }>(baseUrl, token, 'settings:get-settings');
    expect(after.serverUrl).toBeNull();
  });

  test('a non-number is refused before it is sent', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.goTo('settings');
    await page.getByTestId('setting-historyDays').fill('');
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('error-historyDays')).toHaveText('Entrez un nombre.');
  });

  test('switching to English translates the UI and formats numbers the English way', async ({ page }) => {
    const { baseUrl, token } = e2eEnv();
    const app = new AppPage(page);
    await app.open();
    await expect(page.getByTestId('nav-dashboard')).toHaveText('Tableau de bord');
    await page.getByTestId('lang-en').click();
    await expect(page.getByTestId('nav-dashboard')).toHaveText('Dashboard');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('kpi-on-time-rate').locator('h3')).toHaveText('On-time rate');
    await expect(page.getByTestId('data-through')).toContainText('Data through');
    const d = await callApi<DashboardJson>(baseUrl, token, 'analytics:get-dashboard', { period: '30d' });
    await waitForKpis(app, expectedKpiTexts('en', d));
    // the app words its insights in the chosen language too
    if (d.insights[0]) await expect(page.getByTestId('insight').getByText(d.insights[0].title)).toBeVisible();
    await app.screenshot('dashboard-en');
    // and the choice is saved: a reload stays in English
    await page.reload();
    await expect(page.getByTestId('nav-dashboard')).toHaveText('Dashboard');
    await page.getByTestId('lang-fr').click();
    await expect(page.getByTestId('nav-dashboard')).toHaveText('Tableau de bord');
  });

  test('dark mode: from the settings, and following the system', async ({ page }) => {
    const app = new AppPage(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await app.goTo('settings');
    await page.getByTestId('setting-theme').selectOption('dark');
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-saved')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(16, 21, 28)');
    await app.goTo('dashboard');
    await expect(page.getByTestId('kpi-total-bookings')).toBeVisible();
    await app.screenshot('dashboard-dark');
    // 'system' follows prefers-color-scheme
    await app.goTo('settings');
    await page.getByTestId('setting-theme').selectOption('system');
    await page.getByTestId('settings-save').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});
