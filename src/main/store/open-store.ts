// Opens (creating if needed) the SQLite store and brings its schema up to date. Nothing here runs on import:
// callers pass the file path, so the app, the CLI and each test own their own database.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { migrationsFolderIn, resourcesRoot } from '../app-resources';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

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

export function openStore(path: string, options: { migrationsFolder?: string } = {}): Store {
  // Before creating anything: without its migrations the app must not leave an empty database behind.
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = drizzle(sqlite, { schema }) as Db;
    migrate(db, { migrationsFolder });
    checkMigrations(sqlite, migrationsFolder);
    return { db, sqlite, path, close: () => sqlite.close() };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}

// drizzle silently skips a migration whose journal timestamp is older than the last applied one
// (drizzle-orm#5316): refuse to run on a schema that does not match the files.
function checkMigrations(sqlite: Database.Database, migrationsFolder: string): void {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  const row = sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
  if (row.n !== journal.entries.length) {
    throw new StoreMigrationError(
      `The database has ${row.n} applied migrations but the app ships ${journal.entries.length}. ` +
        'It was written by another version of Dispatch Analytics; back it up and open it with a matching version.',
    );
  }
}

/**
 * A second connection to a store that openStore has already opened and migrated (a worker thread's): no
 * migration, the same pragmas as openStore (keep them in step). WAL lets it read while the app's connection
 * reads; its writes wait for the other writer up to busy_timeout.
 */
export function openStoreConnection(path: string): Store {
  const sqlite = new Database(path, { fileMustExist: true });
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    return { db: drizzle(sqlite, { schema }) as Db, sqlite, path, close: () => sqlite.close() };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}
