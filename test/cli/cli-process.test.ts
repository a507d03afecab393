// The real command: `node bin/dispatch-analytics.mjs` as a child process, data folder from the environment.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve(__dirname, '../../bin/dispatch-analytics.mjs');
const dataDir = mkdtempSync(join(tmpdir(), 'da-bin-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...argv],
      { env: { ...process.env, DISPATCH_ANALYTICS_DATA_DIR: dataDir }, timeout: 60_000 },
      (err, stdout, stderr) => done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('bin/dispatch-analytics.mjs', () => {
  it('seeds, then prints the dashboard as JSON, using $DISPATCH_ANALYTICS_DATA_DIR', async () => {
    const seed = await run('demo', 'seed', '--days', '14');
    expect(seed.stderr).toBe('');
    expect(seed.code).toBe(0);
    expect(seed.stdout).toContain(join(dataDir, 'dispatch-analytics.sqlite'));
    const dash = await run('dashboard', '--period', '7d', '--json');
    expect(dash.code).toBe(0);
    const d = JSON.parse(dash.stdout) as { period: { days: number }; summary: { total_bookings: number } };
    expect(d.period.days).toBe(7);
    expect(d.summary.total_bookings).toBeGreaterThan(0);
  });

  it('exits 2 with one line and no stack trace on a bad date', async () => {
    const r = await run('metrics', '--from', '2025-13-01', '--to', '2025-12-31', '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('2025-13-01');
  });
});
