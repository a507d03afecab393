#!/usr/bin/env node
// `npm run package:smoke` (after `npm run build`; run by .ci/run): proves the PACKAGED app where no Electron
// binary can be downloaded.
//   1. electron-builder packages for Linux as a folder (`--dir`, dist/linux-unpacked) with electron-builder.cjs,
//      against a stand-in Electron distribution (`electronDist`: a folder with a fake `electron` executable).
//      Fuses are skipped for this build only: @electron/fuses needs the fuse sentinel compiled into a real
//      Electron binary, which the stand-in is not (`npm run package` flips them on the real one).
//   2. The layout is checked: app.asar with the main bundle and production modules only, the native modules in
//      app.asar.unpacked, the migrations, the built UI and the icon beside it.
//   3. The packaged main bundle, read out of app.asar with @electron/asar, starts in Node under the recording
//      stand-in for `electron` with app.isPackaged true and process.resourcesPath set: it must open a new store in
//      a temporary data folder (running the packaged migrations), answer a dashboard call through its IPC
//      handlers, and quit cleanly. Exit 0 only then.
// Run with `node --import tsx` (the stand-in is the TypeScript test helper of test/electron/helpers).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractAll, listPackage } from '@electron/asar';
import { createElectronStandIn, installElectronStandIn } from '../test/electron/helpers/electron-stand-in.ts';
import { launchAnswers } from '../test/electron/helpers/electron-launch.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const UNPACKED = join(ROOT, 'dist', 'linux-unpacked');
const RESOURCES = join(UNPACKED, 'resources');
const STEP_TIMEOUT_MS = 180_000;

const say = (text) => console.log(`package:smoke: ${text}`);
function fail(text) {
  console.error(`package:smoke FAILED: ${text}`);
  process.exit(1);
}
function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: no answer within ${STEP_TIMEOUT_MS / 1000} s`)),
      STEP_TIMEOUT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const work = mkdtempSync(join(tmpdir(), 'da-package-smoke-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

for (const built of [
  'out/main/index.js',
  'out/main/worker.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
]) {
  if (!existsSync(join(ROOT, built))) fail(`${built} is missing: run \`npm run build\` first.`);
}

// 1. Package against a stand-in Electron distribution.
const electronVersion = require('electron/package.json').version;
const electronDist = join(work, 'electron-dist');
mkdirSync(join(electronDist, 'resources'), { recursive: true });
mkdirSync(join(electronDist, 'locales'), { recursive: true });
writeFileSync(
  join(electronDist, 'electron'),
  '#!/bin/sh\necho "A stand-in for Electron (npm run package:smoke), not an app to run." >&2\nexit 1\n',
  { mode: 0o755 },
);
writeFileSync(
  join(electronDist, 'LICENSE'),
  'Stand-in Electron distribution for the packaging smoke test.\n',
);
writeFileSync(join(electronDist, 'version'), `${electronVersion}\n`);

const { electronFuses: _fusesNeedARealBinary, ...config } = require(join(ROOT, 'electron-builder.cjs'));
const smokeConfig = join(work, 'electron-builder.smoke.json');
writeFileSync(smokeConfig, JSON.stringify({ ...config, electronDist, electronVersion }, null, 2));
rmSync(UNPACKED, { recursive: true, force: true });
say(`packaging for Linux (--dir) against a stand-in Electron ${electronVersion}, fuses skipped`);
try {
  execFileSync(
    process.execPath,
    [
      require.resolve('electron-builder/cli.js'),
      '--linux',
      '--dir',
      '--publish',
      'never',
      '--config',
      smokeConfig,
    ],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  );
} catch {
  fail('electron-builder did not package the app (its output is above).');
}

// 2. The packaged layout.
const asarPath = join(RESOURCES, 'app.asar');
if (!existsSync(asarPath)) fail(`${asarPath} was not written.`);
const inAsar = new Set(listPackage(asarPath, { isPack: false }).map((p) => p.replaceAll('\\', '/')));
const mustHave = [
  '/package.json',
  '/out/main/index.js',
  '/out/main/worker.js',
  '/out/preload/index.cjs',
  '/node_modules/better-sqlite3/lib/index.js',
  '/node_modules/drizzle-orm/package.json',
];
const missing = mustHave.filter((p) => !inAsar.has(p));
if (missing.length) fail(`app.asar lacks ${missing.join(', ')}.`);
const leftovers = [...inAsar].filter((p) =>
  /^\/(src|test|e2e|scripts|bench|drizzle|out\/renderer|out\/cli)\/|^\/node_modules\/(electron|vite|vitest|typescript|electron-builder)\/|^\/node_modules\/better-sqlite3\/(deps|src|build)\/|\.map$/.test(
    p,
  ),
);
if (leftovers.length) fail(`app.asar holds files it should not: ${leftovers.slice(0, 10).join(', ')}…`);
const nativeSqlite = join(
  `${asarPath}.unpacked`,
  'node_modules',
  'better-sqlite3',
  'prebuilds',
  `linux-${process.arch}.node`,
);
if (!existsSync(nativeSqlite))
  fail(`better-sqlite3's native module is not unpacked: ${nativeSqlite} missing.`);
for (const resource of ['drizzle/meta/_journal.json', 'out/renderer/index.html', 'resources/icon.png']) {
  if (!existsSync(join(RESOURCES, resource)))
    fail(`${resource} is missing beside app.asar (extraResources).`);
}
say('layout: app.asar (main bundle, production modules), app.asar.unpacked (*.node), drizzle, UI, icon — ok');

// 3. Start the packaged bundle under the electron stand-in.
const appDir = join(work, 'app');
// extractAll copies the files marked unpacked from app.asar.unpacked, as Electron would load them from there.
extractAll(asarPath, appDir);
if (
  !readFileSync(
    join(appDir, 'node_modules', 'better-sqlite3', 'prebuilds', `linux-${process.arch}.node`),
  ).equals(readFileSync(nativeSqlite))
) {
  fail('the native module read through app.asar is not the one in app.asar.unpacked.');
}
const dataDir = join(work, 'data');
process.env.DISPATCH_ANALYTICS_DATA_DIR = dataDir;
for (const name of [
  'DISPATCH_ANALYTICS_RESOURCES',
  'DISPATCH_ANALYTICS_MIGRATIONS',
  'ELECTRON_RENDERER_URL',
  'DISPATCH_PASSWORD',
]) {
  delete process.env[name];
}
// Nothing may be found through the working folder (the repository): only through process.resourcesPath.
process.chdir(work);
process.resourcesPath = RESOURCES;

const handlers = new Map();
const electron = createElectronStandIn({
  ...launchAnswers({ kind: 'packaged', resourcesPath: RESOURCES }),
  'app.requestSingleInstanceLock': () => true,
  'app.whenReady': () => Promise.resolve(),
  'app.getPath': (name) => join(work, 'electron', String(name)),
  // Electron reads it from app.asar's package.json.
  'app.getVersion': () => JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')).version,
  'safeStorage.isAsyncEncryptionAvailable': () => Promise.resolve(false),
  'safeStorage.getSelectedStorageBackend': () => 'basic_text',
  'screen.getAllDisplays': () => [],
  'nativeImage.createFromPath().isEmpty': () => false,
  'new BrowserWindow.isDestroyed': () => false,
  'new BrowserWindow.isMinimized': () => false,
  'new BrowserWindow.isMaximized': () => false,
  'new BrowserWindow.getNormalBounds': () => ({ x: 0, y: 0, width: 1280, height: 800 }),
  'ipcMain.handle': (channel, handler) => void handlers.set(channel, handler),
});
installElectronStandIn(electron);
const errorBox = electron
  .waitForCall('dialog.showErrorBox')
  .then(([, text]) => fail(`the app showed: ${text}`));

say('starting the packaged main bundle (app.isPackaged, process.resourcesPath set)');
createRequire(join(appDir, 'package.json'))(join(appDir, 'out', 'main', 'index.js'));
try {
  await withTimeout(
    Promise.race([
      errorBox,
      electron.waitForCall('new BrowserWindow.webContents.send', ([event]) => event === 'sync:finished'),
    ]),
    'the first sync',
  );
} catch (err) {
  fail(err.message);
}

const [[pageUrl]] = electron.callsTo('new BrowserWindow.loadURL');
const trusted = { senderFrame: { url: pageUrl, parent: null } };
const dashboard = await handlers.get('analytics:get-dashboard')?.(trusted, { period: '30d' });
if (!dashboard?.ok) fail(`the dashboard call failed: ${JSON.stringify(dashboard?.error ?? 'no handler')}`);
if (!(dashboard.data.summary.total_bookings > 0)) fail('the dashboard answered without bookings.');
say(`dashboard through IPC: ${dashboard.data.summary.total_bookings} bookings over 30 days`);

const beforeQuit = electron.callsTo('app.on').filter(([event]) => event === 'before-quit');
if (beforeQuit.length !== 1) fail(`expected one before-quit listener, found ${beforeQuit.length}.`);
beforeQuit[0][1]({ preventDefault() {} });
const [code] = await withTimeout(electron.waitForCall('app.exit'), 'the quit');
const store = join(dataDir, 'dispatch-analytics.sqlite');
if (code !== 0) fail(`the app exited with ${code}.`);
if (existsSync(`${store}-wal`)) fail('the store is still open after the quit (its -wal file remains).');

// The store was created by the packaged migrations: every journal entry applied.
const journal = JSON.parse(readFileSync(join(RESOURCES, 'drizzle', 'meta', '_journal.json'), 'utf8'));
const Database = require('better-sqlite3');
const db = new Database(store, { readonly: true });
const applied = db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get().n;
db.close();
if (applied !== journal.entries.length) {
  fail(`the store has ${applied} migrations applied, the packaged journal lists ${journal.entries.length}.`);
}
say(`new store in a temporary data folder, ${applied} packaged migrations applied; quit cleanly`);
say('passed');
process.exit(0);
