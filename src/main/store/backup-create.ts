// Backups with SQLite's online backup, never a file copy: under WAL the main file alone misses the last commits
// and a copy taken mid-write is torn. Each backup is written to a `.partial` file created 0600 (SQLite keeps the
// mode), turned into a single self-contained file (rollback journal, no -wal beside it), then renamed into place,
// so a listed backup is always complete.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Store } from './open-store';
import { getSetting } from './repos/settings-repo';
import { getCompany } from './repos/company-repo';
import {
  backupFileName,
  backupsDirOf,
  DAY_MS,
  DEFAULT_BACKUPS_KEEP,
  listBackups,
  rotateBackups,
  type BackupInfo,
  type BackupReason,
} from './backup-files';
import { ensurePrivateDir, ensurePrivateFile } from './private-files';
import { withStoreErrors } from './store-errors';

export type BackupSource = Pick<Store, 'db' | 'sqlite' | 'path'>;

export interface CreateBackupOptions {
  reason: BackupReason;
  now: number;
  /** how many backups to keep after this one; default: the `backups.keep` setting, else 7 */
  keep?: number;
}

/** The `backups.keep` setting of the store (the settings section `backups`), else the default. */
export function backupsKeepOf(store: BackupSource): number {
  try {
    const section = getSetting<{ keep?: unknown } | null>(store.db, 'backups', null);
    const keep = section?.keep;
    return typeof keep === 'number' && Number.isInteger(keep) && keep >= 1 ? keep : DEFAULT_BACKUPS_KEEP;
  } catch {
    return DEFAULT_BACKUPS_KEEP;
  }
}

function target(store: BackupSource, opts: CreateBackupOptions): { dataDir: string; path: string } {
  const dataDir = dirname(store.path);
  const dir = backupsDirOf(dataDir);
  ensurePrivateDir(dir);
  let n = 0;
  while (existsSync(join(dir, backupFileName(opts.now, opts.reason, n)))) n++;
  return { dataDir, path: join(dir, backupFileName(opts.now, opts.reason, n)) };
}

function finish(store: BackupSource, opts: CreateBackupOptions, dataDir: string, path: string): BackupInfo {
  rotateBackups(dataDir, opts.keep ?? backupsKeepOf(store));
  const info = listBackups(dataDir).find((b) => b.path === path);
  if (!info) throw new Error(`backup ${path} vanished after it was written`);
  return info;
}

/** Backs the store up with the online backup API (steps between other work: the event loop stays free). */
export async function createBackup(store: BackupSource, opts: CreateBackupOptions): Promise<BackupInfo> {
  const { dataDir, path } = target(store, opts);
  const partial = `${path}.partial`;
  try {
    await withStoreErrors(path, async () => {
      ensurePrivateFile(partial);
      await store.sqlite.backup(partial);
      // The copy keeps the WAL flag of its source: make it one self-contained file.
      const copy = new Database(partial);
      try {
        copy.pragma('journal_mode = DELETE');
      } finally {
        copy.close();
      }
      renameSync(partial, path);
    });
  } catch (err) {
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`])
      rmSync(f, { force: true });
    throw err;
  }
  return finish(store, opts, dataDir, path);
}

/**
 * The same, in one blocking statement (`VACUUM INTO`, which also writes a rollback-journal file): for the
 * backup taken before migrating, while the store is being opened and nothing else may use it yet.
 */
export function createBackupSync(store: BackupSource, opts: CreateBackupOptions): BackupInfo {
  const { dataDir, path } = target(store, opts);
  const partial = `${path}.partial`;
  try {
    withStoreErrors(path, () => {
      // VACUUM INTO accepts an existing empty file, so the file is created 0600 first.
      ensurePrivateFile(partial);
      store.sqlite.prepare('VACUUM INTO ?').run(partial);
      renameSync(partial, path);
    });
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
  return finish(store, opts, dataDir, path);
}

/** The daily backup: taken when the newest backup is a day old or more, and the store holds a company's data. */
export async function backupIfDue(
  store: BackupSource,
  now: number,
  keep?: number,
): Promise<BackupInfo | null> {
  const newest = listBackups(dirname(store.path))[0];
  // Within a day either way: a clock set back (DISPATCH_ANALYTICS_NOW, a wrong system date) must not make
  // every start take a backup and rotate the real ones away.
  if (newest && Math.abs(now - newest.createdAt) < DAY_MS) return null;
  if (getCompany(store.db) === null) return null;
  return createBackup(store, { reason: 'daily', now, ...(keep !== undefined ? { keep } : {}) });
}

/**
 * Called before the synced data is cleared for another data source (another server or company): the data of the
 * old source stays restorable.
 */
export function backupBeforeSourceSwitch(store: BackupSource, now: number): Promise<BackupInfo> {
  return createBackup(store, { reason: 'switch', now });
}
