// Runs the CLI in-process with captured output, a fixed clock and its own data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli } from '../../src/main/cli/main';

/** 2026-03-15 11:00 in Zurich (a Sunday). */
export const NOW = Date.UTC(2026, 2, 15, 10, 0);
export const TODAY = '2026-03-15';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliSandbox {
  dir: string;
  run(...argv: string[]): Promise<CliRun>;
  /** runs a `--json` command that must succeed silently on stderr, and parses its output */
  json<T>(...argv: string[]): Promise<T>;
  dispose(): void;
}

export function cliSandbox(env: Record<string, string | undefined> = {}): CliSandbox {
  const dir = mkdtempSync(join(tmpdir(), 'da-cli-'));
  return {
    dir,
    async run(...argv) {
      let stdout = '';
      let stderr = '';
      const code = await runCli(['--data-dir', dir, ...argv], {
        io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
        now: () => NOW,
        paths: { platform: 'linux', env, home: join(dir, 'home') },
      });
      return { code, stdout, stderr };
    },
    async json<T>(...argv: string[]): Promise<T> {
      const r = await this.run(...argv);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout) as T;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
