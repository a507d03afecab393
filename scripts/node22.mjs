#!/usr/bin/env node
// Node.js 22 for `npm start`, `npm test`, the CLI and CI when the machine's Node is older (Debian 13 ships Node
// 20; better-sqlite3 13's prebuild needs N-API 10 and crashes on it). Node 22 comes from the npm registry's
// `node` package, installed once into .cache/node22 inside the project; the command then runs again under it,
// with that Node first on PATH so the commands it starts (npm, vitest, tsc) use it too. Offline, one sentence
// says what to run. Plain JavaScript that any Node from 14 on can parse: it runs before we know the version.
//
//   node scripts/node22.mjs <command line>   run it (through the shell) under Node 22 or newer (`npm test`)
//   node scripts/node22.mjs --bin-dir        print the folder holding a Node 22 or newer `node` (.ci/run)
// In a script: `await runScriptUnderNode22()` re-runs the current script under Node 22 if needed.
// Environment: DISPATCH_ANALYTICS_NODE22_DIR replaces .cache/node22 (tests).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MIN_MAJOR = 22;
// Set in the re-run child: a cached `node` that is still too old must not start the re-run again, forever.
const RERUN_ENV = 'DISPATCH_ANALYTICS_NODE22_RERUN';

export function isRecentEnough(version = process.versions.node) {
  return Number(version.split('.')[0]) >= MIN_MAJOR;
}

export function node22Dir(env = process.env) {
  return env.DISPATCH_ANALYTICS_NODE22_DIR || join(ROOT, '.cache', 'node22');
}

/** The `node` binary of the registry's `node` package installed in `dir`, or null. */
export function cachedNode(dir) {
  const bin = join(dir, 'node_modules', 'node', 'bin');
  return [join(bin, 'node'), join(bin, 'node.exe')].find((p) => existsSync(p)) ?? null;
}

/** The line said before running under Node 22 (French first, then English, like the other notices of the scripts). */
export function rerunNotice(version, dir, installing) {
  return installing
    ? [
        `Node.js ${version} est trop ancien (22 ou plus requis) : Node 22 est installé depuis le registre npm dans ${dir} (une seule fois), puis utilisé.`,
        `Node.js ${version} is older than 22: installing Node 22 from the npm registry into ${dir} (once) and using it.`,
      ]
    : [
        `Node.js ${version} est trop ancien (22 ou plus requis) : utilisation de Node 22 (${dir}).`,
        `Node.js ${version} is older than 22: using Node 22 (${dir}).`,
      ];
}

/** The sentence said when Node 22 could not be installed: the exact command to run, once online. */
export function unavailableNotice(version, dir, why) {
  const command = `npm install --prefix "${dir}" node@${MIN_MAJOR}`;
  return [
    `Node 22 n'a pas pu être installé depuis le registre npm (${why}) : une fois en ligne, lancez \`${command}\` ` +
      `puis recommencez, ou installez Node.js 22 (https://nodejs.org).`,
    `Node 22 could not be installed from the npm registry (${why}): once online, run \`${command}\` and try ` +
      `again, or install Node.js 22 (https://nodejs.org).`,
  ];
}

function say(lines) {
  for (const line of lines) console.error(line);
}

/** Installs the registry's node@22 into `dir` (quietly): null when done, else why not, in a few words. */
function installNode22(dir) {
  mkdirSync(dir, { recursive: true });
  // The `node` package's preinstall fetches the platform's binary package: allow it by name (npm 11 asks).
  writeFileSync(join(dir, 'package.json'), '{ "private": true, "allowScripts": { "node": true } }\n');
  const args = ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `node@${MIN_MAJOR}`];
  const options = { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' };
  // Under `npm start`/`npm test`, npm says where it is; run directly, the one on PATH.
  const npmCli = process.env.npm_execpath;
  const result =
    npmCli && /\.[cm]?js$/.test(npmCli)
      ? spawnSync(process.execPath, [npmCli, ...args], options)
      : spawnSync('npm', args, { ...options, shell: process.platform === 'win32' });
  if (cachedNode(dir)) return null;
  if (result.error) return `npm: ${result.error.message}`;
  const code = /npm (?:error|ERR!) code (\S+)/.exec(result.stderr ?? '')?.[1];
  return code ? `npm: ${code}, offline?` : `npm exited with ${result.status}`;
}

/**
 * The path of a Node 22 or newer `node` for this project: this one when recent enough, else the cached one
 * (installed now if needed, saying so). Null, after saying what to run, when that is not possible.
 */
export function node22Path(env = process.env) {
  if (isRecentEnough()) return process.execPath;
  const dir = node22Dir(env);
  if (env[RERUN_ENV] === '1') {
    say(unavailableNotice(process.version, dir, `${process.execPath} is ${process.version}`));
    return null;
  }
  const cached = cachedNode(dir);
  say(rerunNotice(process.version, dir, !cached));
  if (cached) return cached;
  const failure = installNode22(dir);
  if (!failure) return cachedNode(dir);
  say(unavailableNotice(process.version, dir, failure));
  return null;
}

/** `env` with the folder of `node` first on PATH (its key keeps its spelling: `Path` on Windows). */
export function withNodeOnPath(env, node) {
  const key = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
  return { ...env, [key]: [dirname(node), env[key]].filter(Boolean).join(delimiter), [RERUN_ENV]: '1' };
}

/** Runs a child with the terminal attached, passes Ctrl+C / SIGTERM on, and exits with its code. */
function handOver(command, args, options) {
  const child = spawn(command, args, { stdio: 'inherit', ...options });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return new Promise(() => {});
}

/**
 * Returns at once under Node 22 or newer. Otherwise runs this script again under Node 22 with the same
 * arguments and exits with its code (the returned promise never settles), or exits 1 after saying what to run.
 */
export async function runScriptUnderNode22() {
  if (isRecentEnough()) return;
  const node = node22Path();
  if (!node) process.exit(1);
  await handOver(node, [...process.execArgv, ...process.argv.slice(1)], {
    env: withNodeOnPath(process.env, node),
  });
}

async function main() {
  const args = process.argv.slice(2);
  if (args.length === 0) {
    console.error('Usage: node scripts/node22.mjs <command line> | --bin-dir');
    process.exit(2);
  }
  const node = node22Path();
  if (!node) process.exit(1);
  if (args[0] === '--bin-dir') {
    console.log(dirname(node));
    return;
  }
  const env = isRecentEnough() ? process.env : withNodeOnPath(process.env, node);
  await handOver(args.join(' '), [], { shell: true, env });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
