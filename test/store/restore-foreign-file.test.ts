// Issue 13, finding 8: a foreign SQLite file with this app's table names was restored, after which every command
// failed ("no such column: hash"), the recovery `backup restore GOOD_FILE` included. Now a candidate's migrations
// and columns are checked, and restore never opens the current store as a store. Real files, the CLI in-process.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/main';
import { listBackups } from '../../src/main/store/backups';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { defaultMigrationsFolder } from '../../src/main/store/open-store';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'da-foreign-'));
  dirs.push(d);
  return d;
}

async function cli(dir: string, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['--data-dir', dir, '--lang', 'en', ...args], {
    io: { stdout: (t) => void (out += t), stderr: (t) => void (err += t) },
  });
  return { code, out, err };
}

/** A SQLite file with every table name of the app but other columns, and as many migration rows as shipped. */
function foreignFile(path: string, withRealStamps: boolean): void {
  const shipped = readMigrationFiles({ migrationsFolder: defaultMigrationsFolder() });
  const db = new Database(path);
  db.exec('CREATE TABLE __drizzle_migrations (id INTEGER PRIMARY KEY, created_at NUMERIC, hash TEXT)');
  const insert = db.prepare('INSERT INTO __drizzle_migrations (created_at, hash) VALUES (?, ?)');
  for (const [i, m] of shipped.entries()) insert.run(withRealStamps ? m.folderMillis : 1000 + i, 'x');
  for (const t of ['bookings', 'companies', 'dispatch_metrics', 'settings', 'sync_log']) {
    db.exec(`CREATE TABLE ${t} (id INTEGER PRIMARY KEY, note TEXT)`);
  }
  db.close();
}

describe('restore checks what it restores (issue 13, finding 8)', () => {
  it.each([
    ['its own migration stamps', false],
    ['the right migration stamps but other columns', true],
  ])('refuses a foreign file with the right table names (%s); the store works on', async (_, stamps) => {
    const dir = tempDir();
    expect((await cli(dir, 'demo', 'seed', '--days', '5', '--bookings-per-day', '5')).code).toBe(0);
    const foreign = join(tempDir(), 'foreign.sqlite');
    foreignFile(foreign, stamps);
    const refused = await cli(dir, 'backup', 'restore', foreign);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/not a backup of this app.*Nothing was changed/);
    expect(listBackups(dir).some((b) => b.reason === 'restore')).toBe(false);
    const after = await cli(dir, 'dashboard', '--period', '7d', '--json');
    expect(after.err).toBe('');
    expect(after.code).toBe(0);
  });

  it('a good backup restores over a foreign file that sits in place of the store', async () => {
    const dir = tempDir();
    expect((await cli(dir, 'demo', 'seed', '--days', '5', '--bookings-per-day', '5')).code).toBe(0);
    expect((await cli(dir, 'backup', 'create')).code).toBe(0);
    const good = listBackups(dir)[0]!;
    // What an older version let through: the foreign file became the store.
    const foreign = join(tempDir(), 'foreign.sqlite');
    foreignFile(foreign, false);
    copyFileSync(foreign, join(dir, 'dispatch-analytics.sqlite'));
    expect((await cli(dir, 'dashboard', '--period', '7d')).code).not.toBe(0);

    const restored = await cli(dir, 'backup', 'restore', good.file);
    expect(restored.err).toBe('');
    expect(restored.code).toBe(0);
    // The foreign file is kept as the "before restore" copy, as it was.
    const kept = listBackups(dir).find((b) => b.reason === 'restore')!;
    const copy = new Database(kept.path, { readonly: true });
    expect(copy.prepare('SELECT name FROM pragma_table_info(?)').all('bookings')).toEqual([
      { name: 'id' },
      { name: 'note' },
    ]);
    copy.close();
    const after = await cli(dir, 'dashboard', '--period', '7d', '--json');
    expect(after.code).toBe(0);
  });
});
