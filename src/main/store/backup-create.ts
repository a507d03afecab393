// Backups with SQLite's online backup, never a file copy: under WAL the main file alone misses the last commits
// and a copy taken mid-write is torn. Each backup is written to a `.partial` file created 0600 (SQLite keeps the
// mode), turned into a single self-contained file (rollback journal, no -wal beside it), then renamed into place,
// so a listed backup is always complete.
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Store } from './open-store';
import { getCompany } from './repos/company-repo';
import {
  backupFileName,
  backupsDirOf,
  DAY_MS,
  DEFAULT_BACKUPS_KEEP,
  listBackups,
  parseBackupName,
  rotateBackups,
  ROTATED_REASON,
  type BackupInfo,
  type BackupReason,
} from './backup-files';
import { pidTaggedName } from '../platform/leftover-files';
import { ensurePrivateDir, ensurePrivateFile } from './private-files';
import { withStoreErrors } from './store-errors';

/** What a backup reads: the open connection and the file's path (any SQLite file: restore copies a foreign one). */
export type BackupSource = Pick<Store, 'sqlite' | 'path'>;

export interface CreateBackupOptions {
  reason: BackupReason;
  now: number;
  /**
   * For a daily backup: how many daily backups are kept, this one included (the `backups.keep` setting, read by
   * the caller through src/main/settings; default 7). Other kinds never rotate.
   */
  keep?: number;
}

function target(store: BackupSource, opts: CreateBackupOptions): { dataDir: string; path: string } {
  const dataDir = dirname(store.path);
  const dir = backupsDirOf(dataDir);
  ensurePrivateDir(dir);
  let n = 0;
  while (existsSync(join(dir, backupFileName(opts.now, opts.reason, n)))) n++;
  return { dataDir, path: join(dir, backupFileName(opts.now, opts.reason, n)) };
}

// Two processes on one folder (the app and a `schedule run-due` at 08:00) can take the same daily backup in the
// same millisecond: each writes its own partial file, and the renames (atomic) leave one complete backup. The
// pid in the name lets the next open remove the partial file of a killed process (open-store.ts).
function partialOf(path: string): string {
  return pidTaggedName(path, 'partial');
}

// Described before rotating: rotation never deletes the file just written, but another process's may (its own
// clock, its own keep), and the backup was written all the same.
function finish(opts: CreateBackupOptions, dataDir: string, path: string): BackupInfo {
  const file = basename(path);
  const info: BackupInfo = { file, path, ...parseBackupName(file)!, size: statSync(path).size };
  if (opts.reason === ROTATED_REASON) rotateBackups(dataDir, opts.keep ?? DEFAULT_BACKUPS_KEEP, path);
  return info;
}

/** Backs the store up with the online backup API (steps between other work: the event loop stays free). */
export async function createBackup(store: BackupSource, opts: CreateBackupOptions): Promise<BackupInfo> {
  const { dataDir, path } = target(store, opts);
  const partial = partialOf(path);
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
  return finish(opts, dataDir, path);
}

/**
 * The same, in one blocking statement (`VACUUM INTO`, which also writes a rollback-journal file): for the
 * backup taken before migrating, while the store is being opened and nothing else may use it yet.
 */
export function createBackupSync(store: BackupSource, opts: CreateBackupOptions): BackupInfo {
  const { dataDir, path } = target(store, opts);
  const partial = partialOf(path);
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
  return finish(opts, dataDir, path);
}

/**
 * The daily backup: taken when no daily backup was written in the day before `now`, and the store holds a
 * company's data; `keep` is the `backups.keep` setting (0: no daily backups). A backup dated after `now` (written
 * by a run whose clock was ahead) is not today's: counting it made every command skip, or with the clock back
 * take, a backup. With the clock set back, the one written now is dated before the others, and stays.
 */
export async function backupIfDue(
  store: BackupSource & Pick<Store, 'db'>,
  now: number,
  keep: number,
): Promise<BackupInfo | null> {
  if (keep <= 0) return null;
  const recent = listBackups(dirname(store.path)).some(
    (b) => b.reason === ROTATED_REASON && b.createdAt <= now && now - b.createdAt < DAY_MS,
  );
  if (recent) return null;
  if (getCompany(store.db) === null) return null;
  return createBackup(store, { reason: ROTATED_REASON, now, keep });
}

/**
 * Called before the synced data is cleared for another data source (another server or company): the data of the
 * old source stays restorable.
 */
export function backupBeforeSourceSwitch(store: BackupSource, now: number): Promise<BackupInfo> {
  return createBackup(store, { reason: 'switch', now });
}
