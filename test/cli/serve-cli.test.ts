// `serve` as a user runs it: a child process on a seeded data folder, driven over HTTP, stopped with SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/main';

const root = join(__dirname, '..', '..');
let dir: string;
let child: ChildProcess;
let pageUrl: string;
let stdout = '';

function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  return runCli(['--data-dir', dir, ...args], {
    io: { stdout: (t) => void (out += t), stderr: (t) => void (err += t) },
  }).then((code) => ({ code, out, err }));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'da-serve-'));
  expect((await cli(['demo', 'seed', '--days', '40', '--bookings-per-day', '30'])).code).toBe(0);
  child = spawn(process.execPath, ['bin/dispatch-analytics.mjs', '--data-dir', dir, 'serve', '--no-open'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  pageUrl = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(stdout);
      if (m) resolve(m[0]);
    });
    child.on('exit', (code) => reject(new Error(`serve exited early (${code}): ${stdout}`)));
  });
}, 60_000);

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('dispatch-analytics serve', () => {
  it('prints the page URL with its token and the API answers like the CLI', async () => {
    const url = new URL(pageUrl);
    const token = url.searchParams.get('token')!;
    const res = await fetch(`${url.origin}/api/analytics:get-dashboard`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dispatch-token': token },
      body: JSON.stringify({ period: '30d' }),
    });
    const body = (await res.json()) as { ok: boolean; data: unknown };
    const fromCli = await cli(['dashboard', '--period', '30d', '--json']);
    expect(fromCli.code).toBe(0);
    const cliJson = JSON.parse(fromCli.out) as Record<string, unknown>;
    expect(body.ok).toBe(true);
    // Same figures to the decimal on both surfaces (the CLI may add keys of its own).
    for (const key of ['period', 'summary', 'trends', 'previous_summary', 'quality_parts'] as const) {
      expect((body.data as Record<string, unknown>)[key], key).toEqual(cliJson[key]);
    }
    const denied = await fetch(`${url.origin}/api/app:get-info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(denied.status).toBe(401);
  });

  it('does not sync a seeded store on its own, and stops cleanly on SIGTERM', async () => {
    const url = new URL(pageUrl);
    const status = await fetch(`${url.origin}/api/sync:get-status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dispatch-token': url.searchParams.get('token')! },
      body: '{}',
    });
    expect(await status.json()).toMatchObject({
      ok: true,
      data: { running: false, lastSync: null, nextSyncAt: null },
    });
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
