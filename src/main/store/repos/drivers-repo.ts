// Drivers as the server lists them. A driver that disappears from the list is kept (old bookings still name
// them) but marked inactive.
import { and, asc, eq, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../open-store';
import { drivers } from '../schema';
import type { DriverRecord } from '../../domain/records';

export type DriverRow = typeof drivers.$inferSelect;

export function upsertDrivers(db: Db, companyId: number, list: DriverRecord[], now: number): void {
  db.transaction((tx) => {
    for (const d of list) {
      tx.insert(drivers)
        .values({
          id: d.id,
          companyId,
          fullName: d.fullName,
          firstName: d.firstName,
          lastName: d.lastName,
          username: d.username,
          isActive: d.isActive,
          isAvailable: d.isAvailable,
          driverType: d.driverType,
          syncedAt: now,
        })
        .onConflictDoUpdate({
          target: drivers.id,
          set: {
            companyId: sql`excluded.company_id`,
            fullName: sql`excluded.full_name`,
            firstName: sql`excluded.first_name`,
            lastName: sql`excluded.last_name`,
            username: sql`excluded.username`,
            isActive: sql`excluded.is_active`,
            isAvailable: sql`excluded.is_available`,
            driverType: sql`excluded.driver_type`,
            syncedAt: sql`excluded.synced_at`,
          },
        })
        .run();
    }
    const listed = list.map((d) => d.id);
    const stale = listed.length
      ? and(eq(drivers.companyId, companyId), notInArray(drivers.id, listed))
      : eq(drivers.companyId, companyId);
    tx.update(drivers).set({ isActive: false, isAvailable: false, syncedAt: now }).where(stale).run();
  });
}

export function listDrivers(db: Db, companyId: number): DriverRow[] {
  return db
    .select()
    .from(drivers)
    .where(eq(drivers.companyId, companyId))
    .orderBy(asc(drivers.fullName), asc(drivers.id))
    .all();
}
