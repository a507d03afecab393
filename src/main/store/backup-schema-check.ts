// Is a candidate for restore really a store of this app? Its table names are not enough: a foreign SQLite file
// with the right names was restored, and then every command failed ("no such column: hash"). So its recorded
// migrations must be this app's, in order (each journal entry's timestamp, which drizzle stores as created_at),
// and once brought up to date its tables must have every column a new store has.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';

export type SchemaProblem =
  | { kind: 'newer'; applied: number; shipped: number }
  | { kind: 'foreignMigrations'; detail: string }
  | { kind: 'foreignColumns'; detail: string };

/** The migrations a candidate records must be the first N shipped ones; returns what is wrong, or null. */
export function migrationsProblem(db: Database.Database, migrationsFolder: string): SchemaProblem | null {
  const shipped = readMigrationFiles({ migrationsFolder });
  let rows: { created_at: unknown }[];
  try {
    rows = db.prepare('SELECT created_at FROM __drizzle_migrations ORDER BY id').all() as typeof rows;
  } catch (err) {
    return { kind: 'foreignMigrations', detail: err instanceof Error ? err.message : String(err) };
  }
  if (rows.length > shipped.length) return { kind: 'newer', applied: rows.length, shipped: shipped.length };
  for (const [i, row] of rows.entries()) {
    if (Number(row.created_at) !== shipped[i]!.folderMillis) {
      return { kind: 'foreignMigrations', detail: `#${i + 1}: ${String(row.created_at)}` };
    }
  }
  return null;
}

type Columns = Map<string, Map<string, string>>;

function columnsOf(db: Database.Database): Columns {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  const out: Columns = new Map();
  for (const { name } of tables) {
    const cols = db.prepare('SELECT name, type FROM pragma_table_info(?)').all(name) as {
      name: string;
      type: string;
    }[];
    out.set(name, new Map(cols.map((c) => [c.name, c.type.toUpperCase()])));
  }
  return out;
}

/** The tables and columns of a new store of this version. */
function referenceColumns(migrationsFolder: string): Columns {
  const fresh = new Database(':memory:');
  try {
    migrate(drizzle(fresh), { migrationsFolder });
    return columnsOf(fresh);
  } finally {
    fresh.close();
  }
}

/**
 * Brings the candidate copy (never the user's file) up to date and compares its columns with a new store's.
 * Run only after migrationsProblem found nothing. Returns what is missing, or null.
 */
export function upgradeAndCompare(copyPath: string, migrationsFolder: string): SchemaProblem | null {
  const copy = new Database(copyPath, { fileMustExist: true });
  try {
    try {
      migrate(drizzle(copy), { migrationsFolder });
    } catch (err) {
      return { kind: 'foreignColumns', detail: err instanceof Error ? err.message : String(err) };
    }
    const have = columnsOf(copy);
    const missing: string[] = [];
    for (const [table, cols] of referenceColumns(migrationsFolder)) {
      const got = have.get(table);
      for (const [col, type] of cols) {
        if (got?.get(col) !== type) missing.push(`${table}.${col}`);
      }
    }
    return missing.length > 0
      ? { kind: 'foreignColumns', detail: missing.slice(0, 5).join(', ') + (missing.length > 5 ? ', …' : '') }
      : null;
  } finally {
    copy.close();
  }
}
