// Finding 5: the data folder and every store file are private to their owner on POSIX (real files, stat modes).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/main/store/open-store';
import { createBackup } from '../../src/main/store/backups';
import { runCli } from '../../src/main/cli/main';

const posix = process.platform !== 'win32';
const mode = (path: string) => statSync(path).mode & 0o777;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function parent(): string {
  const d = mkdtempSync(join(tmpdir(), 'da-private-'));
  dirs.push(d);
  return d;
}

describe.runIf(posix)('private data folder', () => {
  it('a new data folder is 0700 and the store, its -wal and -shm are 0600, whatever the umask', () => {
    const old = process.umask(0o022);
    try {
      const dataDir = join(parent(), 'nested', 'data');
      const store = openStore(join(dataDir, 'dispatch-analytics.sqlite'));
      store.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('k', '1', 0)").run();
      expect(mode(dataDir)).toBe(0o700);
      for (const f of [
        'dispatch-analytics.sqlite',
        'dispatch-analytics.sqlite-wal',
        'dispatch-analytics.sqlite-shm',
      ]) {
        expect([f, mode(join(dataDir, f))]).toEqual([f, 0o600]);
      }
      store.close();
    } finally {
      process.umask(old);
    }
  });

  it('tightens a store left world-readable by an older version (folder 0755, files 0644), and its backups', () => {
    const dataDir = join(parent(), 'data');
    mkdirSync(join(dataDir, 'backups'), { recursive: true });
    const path = join(dataDir, 'dispatch-analytics.sqlite');
    const raw = new Database(path);
    raw.pragma('journal_mode = WAL');
    raw.exec('CREATE TABLE x (a)');
    raw.close();
    writeFileSync(join(dataDir, 'backups', 'dispatch-analytics-20261201T083000.000Z-daily.sqlite'), '');
    writeFileSync(join(dataDir, 'secrets.json'), '{}');
    writeFileSync(join(dataDir, 'notes.txt'), 'not ours');
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, 'backups'), 0o755);
    for (const f of [
      'dispatch-analytics.sqlite',
      'secrets.json',
      'notes.txt',
      'backups/dispatch-analytics-20261201T083000.000Z-daily.sqlite',
    ]) {
      chmodSync(join(dataDir, f), 0o644);
    }
    const store = openStore(path);
    store.close();
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, 'backups'))).toBe(0o700);
    expect(mode(path)).toBe(0o600);
    expect(mode(join(dataDir, 'secrets.json'))).toBe(0o600);
    expect(mode(join(dataDir, 'backups', 'dispatch-analytics-20261201T083000.000Z-daily.sqlite'))).toBe(
      0o600,
    );
    // A file the app did not write is left as the user set it.
    expect(mode(join(dataDir, 'notes.txt'))).toBe(0o644);
  });

  it('never locks a shared sticky folder such as /tmp', () => {
    const shared = join(parent(), 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    openStore(join(shared, 'dispatch-analytics.sqlite')).close();
    expect(statSync(shared).mode & 0o7777).toBe(0o1777);
    expect(mode(join(shared, 'dispatch-analytics.sqlite'))).toBe(0o600);
  });

  it('backups are 0600 in a 0700 backups folder', async () => {
    const dataDir = join(parent(), 'data');
    const store = openStore(join(dataDir, 'dispatch-analytics.sqlite'));
    const info = await createBackup(store, { reason: 'manual', now: Date.UTC(2026, 11, 1, 8, 30) });
    store.close();
    expect(mode(join(dataDir, 'backups'))).toBe(0o700);
    expect(mode(info.path)).toBe(0o600);
  });

  it('the CLI creates a private store too (`demo seed` into a new folder)', async () => {
    const dataDir = join(parent(), 'cli-data');
    const code = await runCli(
      ['--data-dir', dataDir, 'demo', 'seed', '--days', '3', '--bookings-per-day', '5'],
      {
        io: { stdout: () => {}, stderr: () => {} },
      },
    );
    expect(code).toBe(0);
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, 'dispatch-analytics.sqlite'))).toBe(0o600);
  });
});
