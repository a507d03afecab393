// Issue 13, finding 7: a restore while another process has the store open used to succeed, and `serve` went on
// writing into the deleted file. Now the folder's "open" markers make restore refuse with the pid; a marker left
// by a killed process is taken over. A real `serve` child process, killed with SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/main';
import { listBackups } from '../../src/main/store/backups';

const root = join(__dirname, '..', '..');
let dir = '';
let child: ChildProcess | null = null;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = null;
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['--data-dir', dir, '--lang', 'en', ...args], {
    io: { stdout: (t) => void (out += t), stderr: (t) => void (err += t) },
  });
  return { code, out, err };
}

function startServe(): Promise<ChildProcess> {
  const c = spawn(
    process.execPath,
    ['bin/dispatch-analytics.mjs', '--data-dir', dir, 'serve', '--no-open', '--no-sync', '--no-schedule'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child = c;
  let stdout = '';
  return new Promise((resolve, reject) => {
    c.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (/http:\/\/127\.0\.0\.1:\d+\/\?token=/.test(stdout)) resolve(c);
    });
    c.on('exit', (code) => reject(new Error(`serve exited early (${code}): ${stdout}`)));
  });
}

function exited(c: ChildProcess): Promise<void> {
  return new Promise((resolve) =>
    c.exitCode !== null || c.signalCode ? resolve() : c.once('exit', () => resolve()),
  );
}

describe('restore and the processes that have the store open (issue 13, finding 7)', () => {
  it('refuses while `serve` has the store open, naming its pid; after a SIGKILL its stale marker is taken over', async () => {
    dir = mkdtempSync(join(tmpdir(), 'da-restore-lock-'));
    expect((await cli('demo', 'seed', '--days', '10', '--bookings-per-day', '10')).code).toBe(0);
    expect((await cli('backup', 'create')).code).toBe(0);
    const backup = listBackups(dir).find((b) => b.reason === 'manual')!;

    const serve = await startServe();
    const refused = await cli('backup', 'restore', backup.file);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain(`pid ${serve.pid}`);
    expect(refused.err).toContain('close the app first');
    expect(refused.err.trim().split('\n')).toHaveLength(1);
    // Nothing changed: no copy kept "before restore", no copy waiting beside the store.
    expect(listBackups(dir).some((b) => b.reason === 'restore')).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.restoring'))).toEqual([]);

    // Killed: it cannot remove its marker; the marker's pid is gone, so it no longer counts.
    serve.kill('SIGKILL');
    await exited(serve);
    expect(readdirSync(dir).some((f) => f === `dispatch-analytics.sqlite.open-${serve.pid}.lock`)).toBe(true);
    const restored = await cli('backup', 'restore', backup.file);
    expect(restored.err).toBe('');
    expect(restored.code).toBe(0);
    expect(existsSync(join(dir, `dispatch-analytics.sqlite.open-${serve.pid}.lock`))).toBe(false);
    expect(listBackups(dir).some((b) => b.reason === 'restore')).toBe(true);
  }, 60_000);
});
