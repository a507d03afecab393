// Settings › Sauvegardes: a manual backup appears in the list; restoring it asks for confirmation, then the app
// serves the restored store (the dashboard still paints) and the previous data is listed as a backup.
import { expect, test } from '@playwright/test';
import type { DashboardJson } from '../src/shared/analytics-types';
import { callApi, e2eEnv } from './support/api';
import { AppPage, expectedKpiTexts, waitForKpis } from './support/pages';

test('backups: create one, restore it after confirming, the app carries on on the restored store', async ({
  page,
}) => {
  const { baseUrl, token } = e2eEnv();
  const dashboard = () =>
    callApi<DashboardJson>(baseUrl, token, 'analytics:get-dashboard', { period: '30d' });
  const before = expectedKpiTexts('fr', await dashboard());
  const app = new AppPage(page);
  await app.open();
  await app.goTo('settings');
  const section = page.getByTestId('backups-section');
  await expect(section).toContainText('Sauvegardes');
  await expect(section).toContainText('lisibles par votre compte seulement');
  const rowsBefore = await page.getByTestId('backup-row').count();

  await page.getByTestId('backup-create').click();
  await expect(page.getByTestId('backups-notice')).toContainText('Sauvegarde créée');
  await expect(page.getByTestId('backup-row')).toHaveCount(Math.min(rowsBefore + 1, 7));
  const manual = page.getByTestId('backup-row').filter({ hasText: 'Manuelle' }).first();

  await manual.getByTestId('backup-restore').click();
  await expect(manual).toContainText('avant restauration');
  await app.screenshot('settings-backups-confirm');
  await manual.getByTestId('backup-restore-confirm').click();
  await expect(page.getByTestId('backups-notice')).toContainText('Données restaurées');
  await expect(
    page.getByTestId('backup-row').filter({ hasText: 'Avant restauration' }).first(),
  ).toBeVisible();

  // The restored store holds the same data (it was backed up a moment ago): the same figures, served again.
  expect(expectedKpiTexts('fr', await dashboard())).toEqual(before);
  await app.goTo('dashboard');
  await app.choosePeriod('30d');
  await waitForKpis(app, before);
});
