// Writes the booking rollups (schema.ts: booking_driver_days, booking_hour_days, booking_facility_days,
// booking_status_days, booking_delay_days, booking_distance_days) from the live bookings, with the very expressions the raw queries use (booking-sql.ts),
// so a rollup sum equals the raw sum by construction. The aggregation calls it inside its transaction, next to
// dispatch_metrics and daily_stats; the caller owns the transaction.
import type { IsoDate } from '../../../shared/analytics-types';
import {
  cancelledSql,
  delaySql,
  distanceKmSql,
  liveSql,
  scheduledHourSql,
  serviceMsSql,
} from '../booking-sql';
import type { Db } from '../open-store';

const DELAY = delaySql('b.');
const SERVICE = serviceMsSql('b.');
const WINDOW = `b.company_id = ? AND b.day BETWEEN ? AND ? AND ${liveSql('b.')}`;

export const ROLLUP_TABLES = [
  'booking_driver_days',
  'booking_hour_days',
  'booking_facility_days',
  'booking_status_days',
  'booking_delay_days',
  'booking_distance_days',
] as const;

// Each takes (threshold?, companyId, from, to) in that order.
const FILL = {
  booking_driver_days: {
    sql: `INSERT INTO booking_driver_days
        (company_id, day, driver_id, bookings, served, on_time, cancelled, delay_minutes, meters,
         service_trips, service_ms)
      SELECT b.company_id, b.day, b.driver_id, count(*), count(${DELAY}), count(CASE WHEN ${DELAY} <= ? THEN 1 END),
        sum(${cancelledSql('b.')}), total(${DELAY}), total(CASE WHEN ${DELAY} IS NOT NULL THEN b.distance_meters END),
        count(${SERVICE}), total(${SERVICE})
      FROM bookings b WHERE ${WINDOW} AND b.driver_id IS NOT NULL
      GROUP BY b.day, b.driver_id`,
    threshold: true,
  },
  booking_hour_days: {
    sql: `INSERT INTO booking_hour_days (company_id, day, hour, bookings, served, delay_minutes)
      SELECT company_id, day, hour, count(*), count(delay), total(delay)
      FROM (SELECT b.company_id AS company_id, b.day AS day, ${scheduledHourSql('b.')} AS hour, ${DELAY} AS delay
            FROM bookings b WHERE ${WINDOW})
      WHERE hour IS NOT NULL
      GROUP BY day, hour`,
    threshold: false,
  },
  booking_facility_days: {
    sql: `INSERT INTO booking_facility_days
        (company_id, day, facility, bookings, served, on_time, cancelled, delay_minutes)
      SELECT b.company_id, b.day, b.medical_facility, count(*), count(${DELAY}),
        count(CASE WHEN ${DELAY} <= ? THEN 1 END), sum(${cancelledSql('b.')}), total(${DELAY})
      FROM bookings b WHERE ${WINDOW}
      GROUP BY b.day, b.medical_facility`,
    threshold: true,
  },
  booking_status_days: {
    sql: `INSERT INTO booking_status_days (company_id, day, status, bookings)
      SELECT b.company_id, b.day, b.status, count(*) FROM bookings b WHERE ${WINDOW} GROUP BY b.day, b.status`,
    threshold: false,
  },
  booking_delay_days: {
    sql: `INSERT INTO booking_delay_days (company_id, day, delay, bookings)
      SELECT b.company_id, b.day, ${DELAY}, count(*) FROM bookings b WHERE ${WINDOW} GROUP BY b.day, ${DELAY}`,
    threshold: false,
  },
  booking_distance_days: {
    sql: `INSERT INTO booking_distance_days (company_id, day, km, bookings)
      SELECT b.company_id, b.day, ${distanceKmSql('b.')}, count(*) FROM bookings b WHERE ${WINDOW}
      GROUP BY b.day, ${distanceKmSql('b.')}`,
    threshold: false,
  },
} satisfies Record<(typeof ROLLUP_TABLES)[number], { sql: string; threshold: boolean }>;

/** Replaces the rollup rows of [from, to] with sums of the bookings stored now. */
export function rebuildRollupDays(
  db: Db,
  companyId: number,
  from: IsoDate,
  to: IsoDate,
  onTimeThresholdMinutes: number,
): void {
  const sqlite = db.$client;
  for (const table of ROLLUP_TABLES) {
    sqlite
      .prepare(`DELETE FROM ${table} WHERE company_id = ? AND day BETWEEN ? AND ?`)
      .run(companyId, from, to);
    const fill = FILL[table];
    const params = fill.threshold ? [onTimeThresholdMinutes, companyId, from, to] : [companyId, from, to];
    sqlite.prepare(fill.sql).run(...params);
  }
}

/** Every rollup row of the company, then its state: the rollups are then built from scratch. */
export function clearRollups(db: Db, companyId: number): void {
  const sqlite = db.$client;
  for (const table of ROLLUP_TABLES)
    sqlite.prepare(`DELETE FROM ${table} WHERE company_id = ?`).run(companyId);
  sqlite.prepare('DELETE FROM booking_rollup_state WHERE company_id = ?').run(companyId);
}

/** The on-time threshold the company's rollups were counted with, or null when they are not built. */
export function rollupThreshold(db: Db, companyId: number): number | null {
  const row = db.$client
    .prepare('SELECT on_time_threshold_minutes AS t FROM booking_rollup_state WHERE company_id = ?')
    .get(companyId) as { t: number } | undefined;
  return row?.t ?? null;
}

/** Records that the company's rollups now cover every stored day, counted with this threshold. */
export function markRollupsBuilt(
  db: Db,
  companyId: number,
  onTimeThresholdMinutes: number,
  now: number,
): void {
  db.$client
    .prepare(
      `INSERT INTO booking_rollup_state (company_id, on_time_threshold_minutes, built_at) VALUES (?, ?, ?)
       ON CONFLICT (company_id) DO UPDATE SET on_time_threshold_minutes = excluded.on_time_threshold_minutes,
         built_at = excluded.built_at`,
    )
    .run(companyId, onTimeThresholdMinutes, now);
}
