// Opens (creating if needed) the SQLite store and brings its schema up to date. Nothing here runs on import:
// callers pass the file path, so the app, the CLI and each test own their own database.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { migrationsFolderIn, resourcesRoot } from '../platform/app-resources';
import * as schema from './schema';
import { createBackupSync } from './backup-create';
import { ensurePrivateDir, ensurePrivateFile, tightenDataDir } from './private-files';
import { markStoreOpen, restoreHolder } from './open-lock';
import { sweepStoreLeftovers } from './store-leftovers';
import {
  migrationMismatchError,
  newerSchemaError,
  restoringStoreError,
  storeFailureOf,
} from './store-errors';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface Store {
  db: Db;
  sqlite: Database.Database;
  path: string;
  close(): void;
}

export class StoreMigrationError extends Error {
  override name = 'StoreMigrationError';
}

export interface OpenStoreOptions {
  migrationsFolder?: string;
  /** no backup before migrating (restore's own safety copy, tests of the raw open) */
  skipBackups?: boolean;
  /** open a store of a newer version as it is, without migrating (only to back it up before a restore) */
  allowNewer?: boolean;
  /** the clock, for the name of the backup taken before migrating */
  now?: () => number;
}

/** How long a statement waits for another process's write lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 15_000;

/** Where the generated migrations live: $DISPATCH_ANALYTICS_MIGRATIONS_DIR, else drizzle/ of the resources root. */
export function defaultMigrationsFolder(): string {
  const fromEnv = process.env.DISPATCH_ANALYTICS_MIGRATIONS_DIR;
  const folder = fromEnv ? resolve(fromEnv) : migrationsFolderIn(resourcesRoot());
  if (!existsSync(join(folder, 'meta', '_journal.json'))) {
    throw new StoreMigrationError(
      `The database migrations are missing from ${folder} (meta/_journal.json): reinstall Dispatch Analytics, ` +
        'or run it from its own folder.',
    );
  }
  return folder;
}

// Every connection to the store, the app's and a worker's, runs with the same settings.
function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // WAL lets readers run beside the one writer; a second writer (another process) waits instead of failing.
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

/**
 * Opens the store at `path`. On POSIX its folder is made 0700 and its files 0600 (see private-files.ts). Failures
 * of the file itself (read-only, disk full, damaged, newer version) are thrown as a StoreError with a sentence.
 * While open, the folder holds this process's "open" marker (open-lock.ts), which a restore respects; what
 * killed processes left behind is removed first (store-leftovers.ts).
 */
export function openStore(path: string, options: OpenStoreOptions = {}): Store {
  const onDisk = path !== ':memory:';
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  let sqlite: Database.Database | null = null;
  let unmark = () => {};
  try {
    if (onDisk) {
      const dir = dirname(resolve(path));
      ensurePrivateDir(dir);
      // Marked before the restore lock is read (see markStoreOpen): never opened under a running restore.
      unmark = markStoreOpen(path);
      const restorer = restoreHolder(path);
      if (restorer !== null) throw restoringStoreError(path, restorer);
      sweepStoreLeftovers(dir, path);
      ensurePrivateFile(path);
      tightenDataDir(dir);
    }
    sqlite = new Database(path);
    applyPragmas(sqlite);
    const db = drizzle(sqlite, { schema }) as Db;
    const shipped = shippedMigrationCount(migrationsFolder);
    const before = appliedMigrationCount(sqlite);
    if (before > shipped) {
      if (!options.allowNewer) throw newerSchemaError(path, before, shipped);
    } else {
      // Migrations can rebuild tables and lose rows (drizzle-orm#5782): an existing store is backed up first.
      const store: Store = { db, sqlite, path, close: () => sqlite?.close() };
      if (onDisk && before > 0 && before < shipped && !options.skipBackups) {
        createBackupSync(store, { reason: 'migration', now: (options.now ?? Date.now)() });
      }
      migrate(db, { migrationsFolder });
      checkMigrations(sqlite, path, shipped);
    }
    const opened = sqlite;
    return {
      db,
      sqlite: opened,
      path,
      close: () => {
        opened.close();
        unmark();
      },
    };
  } catch (err) {
    sqlite?.close();
    unmark();
    throw (onDisk ? storeFailureOf(err, path) : null) ?? err;
  }
}

function shippedMigrationCount(migrationsFolder: string): number {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** Migrations recorded in the store (0 for a new file). */
function appliedMigrationCount(sqlite: Database.Database): number {
  const table = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return 0;
  return (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}

// drizzle silently skips a migration whose journal timestamp is older than the last applied one
// (drizzle-orm#5316): refuse to run on a schema that does not match the files.
function checkMigrations(sqlite: Database.Database, path: string, shipped: number): void {
  const applied = appliedMigrationCount(sqlite);
  if (applied !== shipped) throw migrationMismatchError(path, applied, shipped);
}

/**
 * A second connection to a store that openStore has already opened and migrated (a worker thread's): no
 * migration, the same pragmas as openStore. WAL lets it read while the app's connection reads; its writes wait
 * for the other writer up to busy_timeout.
 */
export function openStoreConnection(path: string): Store {
  const sqlite = new Database(path, { fileMustExist: true });
  try {
    applyPragmas(sqlite);
    return { db: drizzle(sqlite, { schema }) as Db, sqlite, path, close: () => sqlite.close() };
  } catch (err) {
    sqlite.close();
    throw storeFailureOf(err, path) ?? err;
  }
}
