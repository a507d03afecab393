// What one booking counts as (analytics/booking-outcome.ts), as SQL expressions. The same text builds the
// bookings_live_analytics_idx index (schema.ts) and the queries of the repos: SQLite answers a query from an
// index on expressions only when the query's expression is the indexed one, so never rewrite one of these in a
// query by hand, and change them only together with a migration (test/store/booking-sql.test.ts checks both).
// No commas in them: drizzle-kit splits an index expression at every comma and writes broken SQL.
// `t` is the table alias with its dot ('b.'), or '' inside the index definition.

/** 'canceled' → 1, anything else → 0. */
export function cancelledSql(t: string): string {
  return `(${t}status = 'canceled')`;
}

/**
 * Whole minutes late at pickup, NULL unless served (not cancelled and boarded): max(0, floor(Δ / 60 s)) as
 * delayMinutes() computes it. Integer division truncates toward zero, which equals floor for the positive
 * differences it is left with; a served booking without a scheduled instant counts 0.
 */
export function delaySql(t: string): string {
  return (
    `(CASE WHEN ${t}status = 'canceled' OR ${t}boarded_at IS NULL THEN NULL` +
    ` WHEN ${t}scheduled_at IS NULL OR ${t}boarded_at <= ${t}scheduled_at THEN 0` +
    ` ELSE (${t}boarded_at - ${t}scheduled_at) / 60000 END)`
  );
}

/**
 * The local hour as booked, read from the wall-clock text ('…T08:30:00' → 8) like scheduledHour(), not from the
 * instant, so a booking in the spring DST gap stays in the hour it was booked for. NULL when the text is not a
 * date-time (the day writer stores only valid ones).
 */
export function scheduledHourSql(t: string): string {
  return `CAST(time(${t}scheduled_local) AS INTEGER)`;
}

/**
 * Milliseconds from boarding to completion, NULL unless served with a completion 0 to 720 minutes after boarding,
 * as serviceMs() (analytics/service-time.ts) computes it. Not indexed.
 */
export function serviceMsSql(t: string): string {
  return (
    `(CASE WHEN ${t}status = 'canceled' OR ${t}boarded_at IS NULL OR ${t}completed_at IS NULL` +
    ` OR ${t}completed_at < ${t}boarded_at OR ${t}completed_at - ${t}boarded_at > 720 * 60000 THEN NULL` +
    ` ELSE ${t}completed_at - ${t}boarded_at END)`
  );
}

/**
 * The whole kilometres of the distance (1999 m → 1), NULL without a distance: the bucket of booking_distance_days
 * that the trips pages sorted by distance count through (trips-page-cells-repo.ts). A bucket k holds exactly the
 * distances in [k × 1000, (k + 1) × 1000): distances are never negative (day-batch-check.ts).
 */
export function distanceKmSql(t: string): string {
  return `CAST(${t}distance_meters / 1000 AS INTEGER)`;
}

/** Monday = 0 … Sunday = 6 of the booking's day, like weekdayOf(). */
export function weekdaySql(t: string): string {
  return `((CAST(strftime('%w', ${t}day) AS INTEGER) + 6) % 7)`;
}

/** Bookings every figure reads: not deleted (the index is partial on exactly this condition). */
export function liveSql(t: string): string {
  return `${t}deleted_at IS NULL`;
}

/**
 * bookings_live_analytics_idx (schema.ts): (company_id, day, hour, driver_id, delay, cancelled, distance_meters,
 * scheduled_at) over live bookings. Day then hour streams the heat map's GROUP BY without a sort; the computed
 * delay and cancellation, the distance and the scheduled instant let the per-driver figures, the trips count and
 * the trips sorts read the index alone instead of ~350-byte rows.
 */
export const LIVE_ANALYTICS_INDEX = 'bookings_live_analytics_idx';
