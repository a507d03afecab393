// Shapes of every analytics figure the app shows, exports or prints. JSON-facing objects use the reference
// server's snake_case keys (`/analytics/dashboard`, `/analytics/insights`, `/analytics/weekly-summary`) so a
// CLI `--json` output, an export and the UI agree to the decimal. Definitions: docs/analytics.md.
import type { SummaryField } from './figures/kpi-figures';

export type IsoDate = string; // 'YYYY-MM-DD', a local calendar day in the company's zone

/** The server's BookingStatus values, lowercased as Booking.serialize sends them. */
export const BOOKING_STATUSES = [
  'pending',
  'accepted',
  'assigned',
  'en_route',
  'in_progress',
  'completed',
  'return_completed',
  'canceled',
] as const;

export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** Dashboard period presets: the last 7, 30, 90 or 365 local days ending today, today included. */
export const PERIOD_PRESETS = ['7d', '30d', '90d', '1y'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export const PERIOD_PRESET_DAYS: Readonly<Record<PeriodPreset, number>> = {
  '7d': 7,
  '30d': 30,
  '90d': 90,
  '1y': 365,
};

/** Columns the trips list can be sorted by. */
export const TRIP_SORTS = ['scheduled', 'delay', 'driver', 'distance', 'status'] as const;
export type TripSort = (typeof TRIP_SORTS)[number];

export type BookingOutcome = 'on_time' | 'delayed' | 'cancelled' | 'unserved';

export type Lang = 'fr' | 'en';

// Every threshold of the insight rules and weekday patterns (docs/analytics.md#insight-thresholds). Applied
// when the dashboard and insights are read (never stored in aggregated rows), so changing one needs no
// re-aggregation.
export interface InsightThresholds {
  /** punctuality warning below this on-time % */
  lowOnTimeRate: number;
  /** punctuality success at or above this on-time % */
  excellentOnTimeRate: number;
  /** delays warning above this mean delay (minutes) */
  highAvgDelayMinutes: number;
  /** the trend rules need at least this many days with data */
  trendMinDays: number;
  /** the trend compares the mean quality of the last N days with the first N */
  trendWindowDays: number;
  /** change in % of that mean quality that fires the trend rules (+ improving, − declining) */
  trendChangePercent: number;
  /** a day "has many delays" above this mean delay (minutes) */
  patternDayDelayMinutes: number;
  /** the pattern rule fires when more than this share of the days have many delays */
  patternDayShare: number;
  /** quality success at or above this score */
  excellentQuality: number;
  /** quality critical below this score */
  lowQuality: number;
  /** weekday pattern high_delay_day above this weekday mean delay (minutes) */
  weekdayHighDelayMinutes: number;
}

export const DEFAULT_INSIGHT_THRESHOLDS: Readonly<InsightThresholds> = Object.freeze({
  lowOnTimeRate: 70,
  excellentOnTimeRate: 90,
  highAvgDelayMinutes: 15,
  trendMinDays: 7,
  trendWindowDays: 7,
  trendChangePercent: 10,
  patternDayDelayMinutes: 20,
  patternDayShare: 1 / 3,
  excellentQuality: 85,
  lowQuality: 60,
  weekdayHighDelayMinutes: 10,
});

export interface AnalyticsSettings {
  /** A served booking is on time when its delay is ≤ this many minutes. Default 5. */
  onTimeThresholdMinutes: number;
  /** IANA zone of the company. Default 'Europe/Zurich'. */
  timeZone: string;
  /** thresholds of the insight rules and weekday patterns */
  insightThresholds: InsightThresholds;
}

export const DEFAULT_ANALYTICS_SETTINGS: AnalyticsSettings = {
  onTimeThresholdMinutes: 5,
  timeZone: 'Europe/Zurich',
  insightThresholds: { ...DEFAULT_INSIGHT_THRESHOLDS },
};

/** One row of `dispatch_metrics` in snake_case, as printed by `metrics --json` and exported. */
export interface DispatchMetricsJson {
  date: IsoDate;
  dispatch_run_id: number | null;
  total_bookings: number;
  on_time_bookings: number;
  delayed_bookings: number;
  cancelled_bookings: number;
  average_delay_minutes: number;
  max_delay_minutes: number;
  total_delay_minutes: number;
  total_drivers: number;
  active_drivers: number;
  avg_bookings_per_driver: number;
  total_distance_km: number;
  avg_distance_per_booking: number;
  suggestions_generated: number;
  suggestions_applied: number;
  quality_score: number;
  extra_data: MetricsExtraData;
}

/** What `dispatch_metrics.extra_data` keeps beyond the design's columns. */
export interface MetricsExtraData {
  served_bookings: number;
  unserved_bookings: number;
  run_status: string | null;
  quality_parts: QualityScoreParts;
}

export interface QualityScoreParts {
  /** on_time_rate × 50, out of 50 */
  punctuality: number;
  /** max(0, 30 − avg_delay / 15 × 30), out of 30 */
  delay: number;
  /** max(0, 20 − cancel_rate × 100), out of 20 */
  cancellations: number;
  /** the sum, clamped to [0, 100] */
  total: number;
}

export interface PeriodJson {
  start: IsoDate;
  end: IsoDate;
  /** calendar days in the window */
  days: number;
}

/**
 * A window's headline figures (docs/analytics.md#period-summary): one number per KPI of the figures catalogue
 * (src/shared/figures/kpi-figures.ts), which declares the fields.
 */
export type PeriodSummaryJson = Record<SummaryField, number>;

export interface TrendPointJson {
  date: IsoDate;
  bookings: number;
  on_time_rate: number;
  avg_delay: number;
  quality_score: number;
  bookings_trend: number;
  delay_trend: number;
}

export type InsightType = 'warning' | 'success' | 'info';
export type InsightCategory = 'punctuality' | 'delays' | 'trend' | 'pattern' | 'volume' | 'quality';
export type InsightPriority = 'low' | 'medium' | 'high' | 'critical';
/** How bad an insight is, for its order and its mark (docs/analytics.md#insight-order); report HTML carries it. */
export type InsightSeverity = 'critical' | 'warning' | 'info';

/** Which bookings an insight, a KPI or a chart point is about: the drill-down target. */
export interface TripFilter {
  from: IsoDate;
  to: IsoDate;
  /** only these days (e.g. the days with avg_delay > 20) */
  dates?: IsoDate[];
  driverId?: number;
  outcome?: BookingOutcome | 'served';
  /** 0 = Monday … 6 = Sunday */
  weekday?: number;
  /** local hour 0–23 of the scheduled time */
  hour?: number;
  minDelayMinutes?: number;
  /** a booking number, or part of a patient's name (matched in the local store only) */
  search?: string;
  /** a medical facility: its bookings under any spelling of the name (docs/analytics.md#facilities) */
  facility?: string;
}

export interface InsightJson {
  /** stable id of the rule that fired, e.g. 'punctuality_low' */
  rule: string;
  type: InsightType;
  category: InsightCategory;
  priority: InsightPriority;
  title: string;
  message: string;
  recommendation: string | null;
  /** kept for compatibility with the reference server's shape; same as recommendation */
  action: string | null;
  trips: TripFilter;
  /** critical | warning | info: insights are ordered by it, then by `size` */
  severity?: InsightSeverity;
  /** the one day the insight is about (an unusual day), YYYY-MM-DD */
  day?: IsoDate;
  /** the figure it is about: on_time_rate | avg_delay | bookings | … */
  metric?: string;
  value?: number;
  /** what the office usually has (the same weekdays' median), when the insight compares with it */
  baseline?: number;
  /** how far outside: |score| in robust spreads for an unusual day; orders insights of one severity */
  size?: number;
}

/** The day in progress so far (docs/analytics.md#today-so-far), shown apart from the finished days. */
export interface TodaySoFarJson {
  date: IsoDate;
  /** epoch ms the figures stand at (today's last sync, capped at now) */
  as_of: number;
  /** as_of as local 'HH:MM' */
  as_of_local: string;
  /** all of today's bookings, planned or done */
  planned: number;
  /** the bookings whose scheduled time has come by as_of */
  due: number;
  on_time: number;
  /** served late, or not boarded yet though their threshold has passed */
  late: number;
  cancelled: number;
  /** due, not boarded, still within the on-time threshold */
  waiting: number;
  /** on_time ÷ (on_time + late) × 100; null before any is decided */
  on_time_rate: number | null;
}

export interface DashboardJson {
  period: PeriodJson;
  summary: PeriodSummaryJson;
  /** the summary's score split into its three parts (on the period's totals) */
  quality_parts: QualityScoreParts;
  trends: TrendPointJson[];
  insights: InsightJson[];
  /** the same figures over the previous window of the same length, for the KPI cards' change */
  previous_summary: PeriodSummaryJson;
  /** the day in progress, apart (never inside `summary`); null when today has no data yet */
  today?: TodaySoFarJson | null;
}

export interface WeekdayAnalysisJson {
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  weekday_name: string;
  avg_delay: number;
  avg_on_time_rate: number;
  avg_bookings: number;
  sample_size: number;
}

export interface PatternJson {
  type: 'high_delay_day' | 'busy_day';
  weekday: number;
  message: string;
  recommendation: string;
}

export interface InsightsJson {
  lookback_days: number;
  period: PeriodJson;
  patterns: PatternJson[];
  weekday_analysis: WeekdayAnalysisJson[];
  /** set when there is not enough data */
  message?: string;
}

export interface DayScoreJson {
  date: IsoDate;
  quality_score: number;
}

export interface WeeklySummaryJson {
  period: PeriodJson;
  summary: PeriodSummaryJson;
  trends: TrendPointJson[];
  best_day: DayScoreJson | null;
  worst_day: DayScoreJson | null;
}

export interface DriverStatsJson {
  driver_id: number;
  driver_name: string;
  bookings: number;
  served: number;
  on_time: number;
  delayed: number;
  cancelled: number;
  on_time_rate: number;
  avg_delay: number;
  total_distance_km: number;
  /** trips with a service time (boarding → completion, docs/analytics.md#service-time) */
  service_trips: number;
  /** their mean service time in minutes; null when none had one */
  avg_service_minutes: number | null;
}

/**
 * Punctuality of one medical facility over a period (docs/analytics.md#facilities). kind 'others': the facilities
 * with too few bookings, grouped (`facilities` of them, `facility` null); 'none': bookings without a facility.
 */
export interface FacilityStatsJson {
  kind: 'facility' | 'others' | 'none';
  facility: string | null;
  facilities: number;
  bookings: number;
  served: number;
  on_time: number;
  delayed: number;
  cancelled: number;
  on_time_rate: number;
  avg_delay: number;
  /** the same facility's on-time rate over the previous period; null when it had too few bookings then */
  previous_on_time_rate: number | null;
}

/** The Facilities screen and `facilities --json`: the rows of a period, with the period and the one before it. */
export interface FacilitiesJson {
  period: PeriodJson;
  previous_period: PeriodJson;
  facilities: FacilityStatsJson[];
}

/** Mean delay (served bookings) per weekday (0 = Monday) × local hour of the scheduled time. */
export interface DelayHeatmapCellJson {
  weekday: number;
  hour: number;
  bookings: number;
  served: number;
  avg_delay: number;
}

/** One booking as the trips table shows it. */
export interface TripJson {
  id: number;
  date: IsoDate;
  scheduled_local: string | null;
  scheduled_at: string | null; // ISO instant
  boarded_at: string | null; // ISO instant
  delay_minutes: number | null; // null unless served
  outcome: BookingOutcome;
  status: BookingStatus;
  driver_id: number | null;
  driver_name: string | null;
  distance_km: number | null;
  customer_name: string | null;
  pickup_location: string | null;
  dropoff_location: string | null;
  /** the booking's medical facility as stored (null: none) */
  medical_facility: string | null;
}
