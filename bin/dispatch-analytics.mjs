#!/usr/bin/env node
// The `dispatch-analytics` command: runs the built CLI (out/cli/index.js, made by scripts/build-cli.mjs at
// `npm install` through the "prepare" script, or by `npm run build`). No TypeScript loader at run time.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The package folder is the resources root (drizzle/, out/renderer/, package.json): see src/main/app-resources.ts.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  // In a checkout, run again under Node 22 from the npm registry (cached in .cache/node22); never returns.
  const node22 = join(root, 'scripts', 'node22.mjs');
  if (existsSync(node22)) await (await import(pathToFileURL(node22).href)).runScriptUnderNode22();
  console.error(
    `dispatch-analytics demande Node.js 22 ou plus récent (celui-ci est ${process.version}).\n` +
      `dispatch-analytics needs Node.js 22 or newer (this is ${process.version}).`,
  );
  process.exit(2);
}
const cliDir = join(root, 'out', 'cli');
const entry = join(cliDir, 'index.js');
if (!existsSync(entry)) {
  // First run in a checkout whose install skipped "prepare" (--ignore-scripts): build once, if we can.
  const builder = join(root, 'scripts', 'build-cli.mjs');
  if (!existsSync(builder)) {
    console.error(
      `L'outil en ligne de commande n'est pas construit (${entry} manque) : réinstallez Dispatch Analytics.\n` +
        `The command-line tool is not built (${entry} is missing): reinstall Dispatch Analytics.`,
    );
    process.exit(1);
  }
  try {
    const { buildCli } = await import(pathToFileURL(builder).href);
    await buildCli();
  } catch (err) {
    const why = err?.message ?? err;
    console.error(
      `L'outil en ligne de commande n'a pas pu être construit (${why}) : lancez \`npm run build\`.\n` +
        `The command-line tool could not be built (${why}): run \`npm run build\`.`,
    );
    process.exit(1);
  }
}
const { runCli } = createRequire(import.meta.url)(entry);
process.exitCode = await runCli(process.argv.slice(2), {
  resourcesRoot: root,
  workerScript: join(cliDir, 'worker.js'),
});
