// Putting a backup back. The store must be closed by every process: this one (the CLI never opened it; the app
// stops its core first) and the others (the folder's "open" markers, open-lock.ts: a `serve` or a sync would go
// on writing into the replaced file). The candidate is checked first — a SQLite file of this app (its tables,
// its migrations, and once brought up to date its columns), intact (`PRAGMA integrity_check`), not from a newer
// version — then the current store is kept as a backup, and the candidate is copied beside the store and renamed
// over it: the store file is never half-written. The current store is only copied as a SQLite file, never opened
// as a store: restore is the way out of a damaged or foreign one.
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { msg, type catalogues, type MessageParams } from '../../shared/i18n';
import { LocalizedError } from '../../shared/i18n/localized-error';
import { storePathIn } from '../platform/app-paths';
import { pidTaggedName } from '../platform/leftover-files';
import { backupsDirOf, backupFileName, listBackups, type BackupInfo } from './backup-files';
import { createBackup } from './backup-create';
import { migrationsProblem, upgradeAndCompare, type SchemaProblem } from './backup-schema-check';
import { carryLedgerInto } from './ledger-carry';
import { defaultMigrationsFolder } from './open-store';
import { takeRestoreLock } from './open-lock';
import { ensurePrivateDir, ensurePrivateFile } from './private-files';
import { storeFailureOf } from './store-errors';

/** Tables every store of this app has had since its first migration (daily_stats is a view since 0005). */
const REQUIRED_TABLES = [
  '__drizzle_migrations',
  'bookings',
  'companies',
  'dispatch_metrics',
  'settings',
  'sync_log',
];

export interface RestoreResult {
  /** the file that was restored */
  restoredFrom: string;
  /** the copy of the store as it was before, or null when there was no store */
  safetyBackup: BackupInfo | null;
}

export class BackupRestoreError extends LocalizedError {
  override name = 'BackupRestoreError';
  readonly kind = 'validation';
}

/** A name from `backup list` (in the backups folder) or a path to any file. */
export function resolveBackupFile(dataDir: string, file: string): string {
  if (!isAbsolute(file) && basename(file) === file && existsSync(join(backupsDirOf(dataDir), file))) {
    return join(backupsDirOf(dataDir), file);
  }
  return resolve(file);
}

function shippedMigrations(): number {
  const journal = JSON.parse(
    readFileSync(join(defaultMigrationsFolder(), 'meta', '_journal.json'), 'utf8'),
  ) as { entries: unknown[] };
  return journal.entries.length;
}

type Refusal = keyof (typeof catalogues)['fr']['store']['refusal'];

function refuse(path: string, why: Refusal, params: MessageParams = {}): BackupRestoreError {
  return new BackupRestoreError(
    msg('store.restoreRefused', { path, why: msg(`store.refusal.${why}`, params) }),
  );
}

/** Checks a candidate copy; throws a BackupRestoreError that says why it is refused. */
export function checkRestorable(copyPath: string, shownAs: string): void {
  let db: Database.Database;
  try {
    db = new Database(copyPath, { fileMustExist: true });
  } catch {
    throw refuse(shownAs, 'unreadable');
  }
  try {
    let tables: Set<string>;
    try {
      tables = new Set(
        (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
          (r) => r.name,
        ),
      );
    } catch {
      throw refuse(shownAs, 'notSqlite');
    }
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) {
      throw refuse(shownAs, 'notOurs', { tables: missing.join(', ') });
    }
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') {
      throw refuse(shownAs, 'damaged', { detail: String(integrity) });
    }
    const applied = (db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
    const shipped = shippedMigrations();
    if (applied > shipped) {
      throw refuse(shownAs, 'newer', { applied, shipped });
    }
    const problem = migrationsProblem(db, defaultMigrationsFolder());
    if (problem) throw refusalOf(shownAs, problem);
  } finally {
    db.close();
  }
}

function refusalOf(shownAs: string, problem: SchemaProblem): BackupRestoreError {
  const { kind, ...params } = problem;
  return refuse(shownAs, kind, params);
}

/**
 * Keeps the current store as a `restore` backup, then puts `file` in its place. The store at
 * `<dataDir>/dispatch-analytics.sqlite` must be closed (by this process) while this runs.
 */
export async function restoreBackup(dataDir: string, file: string, now: number): Promise<RestoreResult> {
  const source = resolveBackupFile(dataDir, file);
  const storePath = storePathIn(dataDir);
  if (!existsSync(source)) {
    throw refuse(source, 'missing');
  }
  if (resolve(source) === resolve(storePath)) {
    throw refuse(source, 'current');
  }
  ensurePrivateDir(dataDir);
  const lock = takeRestoreLock(storePath);
  if (!lock.ok) throw refuse(source, 'openElsewhere', { pids: lock.pids.join(', ') });
  try {
    return await restoreLocked(dataDir, source, storePath, now);
  } finally {
    lock.release();
  }
}

async function restoreLocked(
  dataDir: string,
  source: string,
  storePath: string,
  now: number,
): Promise<RestoreResult> {
  // The candidate is copied first with SQLite's backup (a WAL file with its -wal is read whole), then checked:
  // the copy, not the user's file, is what goes in place. Its pid lets the next open remove it after a SIGKILL.
  const incoming = pidTaggedName(storePath, 'restoring');
  try {
    ensurePrivateFile(incoming);
    let src: Database.Database;
    try {
      src = new Database(source, { readonly: true, fileMustExist: true });
    } catch {
      throw refuse(source, 'unreadable');
    }
    try {
      await src.backup(incoming);
    } catch (err) {
      const failure = storeFailureOf(err, incoming);
      if (failure && failure.kind !== 'store-corrupt') throw failure;
      throw refuse(source, 'notSqlite');
    } finally {
      src.close();
    }
    checkRestorable(incoming, source);
    const problem = upgradeAndCompare(incoming, defaultMigrationsFolder());
    if (problem) throw refusalOf(source, problem);
    carryLedgerInto(incoming, storePath); // what was sent stays sent (repos/delivery-ledger-repo.ts)
    const copy = new Database(incoming);
    copy.pragma('journal_mode = DELETE');
    copy.close();

    const safetyBackup = existsSync(storePath) ? await keepCurrentStore(dataDir, storePath, now) : null;
    // DANGER: a -wal left beside the store would be replayed into the restored file and corrupt it.
    for (const f of [`${storePath}-wal`, `${storePath}-shm`, `${storePath}-journal`])
      rmSync(f, { force: true });
    renameSync(incoming, storePath);
    return { restoredFrom: source, safetyBackup };
  } finally {
    for (const f of [incoming, `${incoming}-journal`, `${incoming}-wal`, `${incoming}-shm`]) {
      rmSync(f, { force: true });
    }
  }
}

// The store as it is now, as a `restore` backup, copied as a plain SQLite file (whatever its tables: a foreign
// file restored by an older version must not block the way back). A store too damaged to be read by SQLite is
// moved into the backups folder as it is (it is closed, so its -wal goes with it under the matching name): still
// never lost.
async function keepCurrentStore(dataDir: string, storePath: string, now: number): Promise<BackupInfo> {
  try {
    const current = new Database(storePath, { fileMustExist: true });
    try {
      return await createBackup({ sqlite: current, path: storePath }, { reason: 'restore', now });
    } finally {
      current.close();
    }
  } catch (err) {
    const failure = storeFailureOf(err, storePath);
    if (failure?.kind !== 'store-corrupt') throw failure ?? err;
    const dir = backupsDirOf(dataDir);
    ensurePrivateDir(dir);
    const target = join(dir, backupFileName(now, 'restore'));
    if (existsSync(`${storePath}-wal`)) renameSync(`${storePath}-wal`, `${target}-wal`);
    renameSync(storePath, target);
    return listBackups(dataDir).find((b) => b.path === target)!;
  }
}
