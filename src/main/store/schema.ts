// The local store. Rows synced from the dispatch server are keyed by the server's ids; every timestamp is an
// integer of epoch milliseconds (UTC), every calendar day a 'YYYY-MM-DD' text in the company's zone.
// Changing this file means `npm run db:generate`, then reading the generated SQL (see PITFALLS.md).
import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, sqliteView, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { LIVE_ANALYTICS_INDEX, cancelledSql, delaySql, liveSql, scheduledHourSql } from './booking-sql';

export const companies = sqliteTable('companies', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull().default('Europe/Zurich'),
  serviceArea: text('service_area'),
  syncedAt: integer('synced_at').notNull(),
});

export const drivers = sqliteTable(
  'drivers',
  {
    id: integer('id').primaryKey(),
    companyId: integer('company_id').notNull(),
    fullName: text('full_name').notNull(),
    firstName: text('first_name'),
    lastName: text('last_name'),
    username: text('username'),
    isActive: integer('is_active', { mode: 'boolean' }).notNull(),
    isAvailable: integer('is_available', { mode: 'boolean' }).notNull(),
    driverType: text('driver_type'),
    syncedAt: integer('synced_at').notNull(),
  },
  (t) => [index('drivers_company_idx').on(t.companyId)],
);

export const dispatchRuns = sqliteTable(
  'dispatch_runs',
  {
    id: integer('id').primaryKey(),
    companyId: integer('company_id').notNull(),
    day: text('day').notNull(),
    status: text('status').notNull(),
    createdAt: integer('created_at'),
    startedAt: integer('started_at'),
    completedAt: integer('completed_at'),
    syncedAt: integer('synced_at').notNull(),
  },
  (t) => [index('dispatch_runs_company_day_idx').on(t.companyId, t.day)],
);

export const bookings = sqliteTable(
  'bookings',
  {
    id: integer('id').primaryKey(),
    companyId: integer('company_id').notNull(),
    // Local day of scheduled_time; null when the server has no scheduled time (such a booking has no day).
    day: text('day'),
    // The server's naive local wall-clock time, kept as sent ("2025-03-14T08:30:00").
    scheduledLocal: text('scheduled_local'),
    // scheduled_local resolved to an instant in the company zone (DST gap forward, overlap earlier).
    scheduledAt: integer('scheduled_at'),
    status: text('status').notNull(),
    driverId: integer('driver_id'),
    boardedAt: integer('boarded_at'),
    completedAt: integer('completed_at'),
    distanceMeters: integer('distance_meters'),
    durationSeconds: integer('duration_seconds'),
    amount: real('amount'),
    customerName: text('customer_name'),
    pickupLocation: text('pickup_location'),
    dropoffLocation: text('dropoff_location'),
    medicalFacility: text('medical_facility'),
    isRoundTrip: integer('is_round_trip', { mode: 'boolean' }).notNull().default(false),
    isReturn: integer('is_return', { mode: 'boolean' }).notNull().default(false),
    parentBookingId: integer('parent_booking_id'),
    // Set when a re-read of the booking's day no longer lists it; such rows are left out of every figure.
    deletedAt: integer('deleted_at'),
    syncedAt: integer('synced_at').notNull(),
  },
  (t) => [
    index('bookings_company_day_idx').on(t.companyId, t.day),
    index('bookings_driver_idx').on(t.driverId),
    // The analytics reads of a period (per driver, heat map, trips count and sorts) answered from the index
    // alone; the expressions and why this order are in booking-sql.ts.
    index(LIVE_ANALYTICS_INDEX)
      .on(
        t.companyId,
        t.day,
        sql.raw(scheduledHourSql('')),
        t.driverId,
        sql.raw(delaySql('')),
        sql.raw(cancelledSql('')),
        t.distanceMeters,
        t.scheduledAt,
      )
      .where(sql.raw(liveSql(''))),
    // The trips table's pages sorted by delay, status or driver (trips-page-cells-repo.ts): the rows of one
    // value on given days are found by seeking, already in the table's order (the rowid ends every index).
    index('bookings_live_delay_idx')
      .on(t.companyId, sql.raw(delaySql('')), t.day, t.scheduledAt)
      .where(sql.raw(liveSql(''))),
    index('bookings_live_status_idx')
      .on(t.companyId, t.status, t.day, t.scheduledAt)
      .where(sql.raw(liveSql(''))),
    index('bookings_live_driver_idx')
      .on(t.companyId, t.driverId, t.day, t.scheduledAt)
      .where(sql.raw(liveSql(''))),
    // The trips of one medical facility (the Facilities drill-down, trips-repo.ts): its rows of a window are
    // found by seeking its name(s) instead of reading every booking of the window.
    index('bookings_live_facility_idx')
      .on(t.companyId, t.medicalFacility, t.day, t.scheduledAt)
      .where(sql.raw(liveSql(''))),
    // Sorted by distance: a kilometre's rows (booking_distance_days) are read from here in the table's order.
    index('bookings_live_distance_idx')
      .on(t.companyId, t.distanceMeters, t.day, t.scheduledAt)
      .where(sql.raw(liveSql(''))),
  ],
);

export const assignments = sqliteTable(
  'assignments',
  {
    id: integer('id').primaryKey(),
    bookingId: integer('booking_id').notNull(),
    driverId: integer('driver_id'),
    dispatchRunId: integer('dispatch_run_id'),
    status: text('status').notNull(),
    createdAt: integer('created_at'),
    updatedAt: integer('updated_at'),
    syncedAt: integer('synced_at').notNull(),
  },
  (t) => [index('assignments_booking_idx').on(t.bookingId), index('assignments_run_idx').on(t.dispatchRunId)],
);

// The design's 21 columns, one row per company and day that has bookings.
export const dispatchMetrics = sqliteTable(
  'dispatch_metrics',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    companyId: integer('company_id').notNull(),
    dispatchRunId: integer('dispatch_run_id'),
    date: text('date').notNull(),
    totalBookings: integer('total_bookings').notNull(),
    onTimeBookings: integer('on_time_bookings').notNull(),
    delayedBookings: integer('delayed_bookings').notNull(),
    cancelledBookings: integer('cancelled_bookings').notNull(),
    averageDelayMinutes: real('average_delay_minutes').notNull(),
    maxDelayMinutes: integer('max_delay_minutes').notNull(),
    totalDelayMinutes: integer('total_delay_minutes').notNull(),
    totalDrivers: integer('total_drivers').notNull(),
    activeDrivers: integer('active_drivers').notNull(),
    avgBookingsPerDriver: real('avg_bookings_per_driver').notNull(),
    totalDistanceKm: real('total_distance_km').notNull(),
    avgDistancePerBooking: real('avg_distance_per_booking').notNull(),
    suggestionsGenerated: integer('suggestions_generated').notNull().default(0),
    suggestionsApplied: integer('suggestions_applied').notNull().default(0),
    qualityScore: real('quality_score').notNull(),
    extraData: text('extra_data').notNull().default('{}'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('dispatch_metrics_company_date_uq').on(t.companyId, t.date)],
);

// The design's 11 columns, one row per company and day — a view over dispatch_metrics since migration 0005
// (one stored daily row): the day's figures are the metrics row's, its trends are against the previous calendar
// day's row (docs/analytics.md#daily-stats). `.existing()`: the view's SQL is in drizzle/0005_one_daily_row.sql.
export const dailyStats = sqliteView('daily_stats', {
  id: integer('id').notNull(),
  companyId: integer('company_id').notNull(),
  date: text('date').notNull(),
  totalBookings: integer('total_bookings').notNull(),
  onTimeRate: real('on_time_rate').notNull(),
  avgDelay: real('avg_delay').notNull(),
  qualityScore: real('quality_score').notNull(),
  bookingsTrend: real('bookings_trend').notNull(),
  delayTrend: real('delay_trend').notNull(),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}).existing();

// Settings as JSON values by key. Secrets never go here: only a reference to the secret store.
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

// One row per company-day that a sync has written completely (written in the same transaction as the day).
export const syncDays = sqliteTable(
  'sync_days',
  {
    companyId: integer('company_id').notNull(),
    day: text('day').notNull(),
    syncedAt: integer('synced_at').notNull(),
    bookingsCount: integer('bookings_count').notNull(),
    assignmentsCount: integer('assignments_count').notNull(),
    deletedCount: integer('deleted_count').notNull().default(0),
  },
  (t) => [uniqueIndex('sync_days_company_day_uq').on(t.companyId, t.day)],
);

export const syncLog = sqliteTable('sync_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  startedAt: integer('started_at').notNull(),
  finishedAt: integer('finished_at'),
  // running | success | failed | cancelled
  status: text('status').notNull(),
  server: text('server'),
  fromDay: text('from_day'),
  toDay: text('to_day'),
  daysSynced: integer('days_synced').notNull().default(0),
  bookingsSynced: integer('bookings_synced').notNull().default(0),
  error: text('error'),
});

// Scheduled jobs (aggregation, reports): the last period each one completed, so nothing runs twice.
export const jobRuns = sqliteTable(
  'job_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    job: text('job').notNull(),
    periodKey: text('period_key').notNull(),
    status: text('status').notNull(),
    startedAt: integer('started_at').notNull(),
    finishedAt: integer('finished_at'),
    detail: text('detail'),
  },
  (t) => [uniqueIndex('job_runs_job_period_uq').on(t.job, t.periodKey)],
);

// The mail outbox: one row per (report run, recipient). A row is claimed for sending by one atomic UPDATE
// (pending|retry → sending), so two processes never hand the same message to the server. A row left in
// 'sending' by a process that died is turned into 'unknown' and never re-sent automatically (it may have arrived).
export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    runId: integer('run_id').notNull(),
    recipient: text('recipient').notNull(),
    lang: text('lang').notNull(),
    // pending | sending | retry | sent | failed | unknown
    state: text('state').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at'),
    // After this instant a failed attempt is final (the period's window is over).
    retryUntil: integer('retry_until').notNull(),
    sendingSince: integer('sending_since'),
    messageId: text('message_id'),
    // The server's answer in its own words (or the network error), for the history.
    response: text('response'),
    // The rendered message as JSON (subject, html, text, inline images), dropped once sent.
    message: text('message'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('mail_outbox_run_recipient_uq').on(t.runId, t.recipient),
    index('mail_outbox_state_idx').on(t.state),
  ],
);

// When each scheduled job was (last) switched on: catch-up never sends a period due before that instant.
export const scheduleEnablement = sqliteTable('schedule_enablement', {
  job: text('job').primaryKey(),
  enabledAt: integer('enabled_at').notNull(),
});

export const schemaTables = {
  companies,
  drivers,
  dispatchRuns,
  bookings,
  assignments,
  dispatchMetrics,
  dailyStats,
  settings,
  syncDays,
  syncLog,
  jobRuns,
  mailOutbox,
  scheduleEnablement,
};

// The cross-process sync lease: one row (id 1) while a sync runs, naming the process that holds it and until when
// (renewed while it runs). A second sync, in any process on this data folder, reads it and refuses or waits; an
// expired lease, or one held by a dead process of this host, is taken over. See store/repos/sync-lease-repo.ts.
export const syncLease = sqliteTable('sync_lease', {
  id: integer('id').primaryKey(),
  ownerPid: integer('owner_pid').notNull(),
  ownerHost: text('owner_host').notNull(),
  token: text('token').notNull(),
  acquiredAt: integer('acquired_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
});

// Rollups of the live bookings (derived data, docs/analytics.md): written by the aggregation in the same
// transaction as dispatch_metrics and daily_stats, so a 1-year driver, heat-map or facility figure sums ~10k
// small rows instead of ~730k bookings. Each rollup row holds the same sums the raw queries of
// booking-rollups-repo.ts compute; on_time counts depend on the on-time threshold recorded in
// booking_rollup_state, and the readers fall back to the raw bookings when it is not the one asked for.
export const bookingDriverDays = sqliteTable(
  'booking_driver_days',
  {
    companyId: integer('company_id').notNull(),
    day: text('day').notNull(),
    driverId: integer('driver_id').notNull(),
    bookings: integer('bookings').notNull(),
    served: integer('served').notNull(),
    onTime: integer('on_time').notNull(),
    cancelled: integer('cancelled').notNull(),
    delayMinutes: real('delay_minutes').notNull(),
    meters: real('meters').notNull(),
    // Service time (docs/analytics.md#service-time): the trips that have one, and their durations summed in whole
    // milliseconds (as stored), so any window's sum is exact whichever way it is added up.
    serviceTrips: integer('service_trips').notNull().default(0),
    serviceMs: integer('service_ms').notNull().default(0),
  },
  (t) => [uniqueIndex('booking_driver_days_uq').on(t.companyId, t.day, t.driverId)],
);

// Per day and local scheduled hour (0–23; bookings without a readable hour left out): the heat map and the
// forecast's hours. The weekday × hour cells of the heat map are sums of these.
export const bookingHourDays = sqliteTable(
  'booking_hour_days',
  {
    companyId: integer('company_id').notNull(),
    day: text('day').notNull(),
    hour: integer('hour').notNull(),
    bookings: integer('bookings').notNull(),
    served: integer('served').notNull(),
    delayMinutes: real('delay_minutes').notNull(),
  },
  (t) => [uniqueIndex('booking_hour_days_uq').on(t.companyId, t.day, t.hour)],
);

// Per medical facility as stored (NULL: bookings without one) and day.
export const bookingFacilityDays = sqliteTable(
  'booking_facility_days',
  {
    companyId: integer('company_id').notNull(),
    day: text('day').notNull(),
    facility: text('facility'),
    bookings: integer('bookings').notNull(),
    served: integer('served').notNull(),
    onTime: integer('on_time').notNull(),
    cancelled: integer('cancelled').notNull(),
    delayMinutes: real('delay_minutes').notNull(),
  },
  (t) => [index('booking_facility_days_idx').on(t.companyId, t.day)],
);

// One row per company whose rollups cover every stored day, with the on-time threshold they were counted with.
// No row (a store upgraded from before the rollups, or cleared): the readers use the bookings until the next
// aggregation builds them all.
export const bookingRollupState = sqliteTable('booking_rollup_state', {
  companyId: integer('company_id').primaryKey(),
  onTimeThresholdMinutes: integer('on_time_threshold_minutes').notNull(),
  builtAt: integer('built_at').notNull(),
});

// Per day and status, and per day and delay (NULL: not served): how many bookings. The trips table pages
// through these counts (day totals, delay and status buckets) to jump to any offset without counting or skipping
// bookings. Covering indexes in the orders the pages read them, so a year is summed without a sort.
export const bookingStatusDays = sqliteTable(
  'booking_status_days',
  {
    companyId: integer('company_id').notNull(),
    day: text('day').notNull(),
    status: text('status').notNull(),
    bookings: integer('bookings').notNull(),
  },
  (t) => [
    index('booking_status_days_day_idx').on(t.companyId, t.day, t.status, t.bookings),
    index('booking_status_days_status_idx').on(t.companyId, t.status, t.day, t.bookings),
  ],
);

// Per day and whole kilometre of distance (booking-sql.ts distanceKmSql; NULL: no distance): how many bookings.
// The trips table sorted by distance finds a page's kilometre through these counts (~25 km × 365 days a year).
export const bookingDistanceDays = sqliteTable(
  'booking_distance_days',
  {
    companyId: integer('company_id').notNull(),
    day: text('day').notNull(),
    km: integer('km'),
    bookings: integer('bookings').notNull(),
  },
  (t) => [
    index('booking_distance_days_day_idx').on(t.companyId, t.day),
    index('booking_distance_days_km_idx').on(t.companyId, t.km, t.day, t.bookings),
  ],
);

export const bookingDelayDays = sqliteTable(
  'booking_delay_days',
  {
    companyId: integer('company_id').notNull(),
    day: text('day').notNull(),
    delay: integer('delay'),
    bookings: integer('bookings').notNull(),
  },
  (t) => [
    index('booking_delay_days_day_idx').on(t.companyId, t.day),
    index('booking_delay_days_delay_idx').on(t.companyId, t.delay, t.day, t.bookings),
  ],
);
