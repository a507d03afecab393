// Issue 13, finding 9: a process killed with SIGKILL left its temporary files forever — a backup's `.partial`
// (and journal), a restore's `.restoring` copy, an export's hidden `.part` (patient data, 0644). Now they are
// written 0600 and carry their writer's pid; the next open of the store removes those of processes that are gone
// and leaves a live process's alone. A real `export` child process killed with SIGKILL while it writes.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/main';

const root = join(__dirname, '..', '..');
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && !c.signalCode) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function cli(dir: string, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['--data-dir', dir, '--lang', 'en', ...args], {
    io: { stdout: (t) => void (out += t), stderr: (t) => void (err += t) },
  });
  return { code, out, err };
}

function exited(c: ChildProcess): Promise<void> {
  return new Promise((resolve) =>
    c.exitCode !== null || c.signalCode ? resolve() : c.once('exit', () => resolve()),
  );
}

/** Starts an XLSX export of every trip into <data>/exports and kills it the moment its `.part` file appears. */
async function exportKilledMidway(dir: string): Promise<{ pid: number; part: string; mode: number }> {
  const out = join(dir, 'exports');
  mkdirSync(out, { mode: 0o700 });
  let seen: { part: string; mode: number } | null = null;
  const watcher = watch(out);
  const child = spawn(
    process.execPath,
    ['bin/dispatch-analytics.mjs', '--data-dir', dir, 'export', '--format', 'xlsx', '--what', 'trips'].concat(
      ['--period', '1y', '--out', join(out, 'trips.xlsx')],
    ),
    { cwd: root, stdio: 'ignore' },
  );
  children.push(child);
  watcher.on('change', (_event, name) => {
    if (seen || typeof name !== 'string' || !name.endsWith('.part')) return;
    child.kill('SIGKILL');
    let mode = -1;
    try {
      mode = statSync(join(out, name)).mode & 0o777;
    } catch {
      // renamed already: the export won the race, said by the assertion below
    }
    seen = { part: name, mode };
  });
  await exited(child);
  watcher.close();
  expect(child.signalCode, 'the export finished before it could be killed').toBe('SIGKILL');
  return { pid: child.pid!, ...seen! };
}

describe('what a killed process leaves behind (issue 13, finding 9)', () => {
  it('is removed at the next open; a live process’s temporary files stay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'da-leftovers-'));
    dirs.push(dir);
    expect((await cli(dir, 'demo', 'seed', '--days', '200', '--bookings-per-day', '80')).code).toBe(0);
    const killed = await exportKilledMidway(dir);
    expect(killed.part).toMatch(/^\.trips\.xlsx\..+\.part$/);
    expect(killed.mode).toBe(0o600);
    expect(readdirSync(join(dir, 'exports'))).toEqual([killed.part]);

    // What the same killed process would have left had it been backing up or restoring (names as it writes them).
    const dead = killed.pid;
    const backups = join(dir, 'backups');
    mkdirSync(backups, { recursive: true, mode: 0o700 });
    const partial = `dispatch-analytics-20261201T083000.000Z-daily.sqlite.${dead}-0a1b2c3d.partial`;
    const left = [
      join(backups, partial),
      join(backups, `${partial}-journal`),
      join(dir, `dispatch-analytics.sqlite.${dead}-0a1b2c3d.restoring`),
      join(dir, 'dispatch-analytics.sqlite.restoring'),
    ];
    for (const f of left) writeFileSync(f, 'x'.repeat(4096), { mode: 0o600 });
    // A live process's files (a backup still being written elsewhere) are not touched.
    const live = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    children.push(live);
    const livePartial = join(backups, `dispatch-analytics-x.sqlite.${live.pid}-0a1b2c3d.partial`);
    writeFileSync(livePartial, 'x', { mode: 0o600 });

    expect((await cli(dir, 'dashboard', '--period', '7d', '--json')).code).toBe(0);
    expect(readdirSync(join(dir, 'exports'))).toEqual([]);
    expect(readdirSync(backups).filter((f) => f.includes('.partial'))).toEqual([
      `dispatch-analytics-x.sqlite.${live.pid}-0a1b2c3d.partial`,
    ]);
    expect(readdirSync(dir).filter((f) => f.includes('.restoring'))).toEqual([]);
  }, 120_000);
});
