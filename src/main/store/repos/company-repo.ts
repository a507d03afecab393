// The company the store belongs to. In practice a store holds one company (the account the app syncs from,
// or the demo company); its time zone decides every booking's local day.
import { asc, sql } from 'drizzle-orm';
import type { Db } from '../open-store';
import { companies } from '../schema';
import type { CompanyRecord } from '../../domain/records';

export type CompanyRow = typeof companies.$inferSelect;

/**
 * Inserts or updates the company. `timeZone` is only written when given: a later sync that does not know the
 * zone keeps the one chosen before (default 'Europe/Zurich' on first insert).
 */
export function upsertCompany(db: Db, c: CompanyRecord, opts: { now: number; timeZone?: string }): void {
  const values = { id: c.id, name: c.name, serviceArea: c.serviceArea, syncedAt: opts.now };
  db.insert(companies)
    .values(opts.timeZone ? { ...values, timeZone: opts.timeZone } : values)
    .onConflictDoUpdate({
      target: companies.id,
      set: {
        name: sql`excluded.name`,
        serviceArea: sql`excluded.service_area`,
        syncedAt: sql`excluded.synced_at`,
        ...(opts.timeZone ? { timeZone: sql`excluded.time_zone` } : {}),
      },
    })
    .run();
}

/** The store's company (the first by id when, unusually, there are several), or null on an empty store. */
export function getCompany(db: Db): CompanyRow | null {
  return db.select().from(companies).orderBy(asc(companies.id)).limit(1).get() ?? null;
}
