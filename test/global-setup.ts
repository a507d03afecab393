// Runs once before the test files: builds the CLI and its worker (out/cli/, esbuild, well under a second), so
// the tests that spawn `bin/dispatch-analytics.mjs` or start a worker thread run the current sources.
import { buildCli } from '../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
