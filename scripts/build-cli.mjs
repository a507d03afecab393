#!/usr/bin/env node
// Builds the command-line tool to out/cli/ with esbuild (already installed as vite's bundler): index.js (the
// CLI) and worker.js (the worker thread that runs long jobs, src/main/worker/). Plain CommonJS for Node 22, so
// `dispatch-analytics` starts without a TypeScript loader. The packages in "dependencies" stay external
// (better-sqlite3 is native; the others are installed with the app); everything else is bundled.
//
//   node scripts/build-cli.mjs              build
//   node scripts/build-cli.mjs --if-stale   build only when a source is newer than out/cli/index.js
//   node scripts/build-cli.mjs --quiet      say nothing when all went well
//   node scripts/build-cli.mjs --if-available   (npm's "prepare") skip with a note when esbuild is not installed,
//                                           e.g. an install without devDependencies; the CLI then needs a build
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT_DIR = join(ROOT, 'out', 'cli');
const ENTRIES = {
  index: join(ROOT, 'src', 'main', 'cli', 'main.ts'),
  worker: join(ROOT, 'src', 'main', 'worker', 'worker-entry.ts'),
};
// What the bundle is made of: a change in any of these makes it stale.
const SOURCES = [join(ROOT, 'src', 'main'), join(ROOT, 'src', 'shared'), join(ROOT, 'package.json')];

function newestMtime(path) {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function cliIsStale() {
  const built = Object.keys(ENTRIES).map((name) => join(CLI_OUT_DIR, `${name}.js`));
  if (!built.every((file) => existsSync(file))) return true;
  const oldest = Math.min(...built.map((file) => statSync(file).mtimeMs));
  return SOURCES.some((source) => newestMtime(source) > oldest);
}

export async function buildCli() {
  const { build } = await import('esbuild');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  await build({
    entryPoints: ENTRIES,
    outdir: CLI_OUT_DIR,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    sourcemap: true,
    external: Object.keys(pkg.dependencies ?? {}),
    logLevel: 'warning',
  });
}

// Run as a script (not imported by the tests' setup or a benchmark). No top-level await: tsx loads this file
// as CommonJS when a benchmark imports it.
async function esbuildInstalled() {
  try {
    await import('esbuild');
    return true;
  } catch {
    return false;
  }
}

async function main(args) {
  if (args.includes('--if-available') && !(await esbuildInstalled())) {
    console.log(
      'esbuild is not installed (no devDependencies): the CLI is not built; run `npm run build:cli` once it is.',
    );
    return;
  }
  if (args.includes('--if-stale') && !cliIsStale()) return;
  const started = Date.now();
  await buildCli();
  if (!args.includes('--quiet')) console.log(`CLI built to out/cli in ${Date.now() - started} ms.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`The CLI could not be built: ${err?.message ?? err}`);
    process.exitCode = 1;
  });
}
