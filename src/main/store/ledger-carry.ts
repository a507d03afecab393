// Restore's hook for the delivery ledger (see repos/delivery-ledger-repo.ts): the candidate file is brought to
// this version's schema (an older backup may predate the outbox) and receives the current store's ledger before
// it is put in place. Best effort by design: a current store too damaged to read has no ledger to give, and must
// never stand in the way of the restore that repairs it.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { carryDeliveryLedger } from './repos/delivery-ledger-repo';
import { defaultMigrationsFolder } from './open-store';

/** Copies the delivery ledger of the store at `currentPath` (closed) into `incomingPath`; false if it could not. */
export function carryLedgerInto(incomingPath: string, currentPath: string): boolean {
  if (!existsSync(currentPath)) return false;
  let target: Database.Database | null = null;
  try {
    target = new Database(incomingPath, { fileMustExist: true });
    migrate(drizzle(target), { migrationsFolder: defaultMigrationsFolder() });
    return carryDeliveryLedger(target, currentPath);
  } catch {
    return false;
  } finally {
    target?.close();
  }
}
