// zod mirrors of the JSON shapes in ../analytics-types.ts, for validating what crosses the API. The compile-time
// checks at the bottom fail the type-check as soon as a mirror and its interface drift apart.
import { z } from 'zod';
import { BOOKING_STATUSES } from '../analytics-types';
import { SUMMARY_FIELDS } from '../figures/kpi-figures';
import type {
  DashboardJson,
  DelayHeatmapCellJson,
  DriverStatsJson,
  FacilitiesJson,
  InsightsJson,
  TripFilter,
  TripJson,
  WeeklySummaryJson,
} from '../analytics-types';

/** 'YYYY-MM-DD' that is a real calendar day. */
export const isoDateSchema = z.iso.date({ error: 'expected a date YYYY-MM-DD' });

const num = z.number();
/** The longest trips search: a booking number or a patient's name, never a paste of a whole document. */
export const MAX_TRIP_SEARCH = 100;
/** The longest facility name a trips filter takes (the server's names are far shorter). */
export const MAX_FACILITY_NAME = 200;
const bookingStatusSchema = z.enum(BOOKING_STATUSES);
export const bookingOutcomeSchema = z.enum(['on_time', 'delayed', 'cancelled', 'unserved']);

export const tripFilterSchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    dates: z.array(isoDateSchema).max(1000).optional(),
    driverId: z.number().int().positive().optional(),
    outcome: z.enum(['on_time', 'delayed', 'cancelled', 'unserved', 'served']).optional(),
    weekday: z.number().int().min(0).max(6).optional(),
    hour: z.number().int().min(0).max(23).optional(),
    minDelayMinutes: z.number().min(0).optional(),
    search: z.string().trim().min(1).max(MAX_TRIP_SEARCH).optional(),
    /** a medical facility's name, matched as the Facilities figures group names (docs/analytics.md#facilities) */
    facility: z.string().trim().min(1).max(MAX_FACILITY_NAME).optional(),
  })
  .strict();

const qualityScorePartsSchema = z.object({ punctuality: num, delay: num, cancellations: num, total: num });
const periodSchema = z.object({ start: isoDateSchema, end: isoDateSchema, days: num });
/** One number per KPI of the figures catalogue, every one required. */
const periodSummarySchema = z.record(z.enum(SUMMARY_FIELDS), num);
const trendPointSchema = z.object({
  date: isoDateSchema,
  bookings: num,
  on_time_rate: num,
  avg_delay: num,
  quality_score: num,
  bookings_trend: num,
  delay_trend: num,
});
export const insightSchema = z.object({
  rule: z.string(),
  type: z.enum(['warning', 'success', 'info']),
  category: z.enum(['punctuality', 'delays', 'trend', 'pattern', 'volume', 'quality']),
  priority: z.enum(['low', 'medium', 'high', 'critical']),
  title: z.string(),
  message: z.string(),
  recommendation: z.string().nullable(),
  action: z.string().nullable(),
  trips: tripFilterSchema,
  severity: z.enum(['critical', 'warning', 'info']).optional(),
  day: isoDateSchema.optional(),
  metric: z.string().optional(),
  value: num.optional(),
  baseline: num.optional(),
  size: num.optional(),
});

export const todaySoFarSchema = z.object({
  date: isoDateSchema,
  as_of: num,
  as_of_local: z.string(),
  planned: num,
  due: num,
  on_time: num,
  late: num,
  cancelled: num,
  waiting: num,
  on_time_rate: num.nullable(),
});

export const dashboardJsonSchema = z.object({
  period: periodSchema,
  summary: periodSummarySchema,
  quality_parts: qualityScorePartsSchema,
  trends: z.array(trendPointSchema),
  insights: z.array(insightSchema),
  previous_summary: periodSummarySchema,
  today: todaySoFarSchema.nullable().optional(),
});

export const insightsJsonSchema = z.object({
  lookback_days: num,
  period: periodSchema,
  patterns: z.array(
    z.object({
      type: z.enum(['high_delay_day', 'busy_day']),
      weekday: num,
      message: z.string(),
      recommendation: z.string(),
    }),
  ),
  weekday_analysis: z.array(
    z.object({
      weekday: num,
      weekday_name: z.string(),
      avg_delay: num,
      avg_on_time_rate: num,
      avg_bookings: num,
      sample_size: num,
    }),
  ),
  message: z.string().optional(),
});

const dayScoreSchema = z.object({ date: isoDateSchema, quality_score: num });
export const weeklySummaryJsonSchema = z.object({
  period: periodSchema,
  summary: periodSummarySchema,
  trends: z.array(trendPointSchema),
  best_day: dayScoreSchema.nullable(),
  worst_day: dayScoreSchema.nullable(),
});

export const driverStatsJsonSchema = z.object({
  driver_id: num,
  driver_name: z.string(),
  bookings: num,
  served: num,
  on_time: num,
  delayed: num,
  cancelled: num,
  on_time_rate: num,
  avg_delay: num,
  total_distance_km: num,
  service_trips: num,
  avg_service_minutes: num.nullable(),
});

export const facilityStatsJsonSchema = z.object({
  kind: z.enum(['facility', 'others', 'none']),
  facility: z.string().nullable(),
  facilities: num,
  bookings: num,
  served: num,
  on_time: num,
  delayed: num,
  cancelled: num,
  on_time_rate: num,
  avg_delay: num,
  previous_on_time_rate: num.nullable(),
});

export const facilitiesJsonSchema = z.object({
  period: periodSchema,
  previous_period: periodSchema,
  facilities: z.array(facilityStatsJsonSchema),
});

export const delayHeatmapCellJsonSchema = z.object({
  weekday: num,
  hour: num,
  bookings: num,
  served: num,
  avg_delay: num,
});

export const tripJsonSchema = z.object({
  id: num,
  date: isoDateSchema,
  scheduled_local: z.string().nullable(),
  scheduled_at: z.string().nullable(),
  boarded_at: z.string().nullable(),
  delay_minutes: num.nullable(),
  outcome: bookingOutcomeSchema,
  status: bookingStatusSchema,
  driver_id: num.nullable(),
  driver_name: z.string().nullable(),
  distance_km: num.nullable(),
  customer_name: z.string().nullable(),
  pickup_location: z.string().nullable(),
  dropoff_location: z.string().nullable(),
  medical_facility: z.string().nullable(),
});

// Compile-time drift checks: each mirror must infer exactly its interface (both directions).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
function assertSame<_T extends true>(): void {}
assertSame<Same<z.infer<typeof tripFilterSchema>, TripFilter>>();
assertSame<Same<z.infer<typeof dashboardJsonSchema>, DashboardJson>>();
assertSame<Same<z.infer<typeof insightsJsonSchema>, InsightsJson>>();
assertSame<Same<z.infer<typeof weeklySummaryJsonSchema>, WeeklySummaryJson>>();
assertSame<Same<z.infer<typeof driverStatsJsonSchema>, DriverStatsJson>>();
assertSame<Same<z.infer<typeof facilitiesJsonSchema>, FacilitiesJson>>();
assertSame<Same<z.infer<typeof delayHeatmapCellJsonSchema>, DelayHeatmapCellJson>>();
assertSame<Same<z.infer<typeof tripJsonSchema>, TripJson>>();
