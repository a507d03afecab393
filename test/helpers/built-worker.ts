// The app's real worker entry (src/main/worker/worker-entry.ts), bundled like out/main/worker.js for tests that
// run jobs in a real worker thread. Built inside the project, so its external packages resolve.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

export interface BuiltWorker {
  script: string;
  dispose(): void;
}

export async function buildAppWorker(): Promise<BuiltWorker> {
  const outDir = resolve(__dirname, '../../out');
  mkdirSync(outDir, { recursive: true });
  const dir = mkdtempSync(join(outDir, 'test-app-worker-'));
  const script = join(dir, 'worker.js');
  await build({
    entryPoints: [resolve(__dirname, '../../src/main/worker/worker-entry.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    packages: 'external',
    logLevel: 'warning',
  });
  return { script, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
