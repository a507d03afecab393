// Starts the real Electron app when its binary is installed; reports a skip with the reason otherwise.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/cli';

/** The binary the electron package would start, without requiring it (that would try to download it). */
function electronBinary(): { path: string | null; reason: string } {
  const pkg = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile))
    return { path: null, reason: `${pathFile} missing (the binary was never downloaded)` };
  const bin = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? { path: bin, reason: '' } : { path: null, reason: `${bin} missing` };
}

test('the Electron app opens its dashboard', async () => {
  const { path, reason } = electronBinary();
  if (path === null) {
    // The list reporter does not print skip reasons: say it where CI logs show it.
    console.warn(`electron-smoke skipped: Electron binary not installed: ${reason}`);
  }
  test.skip(path === null, `Electron binary not installed: ${reason}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-analytics-electron-'));
  const app = await electron.launch({
    executablePath: path!,
    // The folder, as `npm start` does (`electron .`): Electron then takes package.json's main and makes the
    // repository the app path. (Launched as `out/main/index.js`, the app path would be out/main.)
    args: [ROOT, '--no-sandbox'],
    env: { ...process.env, DISPATCH_ANALYTICS_DATA_DIR: dataDir },
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByTestId('sync-status')).toBeVisible({ timeout: 30_000 });
    await expect(window.getByTestId('view-dashboard')).toBeVisible();
    // served from the app's own privileged scheme, not file://
    expect(window.url()).toMatch(/^app:\/\/renderer\//);
    // the preload's API, not HTTP
    expect(await window.evaluate(() => typeof (window as unknown as { api?: unknown }).api)).toBe('object');
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
