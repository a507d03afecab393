// An empty data folder: the empty state offers a sync; the sync shows its progress, then the figures. A server
// that does not answer gives an error sentence that says what to do, and a retry button.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { callApi, waitForSyncIdle } from './support/api';
import { startServe, type ServeHandle } from './support/cli';

let serve: ServeHandle;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'dispatch-analytics-e2e-empty-'));
  serve = await startServe(dataDir);
});

test.afterAll(async () => {
  serve?.child.kill('SIGTERM');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('from an empty store, the sync button fills the dashboard and the status bar follows it', async ({
  page,
}) => {
  await page.goto(serve.pageUrl);
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await expect(page.getByTestId('data-through')).toHaveText('Aucune donnée synchronisée');
  await page.getByTestId('empty-state').getByRole('button', { name: 'Synchroniser' }).click();
  await expect(page.getByTestId('sync-progress')).toBeVisible();
  await expect(page.getByTestId('kpi-total-bookings').getByTestId('kpi-value')).toHaveText(/\d/, {
    timeout: 60_000,
  });
  await expect(page.getByTestId('data-through')).toContainText("Données jusqu'au");
  await expect(page.getByTestId('sync-status')).toContainText('Dernière synchro');
  await expect(page.getByTestId('sync-progress')).toHaveCount(0);
});

test('a server that refuses the sync: an error that says what to do, and a retry', async ({ page }) => {
  // `serve` itself is no dispatch server: its answers to the login make the sync fail at once.
  const saved = await callApi<{ ok: boolean; fieldErrors?: Record<string, string> }>(
    serve.baseUrl,
    serve.token,
    'settings:update-settings',
    {
      serverUrl: serve.baseUrl,
      email: 'dispatch@example.ch',
      password: 'not-a-real-password',
    },
  );
  expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
  await page.goto(serve.pageUrl);
  await page.getByTestId('sync-now').click();
  const error = page.getByTestId('sync-error');
  await expect(error).toBeVisible({ timeout: 60_000 });
  await expect(error).toContainText('La synchronisation a échoué');
  await expect(page.getByTestId('sync-retry')).toBeEnabled();
  await page.screenshot({ path: 'test-results/screenshots/sync-error.png' });
});

async function useServer(url: string): Promise<void> {
  const saved = await callApi<{ ok: boolean }>(serve.baseUrl, serve.token, 'settings:update-settings', {
    serverUrl: url,
    email: 'dispatch@example.ch',
    password: 'not-a-real-password',
  });
  expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
}

const syncButton = (page: Page) => page.locator('[data-testid="sync-now"], [data-testid="sync-retry"]');

test('a busy server (503, Retry-After): the status bar says it retries', async ({ page }) => {
  const busy: Server = createHttpServer((_req, res) => {
    res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '20' });
    res.end('{"error":"Service en maintenance"}');
  });
  await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
  try {
    await useServer(`http://127.0.0.1:${(busy.address() as { port: number }).port}`);
    await page.goto(serve.pageUrl);
    await syncButton(page).click();
    await expect(page.getByTestId('sync-retrying')).toHaveText('Nouvelle tentative… (2)');
    await expect(page.getByTestId('sync-progress')).toBeVisible();
  } finally {
    await callApi(serve.baseUrl, serve.token, 'sync:cancel-sync');
    await waitForSyncIdle(serve.baseUrl, serve.token, 30_000);
    await new Promise<void>((done) => busy.close(() => done()));
  }
  await expect(page.getByTestId('sync-retrying')).toHaveCount(0);
});

test('a server address where nothing listens: the offline error comes after a few quick retries', async ({
  page,
}) => {
  const probe = createTcpServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((done) => probe.close(() => done()));
  await useServer(`http://127.0.0.1:${port}`);
  await page.goto(serve.pageUrl);
  await syncButton(page).click();
  const error = page.getByTestId('sync-error');
  await expect(error).toContainText('injoignable');
  await expect(error).toContainText('ECONNREFUSED');
  await expect(page.getByTestId('sync-retry')).toBeEnabled();
});
