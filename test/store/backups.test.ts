// Backups: the online backup API, names, rotation, the automatic ones (daily, before a migration), and restore
// (refusing what is not a store of this app or is damaged, keeping the current store first). Real files.
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultMigrationsFolder, openStore } from '../../src/main/store/open-store';
import { storePathIn } from '../../src/main/platform/app-paths';
import {
  backupIfDue,
  createBackup,
  listBackups,
  restoreBackup,
  BackupRestoreError,
} from '../../src/main/store/backups';
import { setSetting, getSetting } from '../../src/main/store/repos/settings-repo';
import { upsertCompany } from '../../src/main/store/repos/company-repo';
import { runCli } from '../../src/main/cli/main';
import { translateMessage } from '../../src/shared/i18n';

const T0 = Date.UTC(2026, 11, 1, 8, 30);
const HOUR = 3600_000;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function dataDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'da-backups-'));
  dirs.push(d);
  return d;
}
function storeIn(dir: string) {
  return openStore(storePathIn(dir));
}

describe('createBackup', () => {
  it('writes a complete, self-contained copy (commits still in the WAL included), named by UTC stamp and reason', async () => {
    const dir = dataDir();
    const store = storeIn(dir);
    setSetting(store.db, 'marker', 'before-backup', T0);
    // The commit sits in the -wal: a copy of the main file alone would miss it.
    expect(existsSync(`${store.path}-wal`)).toBe(true);
    const info = await createBackup(store, { reason: 'manual', now: T0 });
    store.close();
    expect(info.file).toBe('dispatch-analytics-20261201T083000.000Z-manual.sqlite');
    expect(info.reason).toBe('manual');
    expect(info.createdAt).toBe(T0);
    expect(readdirSync(join(dir, 'backups'))).toEqual([info.file]);
    const copy = new Database(info.path, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'marker'").get()).toEqual({
      value: JSON.stringify('before-backup'),
    });
    copy.close();
  });

  it('daily backups keep the newest N (7 by default); the other kinds are never rotated', async () => {
    const dir = dataDir();
    const store = storeIn(dir);
    for (let i = 0; i < 9; i++) await createBackup(store, { reason: 'daily', now: T0 + i * HOUR });
    expect(listBackups(dir)).toHaveLength(7);
    expect(listBackups(dir)[0]!.createdAt).toBe(T0 + 8 * HOUR);
    expect(listBackups(dir).at(-1)!.createdAt).toBe(T0 + 2 * HOUR);
    await createBackup(store, { reason: 'daily', now: T0 + 9 * HOUR, keep: 3 });
    expect(listBackups(dir).map((b) => b.createdAt)).toEqual([9, 8, 7].map((i) => T0 + i * HOUR));
    for (let i = 0; i < 9; i++) await createBackup(store, { reason: 'manual', now: T0 + (10 + i) * HOUR });
    expect(listBackups(dir).filter((b) => b.reason === 'manual')).toHaveLength(9);
    // Two backups in the same millisecond get distinct names.
    await createBackup(store, { reason: 'daily', now: T0 + 10 * HOUR, keep: 5 });
    await createBackup(store, { reason: 'daily', now: T0 + 10 * HOUR, keep: 5 });
    expect(new Set(listBackups(dir).map((b) => b.file)).size).toBe(9 + 5);
    store.close();
  });
});

describe('automatic backups', () => {
  it('daily: only with data, and only when the newest backup is a day old', async () => {
    const dir = dataDir();
    const store = storeIn(dir);
    expect(await backupIfDue(store, T0, 7)).toBeNull();
    upsertCompany(store.db, { id: 1, name: 'Ambulances Léman', serviceArea: null }, { now: T0 });
    expect((await backupIfDue(store, T0, 7))?.reason).toBe('daily');
    expect(await backupIfDue(store, T0 + 23 * HOUR, 7)).toBeNull();
    expect((await backupIfDue(store, T0 + 24 * HOUR, 7))?.reason).toBe('daily');
    expect(listBackups(dir)).toHaveLength(2);
    store.close();
  });

  it('before a migration of an existing store (never for a new one)', () => {
    const dir = dataDir();
    const path = storePathIn(dir);
    openStore(path).close();
    expect(listBackups(dir)).toEqual([]);
    // Pretend the store was written before the last migration shipped: undo what that migration created.
    const created = tablesCreatedByNewestMigration();
    expect(created.length).toBeGreaterThan(0);
    const raw = new Database(path);
    raw.exec(
      'DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)',
    );
    for (const kindAndName of created) raw.exec(`DROP ${kindAndName}`);
    for (const [table, column] of columnsAddedByNewestMigration())
      raw.exec(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    raw.close();
    const store = openStore(path, { now: () => T0 });
    expect(listBackups(dir).map((b) => b.reason)).toEqual(['migration']);
    const copy = new Database(listBackups(dir)[0]!.path, { readonly: true });
    const inCopy = copy
      .prepare(`SELECT name FROM sqlite_master WHERE name IN (${created.map(() => '?').join(',')})`)
      .all(...created.map((c) => c.split(' ')[1]));
    copy.close();
    expect(inCopy).toEqual([]);
    store.close();
  });
});

describe('restoreBackup', () => {
  it('puts the backup back and keeps the current store as a `restore` backup first', async () => {
    const dir = dataDir();
    const store = storeIn(dir);
    setSetting(store.db, 'marker', 'old', T0);
    const backup = await createBackup(store, { reason: 'manual', now: T0 });
    setSetting(store.db, 'marker', 'new', T0 + HOUR);
    store.close();

    const result = await restoreBackup(dir, backup.file, T0 + 2 * HOUR);
    expect(result.restoredFrom).toBe(backup.path);
    expect(result.safetyBackup?.reason).toBe('restore');
    const reopened = storeIn(dir);
    expect(getSetting(reopened.db, 'marker', null)).toBe('old');
    reopened.close();
    const kept = new Database(result.safetyBackup!.path, { readonly: true });
    expect(kept.prepare("SELECT value FROM settings WHERE key = 'marker'").get()).toEqual({
      value: JSON.stringify('new'),
    });
    kept.close();
  });

  it('refuses a file that is not a store of this app, a damaged one, or one from a newer version — changing nothing', async () => {
    const dir = dataDir();
    const store = storeIn(dir);
    setSetting(store.db, 'marker', 'current', T0);
    const good = await createBackup(store, { reason: 'manual', now: T0 });
    store.close();
    const before = listBackups(dir).map((b) => b.file);

    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'hello '.repeat(500));
    const otherApp = join(dir, 'other.sqlite');
    const other = new Database(otherApp);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    other.close();
    const damaged = join(dir, 'damaged.sqlite');
    copyFileSync(good.path, damaged);
    const bytes = Buffer.alloc(4096 * 3, 0x5a);
    const fd = openSync(damaged, 'r+');
    writeSync(fd, bytes, 0, bytes.length, 4096 * 2);
    closeSync(fd);
    const newer = join(dir, 'newer.sqlite');
    copyFileSync(good.path, newer);
    const n = new Database(newer);
    n.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', 9999999999999)").run();
    n.close();

    const cases: Array<[string, RegExp]> = [
      [text, /n’est pas une base SQLite/],
      [otherApp, /n’est pas une base de Dispatch Analytics \(tables absentes/],
      [damaged, /endommagée|n’est pas une base/],
      [newer, /version plus récente/],
      [join(dir, 'missing.sqlite'), /n’existe pas/],
    ];
    for (const [file, why] of cases) {
      const err = await restoreBackup(dir, file, T0 + HOUR).catch((e: unknown) => e);
      expect(err, file).toBeInstanceOf(BackupRestoreError);
      expect(translateMessage('fr', (err as BackupRestoreError).userMessage)).toMatch(why);
      expect(translateMessage('fr', (err as BackupRestoreError).userMessage)).toContain(
        'Rien n’a été modifié',
      );
      expect(translateMessage('en', (err as BackupRestoreError).userMessage)).toContain(
        'Nothing was changed',
      );
    }
    expect(listBackups(dir).map((b) => b.file)).toEqual(before);
    const reopened = storeIn(dir);
    expect(getSetting(reopened.db, 'marker', null)).toBe('current');
    reopened.close();
    expect(readdirSync(dir).filter((f) => f.includes('restoring'))).toEqual([]);
  });

  it('restores over a store too damaged to open, moving the damaged file into the backups', async () => {
    const dir = dataDir();
    const store = storeIn(dir);
    setSetting(store.db, 'marker', 'good', T0);
    const backup = await createBackup(store, { reason: 'manual', now: T0 });
    store.close();
    writeFileSync(storePathIn(dir), 'garbage '.repeat(1000));
    const result = await restoreBackup(dir, backup.path, T0 + HOUR);
    expect(result.safetyBackup?.reason).toBe('restore');
    const reopened = storeIn(dir);
    expect(getSetting(reopened.db, 'marker', null)).toBe('good');
    reopened.close();
  });
});

describe('`backup` command', () => {
  async function cli(dir: string, ...args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['--data-dir', dir, ...args], {
      io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
      now: () => T0,
    });
    return { code, stdout, stderr };
  }

  it('create, list, restore FILE; a bad file is refused with a sentence (exit 2)', async () => {
    const dir = dataDir();
    expect((await cli(dir, 'backup', 'list')).stdout).toContain('Aucune sauvegarde');
    expect((await cli(dir, 'demo', 'seed', '--days', '3', '--bookings-per-day', '5')).code).toBe(0);
    const created = await cli(dir, 'backup', 'create');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Sauvegarde écrite');
    const listed = await cli(dir, '--lang', 'en', 'backup', 'list');
    expect(listed.stdout).toMatch(
      /dispatch-analytics-20261201T083000\.000Z-manual\.sqlite\s+2026-12-01 08:30 UTC\s+manual/,
    );
    const json = JSON.parse((await cli(dir, 'backup', 'list', '--json')).stdout) as Array<{ file: string }>;
    const file = json.find((b) => b.file.endsWith('-manual.sqlite'))!.file;

    const restored = await cli(dir, 'backup', 'restore', file);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('Données restaurées depuis');
    expect(restored.stdout).toContain('-restore.sqlite');

    writeFileSync(join(dir, 'x.txt'), 'not a database');
    const refused = await cli(dir, '--lang', 'en', 'backup', 'restore', join(dir, 'x.txt'));
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('cannot be restored');
  });
});

/** The tables the newest shipped migration creates (read from drizzle/, so the test follows new migrations). */
function tablesCreatedByNewestMigration(): string[] {
  const folder = defaultMigrationsFolder();
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const sql = readFileSync(join(folder, `${journal.entries.at(-1)!.tag}.sql`), 'utf8');
  // Indexes first: dropping a table drops its own indexes, and an index may sit on an older table.
  const created = [...sql.matchAll(/CREATE (TABLE|VIEW|INDEX) `(\w+)`/g)].map((m) => `${m[1]} ${m[2]}`);
  return created.sort((a, b) => Number(!a.startsWith('INDEX')) - Number(!b.startsWith('INDEX')));
}

/** [table, column] of each `ALTER TABLE … ADD` of the newest migration, so the test can undo it too. */
function columnsAddedByNewestMigration(): [string, string][] {
  const folder = defaultMigrationsFolder();
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const sql = readFileSync(join(folder, `${journal.entries.at(-1)!.tag}.sql`), 'utf8');
  return [...sql.matchAll(/ALTER TABLE `(\w+)` ADD `(\w+)`/g)].map((m) => [m[1]!, m[2]!]);
}
