// Whether the Electron binary is on this machine, found the way the `electron` package finds it (its path.txt
// and dist/ folder) but without requiring that package: requiring it starts a download, which on an offline or
// locked-down machine ends in "Electron failed to install correctly". Pure apart from the probe passed in.
import { join } from 'node:path';

/**
 * @typedef {{ ok: true, path: string } | { ok: false, reason: 'package-missing' | 'binary-missing', detail: string }} ElectronBinaryStatus
 * @typedef {{ electronDir: string | null, env: Record<string, string | undefined>, exists(path: string): boolean, readText(path: string): string | null }} ElectronProbe
 */

/** @param {ElectronProbe} probe @returns {ElectronBinaryStatus} */
export function electronBinaryStatus(probe) {
  if (!probe.electronDir) {
    return { ok: false, reason: 'package-missing', detail: 'the electron package is not installed' };
  }
  const relative = probe.readText(join(probe.electronDir, 'path.txt'))?.trim() || null;
  const override = probe.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, relative ?? 'electron');
    return probe.exists(path)
      ? { ok: true, path }
      : { ok: false, reason: 'binary-missing', detail: `${path} does not exist` };
  }
  if (!relative) {
    return { ok: false, reason: 'binary-missing', detail: 'the Electron binary was never downloaded' };
  }
  const path = join(probe.electronDir, 'dist', relative);
  return probe.exists(path)
    ? { ok: true, path }
    : { ok: false, reason: 'binary-missing', detail: `${path} does not exist` };
}

/** The one sentence `npm start` prints when it falls back to the browser (French first, then English). */
export function browserFallbackNotice() {
  return [
    "Electron n'est pas installé sur cette machine (téléchargement impossible) : l'application s'ouvre dans votre navigateur.",
    'Electron is not installed on this machine (it could not be downloaded): the app opens in your browser instead.',
  ];
}

/**
 * The command that opens the same app in the browser: the built CLI's `serve`, with the arguments given to
 * `npm start -- …` (e.g. --port 8080, --no-open).
 * @param {{ root: string, nodePath: string, args: string[] }} opts
 */
export function browserFallbackCommand({ root, nodePath, args }) {
  return { command: nodePath, args: [join(root, 'bin', 'dispatch-analytics.mjs'), 'serve', ...args] };
}
