// Rows inserted straight into a test store, as the day writer would leave them (day and scheduled_at derived
// from the naive local time in the company zone).
import { instantToLocalDate, localToInstant } from '../../src/shared/time';
import type { Db } from '../../src/main/store/open-store';

export const COMPANY_ID = 1;
let nextId = 1;

export function insertCompany(db: Db, timeZone = 'Europe/Zurich'): void {
  db.$client
    .prepare('INSERT INTO companies (id, name, time_zone, synced_at) VALUES (?, ?, ?, 0)')
    .run(COMPANY_ID, 'Taxis Léman', timeZone);
}

export function insertDriver(db: Db, id: number, fullName: string, isActive = true): void {
  db.$client
    .prepare(
      `INSERT INTO drivers (id, company_id, full_name, is_active, is_available, synced_at)
       VALUES (?, ?, ?, ?, 1, 0)`,
    )
    .run(id, COMPANY_ID, fullName, isActive ? 1 : 0);
}

/** The company and its active drivers, numbered 1, 2, … in the order given. */
export function insertCompanyWithDrivers(db: Db, driverNames: readonly string[]): void {
  insertCompany(db);
  driverNames.forEach((name, i) => insertDriver(db, i + 1, name));
}

export function insertRun(
  db: Db,
  id: number,
  day: string,
  status = 'completed',
  createdAt: number | null = null,
): void {
  db.$client
    .prepare(
      'INSERT INTO dispatch_runs (id, company_id, day, status, created_at, synced_at) VALUES (?, ?, ?, ?, ?, 0)',
    )
    .run(id, COMPANY_ID, day, status, createdAt);
}

export interface StoredBookingSpec {
  /** naive local 'YYYY-MM-DDTHH:MM:SS'; null = no scheduled time (no day) */
  local: string | null;
  /** seconds late at boarding; undefined = not boarded */
  lateBy?: number;
  status?: string;
  driverId?: number | null;
  distanceMeters?: number | null;
  deleted?: boolean;
  timeZone?: string;
  customerName?: string;
}

export function insertBooking(db: Db, spec: StoredBookingSpec): number {
  const id = nextId++;
  const tz = spec.timeZone ?? 'Europe/Zurich';
  const scheduledAt = spec.local === null ? null : localToInstant(spec.local, tz);
  const day = scheduledAt === null ? null : instantToLocalDate(scheduledAt, tz);
  const boardedAt =
    spec.lateBy === undefined || scheduledAt === null ? null : scheduledAt + spec.lateBy * 1000;
  db.$client
    .prepare(
      `INSERT INTO bookings (id, company_id, day, scheduled_local, scheduled_at, status, driver_id, boarded_at,
         distance_meters, customer_name, deleted_at, synced_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
    )
    .run(
      id,
      COMPANY_ID,
      day,
      spec.local,
      scheduledAt,
      spec.status ?? (spec.lateBy === undefined ? 'assigned' : 'completed'),
      spec.driverId === undefined ? 1 : spec.driverId,
      boardedAt,
      spec.distanceMeters === undefined ? 5000 : spec.distanceMeters,
      spec.customerName ?? null,
      spec.deleted ? 1 : null,
    );
  return id;
}

/** `n` bookings on `day`, boarded `lateBy` seconds late (or with the given status). */
export function insertMany(
  db: Db,
  n: number,
  day: string,
  spec: Omit<StoredBookingSpec, 'local'> & { time?: string } = {},
): void {
  for (let i = 0; i < n; i++) insertBooking(db, { ...spec, local: `${day}T${spec.time ?? '09:00:00'}` });
}

export function metricsRow(db: Db, date: string): Record<string, unknown> | undefined {
  return db.$client
    .prepare('SELECT * FROM dispatch_metrics WHERE company_id = ? AND date = ?')
    .get(COMPANY_ID, date) as Record<string, unknown> | undefined;
}

export function statsRow(db: Db, date: string): Record<string, unknown> | undefined {
  return db.$client
    .prepare('SELECT * FROM daily_stats WHERE company_id = ? AND date = ?')
    .get(COMPANY_ID, date) as Record<string, unknown> | undefined;
}
