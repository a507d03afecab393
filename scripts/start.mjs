#!/usr/bin/env node
// `npm start`: the desktop app (electron-vite preview: builds, then opens Electron). Where the Electron binary is
// missing and cannot be downloaded (offline, locked down), it says so in one sentence and opens the same app in
// the browser instead (`dispatch-analytics serve`), so the README's start command always works.
//
// Environment: DISPATCH_ANALYTICS_ELECTRON_DIR replaces the electron package's folder (tests);
// DISPATCH_ANALYTICS_START_NO_DOWNLOAD=1 skips the download attempt; DISPATCH_ANALYTICS_START_SKIP_BUILD=1 skips
// the build before the browser fallback (tests that already built).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserFallbackCommand, browserFallbackNotice, electronBinaryStatus } from './electron-binary.mjs';
import { runScriptUnderNode22 } from './node22.mjs';

// Under an older Node (Debian's 20), run again under Node 22 from the npm registry; never returns then.
await runScriptUnderNode22();

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const env = process.env;
const args = process.argv.slice(2);

function packageDir(name) {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    return null;
  }
}

const electronDir = env.DISPATCH_ANALYTICS_ELECTRON_DIR || packageDir('electron');
const probe = () =>
  electronBinaryStatus({
    electronDir,
    env,
    exists: existsSync,
    readText: (p) => (existsSync(p) ? readFileSync(p, 'utf8') : null),
  });

/** Runs a command to its end with the terminal attached; true when it succeeded. */
function run(command, commandArgs) {
  return spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env }).status === 0;
}

/** Hands the terminal to the long-running command (Ctrl+C reaches it) and exits with its code. */
function handOver(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

let status = probe();
// Electron downloads its binary on first use; try that once (quick to fail when offline) before giving up.
if (
  !status.ok &&
  status.reason === 'binary-missing' &&
  electronDir &&
  env.DISPATCH_ANALYTICS_START_NO_DOWNLOAD !== '1'
) {
  const installer = join(electronDir, 'install.js');
  if (existsSync(installer)) {
    spawnSync(process.execPath, [installer], { cwd: ROOT, stdio: 'ignore', env });
    status = probe();
  }
}

const electronVite = packageDir('electron-vite');
if (status.ok && electronVite) {
  handOver(process.execPath, [join(electronVite, 'bin', 'electron-vite.js'), 'preview', ...args]);
} else {
  for (const line of browserFallbackNotice()) console.log(line);
  if (env.DISPATCH_ANALYTICS_START_SKIP_BUILD !== '1') {
    // The browser needs the built UI (out/renderer) and the CLI (out/cli); building needs no Electron binary.
    const built =
      (!electronVite || run(process.execPath, [join(electronVite, 'bin', 'electron-vite.js'), 'build'])) &&
      run(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--quiet']);
    if (!built) process.exit(1);
  }
  const fallback = browserFallbackCommand({ root: ROOT, nodePath: process.execPath, args });
  handOver(fallback.command, fallback.args);
}
