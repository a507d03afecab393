// The wall screen's live view on a store with no data yet: the view itself starts a sync when opened (none was
// ever made), shows "no data yet" until it finishes, then the day's figures, equal to the API's; a later sync
// (started elsewhere) makes it read today's figures again.
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callApi, waitForSyncIdle } from './support/api';
import { startServe, type ServeHandle } from './support/cli';

interface Today {
  due: number;
  on_time: number;
  late: number;
  cancelled: number;
  waiting: number;
}

let serve: ServeHandle;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'dispatch-analytics-e2e-today-'));
  serve = await startServe(dataDir);
});

test.afterAll(async () => {
  serve?.child.kill('SIGTERM');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const integer = (n: number) => new Intl.NumberFormat('fr-CH').format(n).replace(/\s/g, ' ');

test('the today view syncs by itself, then shows the day’s figures and follows later syncs', async ({
  page,
}) => {
  // Nothing synced yet: no figures. The view then starts the sync itself, without a click.
  expect(await callApi<Today | null>(serve.baseUrl, serve.token, 'analytics:get-today')).toBeNull();
  await page.goto(serve.pageUrl);
  await page.getByTestId('nav-today').click();
  await expect(page.getByTestId('view-today')).toBeVisible();
  await expect(page.getByTestId('today-empty')).toHaveText('Pas encore de données pour aujourd’hui');
  await expect(page.getByTestId('today-due').getByTestId('today-value')).toHaveText(/^\d/, {
    timeout: 120_000,
  });
  await expect(page.getByTestId('today-empty')).toHaveCount(0);
  await waitForSyncIdle(serve.baseUrl, serve.token);

  const today = await callApi<Today>(serve.baseUrl, serve.token, 'analytics:get-today');
  expect(today).not.toBeNull();
  for (const [key, label] of [
    ['due', 'Courses dues'],
    ['on_time', 'Faites à l’heure'],
    ['late', 'En retard'],
    ['cancelled', 'Annulées'],
    ['waiting', 'En attente'],
  ] as const) {
    const figure = page.getByTestId(`today-${key}`);
    await expect(figure.getByTestId('today-value')).toHaveText(integer(today[key]));
    await expect(figure).toContainText(label);
  }
  await page.screenshot({ path: 'test-results/screenshots/today-live.png' });

  // A sync started elsewhere (the scheduler, another window): when it finishes the view reads today again.
  const reread = page.waitForResponse((r) => r.url().includes('/api/analytics:get-today'), {
    timeout: 120_000,
  });
  const started = await callApi<{ started: boolean }>(serve.baseUrl, serve.token, 'sync:start-sync');
  expect(started.started).toBe(true);
  await reread;
  await waitForSyncIdle(serve.baseUrl, serve.token);
  const after = await callApi<Today>(serve.baseUrl, serve.token, 'analytics:get-today');
  await expect(page.getByTestId('today-due').getByTestId('today-value')).toHaveText(integer(after.due));
});
