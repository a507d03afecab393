// Browser tests of the UI served by `dispatch-analytics serve`, in the system's Chromium (Debian's by
// default, CHROMIUM_PATH for another), not a browser downloaded by Playwright. One worker: every test talks
// to the same seeded app, and some change its settings.
import { defineConfig } from '@playwright/test';
// The same flags as the app's own PDF printer: one list for every headless Chromium we start.
import { CHROMIUM_ARGS } from './src/main/reports/chromium-pdf';

export { CHROMIUM_ARGS };

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  globalSetup: './e2e/support/global-setup.ts',
  globalTeardown: './e2e/support/global-teardown.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 860 },
    locale: 'fr-CH',
    timezoneId: 'Europe/Zurich',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
});
