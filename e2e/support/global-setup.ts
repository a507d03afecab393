// Seeds a throw-away data folder with 400 demo days (60 bookings/day), starts `serve` on it, and hands the page URL
// to the tests through environment variables (Playwright passes globalSetup's env on to its workers).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { nodeBinary, ROOT, runCli, startServe } from './cli';
import { waitForSyncIdle } from './api';

// One state file per checkout: two checkouts running their e2e tests at once must not stop each other's serve.
export const STATE_FILE = join(
  tmpdir(),
  `dispatch-analytics-e2e-state-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.json`,
);

export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) {
    throw new Error(
      'The UI is not built: run `npm run test:e2e` (it builds first) or `npx electron-vite build`.',
    );
  }
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    throw new Error('Chromium is missing: install it with `apt-get update && apt-get install -y chromium`.');
  }
  // The CLI the tests spawn (bin/dispatch-analytics.mjs → out/cli), built from the current sources. In a child
  // process: Playwright's loader would compile the ES module script to CommonJS, and import.meta with it.
  execFileSync(nodeBinary(), [join(ROOT, 'scripts', 'build-cli.mjs'), '--quiet'], { stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-analytics-e2e-'));
  await runCli(dataDir, ['demo', 'seed', '--days', '400', '--bookings-per-day', '60']);
  const serve = await startServe(dataDir);
  process.env.E2E_DATA_DIR = dataDir;
  process.env.E2E_PAGE_URL = serve.pageUrl;
  process.env.E2E_BASE_URL = serve.baseUrl;
  process.env.E2E_TOKEN = serve.token;
  writeFileSync(STATE_FILE, JSON.stringify({ pid: serve.child.pid, dataDir }));
  // A first sync may start on launch; the tests compare figures with the CLI, so they start once the store is still.
  await waitForSyncIdle(serve.baseUrl, serve.token);
  serve.child.unref();
  (serve.child.stdout as unknown as { unref?: () => void })?.unref?.();
  (serve.child.stderr as unknown as { unref?: () => void })?.unref?.();
}
