#!/usr/bin/env node
// CI check (`.ci/run`): a new user's install compiles nothing. Copies this checkout to a temporary folder,
// runs `npm ci` there with an empty npm configuration (empty HOME, every npm_config_* cleared, empty user and
// global npmrc) and Node's download site unreachable (node-gyp would fetch Node's headers from there first),
// then opens a store through our own openStore and asks SQLite its version.
//
// Why it can fail: installing from the lockfile, npm runs a synthetic `node-gyp rebuild` for better-sqlite3
// (the lockfile does not record the package's "gypfile": false), which needs Node's headers from the internet,
// python3, make and a C++ compiler. `"allowScripts": { "better-sqlite3": false }` in package.json stops it; the
// package then loads the N-API prebuild it ships (prebuilds/<platform>-<arch>.node).
//
//   node scripts/check-clean-install.mjs [--keep]   (--keep leaves the temporary folder for a look)
// Environment: DISPATCH_ANALYTICS_NPM_CACHE reuses an npm cache folder (downloads only; the cache holds no
// settings). Needs the npm registry.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
let tempDir = null;

function fail(message) {
  console.error(`check-clean-install: ${message}`);
  if (tempDir && !process.argv.includes('--keep')) rmSync(tempDir, { recursive: true, force: true });
  process.exit(1);
}

/** A loopback URL where nothing listens (a port just freed), so a download from it fails at once. */
async function deadUrl() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/`;
}

/** The checkout's own files (tracked, or new and not ignored), as they are in the working tree. */
function checkoutFiles() {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (listed.status !== 0) fail(`git ls-files failed: ${listed.stderr}`);
  return listed.stdout.split('\0').filter((f) => f && existsSync(join(ROOT, f)));
}

/** This process's environment without any npm setting, plus an empty configuration and no way to Node's site. */
function cleanNpmEnv(base, dir, unreachable) {
  const env = Object.fromEntries(Object.entries(base).filter(([key]) => !/^npm_/i.test(key)));
  const home = join(dir, 'home');
  mkdirSync(home, { recursive: true });
  const userconfig = join(dir, 'empty-user.npmrc');
  const globalconfig = join(dir, 'empty-global.npmrc');
  writeFileSync(userconfig, '');
  writeFileSync(globalconfig, '');
  return {
    ...env,
    HOME: home,
    USERPROFILE: home,
    npm_config_userconfig: userconfig,
    npm_config_globalconfig: globalconfig,
    npm_config_cache: process.env.DISPATCH_ANALYTICS_NPM_CACHE || join(home, '.npm'),
    // node-gyp's header download (both spellings it reads) and its mirror variable
    npm_config_disturl: unreachable,
    npm_config_dist_url: unreachable,
    NODEJS_ORG_MIRROR: unreachable,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

async function main() {
  const keep = process.argv.includes('--keep');
  const dir = mkdtempSync(join(tmpdir(), 'da-clean-install-'));
  tempDir = dir;
  const app = join(dir, 'app');
  for (const file of checkoutFiles()) {
    mkdirSync(dirname(join(app, file)), { recursive: true });
    cpSync(join(ROOT, file), join(app, file));
  }
  const env = cleanNpmEnv(process.env, dir, await deadUrl());
  const started = Date.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const install = spawnSync(npm, ['ci', '--foreground-scripts'], {
    cwd: app,
    env,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  const log = `${install.stdout}\n${install.stderr}`;
  if (install.status !== 0) fail(`npm ci failed (${install.status}):\n${log}`);
  const seconds = Math.round((Date.now() - started) / 1000);
  // node-gyp leaves build/ behind even when it compiled nothing (the prebuild check in binding.gyp).
  if (existsSync(join(app, 'node_modules', 'better-sqlite3', 'build')) || /node-gyp/.test(log)) {
    fail(`npm ci ran node-gyp for better-sqlite3:\n${log}`);
  }
  const probe = join(app, 'clean-install-probe.ts');
  writeFileSync(
    probe,
    "import { openStore } from './src/main/store/open-store';\n" +
      `const store = openStore(${JSON.stringify(join(dir, 'probe.sqlite'))}, { skipBackups: true });\n` +
      "console.log(store.sqlite.prepare('select sqlite_version() as v').get().v);\n" +
      'store.close();\n',
  );
  const open = spawnSync(process.execPath, ['--import', 'tsx', probe], { cwd: app, env, encoding: 'utf8' });
  if (open.status !== 0 || !/^\d+\.\d+\.\d+/.test(open.stdout)) {
    fail(`the store did not open after the install (${open.status}):\n${open.stdout}\n${open.stderr}`);
  }
  console.log(
    `Clean install: npm ci in ${seconds} s with an empty npm configuration, nothing compiled; ` +
      `the store opens (SQLite ${open.stdout.trim()}).`,
  );
  if (keep) console.log(`Left in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
