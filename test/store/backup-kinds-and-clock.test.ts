// Issue 13, findings 5 (rotation per kind) and 6 (a wrong clock), and issue 14 (one meaning of backups.keep, read
// through the settings): the switch backup outlives the daily ones; a backup dated in the future is not today's;
// the file just written is never rotated away; a backup problem never fails the command it rode along with.
// Real files; the CLI in-process with its clock (what DISPATCH_ANALYTICS_NOW sets).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/main';
import { openStore } from '../../src/main/store/open-store';
import { storePathIn } from '../../src/main/platform/app-paths';
import { backupIfDue, createBackup, listBackups } from '../../src/main/store/backups';
import { upsertCompany } from '../../src/main/store/repos/company-repo';

const NOW = Date.UTC(2026, 2, 15, 10, 0);
const DAY = 24 * 3600_000;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'da-backup-clock-'));
  dirs.push(d);
  return d;
}

async function cli(dir: string, at: number, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['--data-dir', dir, '--lang', 'en', ...args], {
    io: { stdout: (t) => void (out += t), stderr: (t) => void (err += t) },
    now: () => at,
  });
  return { code, out, err };
}

async function seeded(): Promise<string> {
  const dir = tempDir();
  expect((await cli(dir, NOW, 'demo', 'seed', '--days', '5', '--bookings-per-day', '5')).code).toBe(0);
  return dir;
}

describe('rotation per kind (issue 13, finding 5)', () => {
  it('the switch backup outlives ten daily backups; `backup list` says which ones rotate', async () => {
    const dir = tempDir();
    const store = openStore(storePathIn(dir));
    upsertCompany(store.db, { id: 1, name: 'Ambulances Léman', serviceArea: null }, { now: NOW });
    const kept = await createBackup(store, { reason: 'switch', now: NOW });
    for (let d = 1; d <= 10; d++) expect(await backupIfDue(store, NOW + d * DAY, 7)).not.toBeNull();
    store.close();
    expect(listBackups(dir).filter((b) => b.reason === 'daily')).toHaveLength(7);
    expect(listBackups(dir).map((b) => b.file)).toContain(kept.file);
    const list = await cli(dir, NOW + 10 * DAY, 'backup', 'list');
    expect(list.out).toContain('The last 7 daily backups are kept; the others');
  });
});

describe('a wrong clock (issue 13, finding 6)', () => {
  it('one run a year ahead: later commands at the right time take no backup each', async () => {
    const dir = await seeded();
    expect((await cli(dir, NOW, 'dashboard', '--period', '7d')).code).toBe(0);
    expect((await cli(dir, NOW + 365 * DAY, 'dashboard', '--period', '7d')).code).toBe(0);
    const after = listBackups(dir).length;
    for (let i = 1; i <= 3; i++) {
      expect((await cli(dir, NOW + i * 60_000, 'dashboard', '--period', '7d')).code).toBe(0);
    }
    expect(listBackups(dir)).toHaveLength(after);
  });

  it('a clock behind the newest backups: `schedule run-due` works and its backup stays', async () => {
    const dir = await seeded();
    const store = openStore(storePathIn(dir));
    for (let d = 1; d <= 7; d++) await createBackup(store, { reason: 'daily', now: NOW + d * DAY, keep: 7 });
    store.close();
    const run = await cli(dir, NOW, 'schedule', 'run-due');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(listBackups(dir).map((b) => b.createdAt)).toContain(NOW);
    expect(listBackups(dir).filter((b) => b.reason === 'daily')).toHaveLength(7);
  });

  it('a backup that cannot be written is said on stderr; the command still answers', async () => {
    const dir = await seeded();
    // A file where the backups folder should be: every backup fails.
    writeFileSync(join(dir, 'backups'), 'not a folder');
    const res = await cli(dir, NOW, 'dashboard', '--period', '7d', '--json');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.out)).toHaveProperty('summary');
    expect(res.err).toMatch(
      /^Warning: the daily backup could not be written \(.+\); the command goes on\.\n$/,
    );
  });
});

describe('backups.keep, read through the settings (issue 14)', () => {
  it('0 takes no daily backup (it used to read as 7), and `backup list` says so', async () => {
    const dir = await seeded();
    expect((await cli(dir, NOW, 'settings', 'set', 'backups.keep=0')).code).toBe(0);
    const before = listBackups(dir).length;
    expect((await cli(dir, NOW + 2 * DAY, 'dashboard', '--period', '7d')).code).toBe(0);
    expect((await cli(dir, NOW + 4 * DAY, 'dashboard', '--period', '7d')).code).toBe(0);
    expect(listBackups(dir)).toHaveLength(before);
    const list = await cli(dir, NOW + 4 * DAY, 'backup', 'list');
    expect(list.out).toContain('No daily backups (backups.keep=0)');
  });
});
