#!/usr/bin/env node
// The `dispatch-analytics` command: runs the CLI's TypeScript sources through tsx, so `npm run cli -- …` and the
// package's bin work straight after `npm install`, with no build step.
import { register } from 'tsx/esm/api';
import { register as registerCjs } from 'tsx/cjs/api';

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`dispatch-analytics needs Node.js 22 or newer (this is ${process.version}).`);
  process.exit(2);
}
register();
// The sources are CommonJS-flavoured TS (no "type": "module"): their relative imports go through tsx's CJS hook.
registerCjs();
const { runCli } = await import('../src/main/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
