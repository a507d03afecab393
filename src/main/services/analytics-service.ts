// The read API of analytics, used by the CLI, the UI's API and the reports: reads the store, calls the pure
// functions and returns the JSON shapes unrounded (round at the edge with shared/round.ts). The company is the
// store's (single) company; an empty store gives empty or zero results, never a throw. Dashboard, insights and
// weekly summary read the aggregated tables; trips, drivers and the heat map read the bookings themselves (summed
// in SQL, so they follow the current on-time threshold without loading a year of bookings into JS).
import type {
  AnalyticsSettings,
  DashboardJson,
  DelayHeatmapCellJson,
  DispatchMetricsJson,
  DriverStatsJson,
  InsightsJson,
  IsoDate,
  Lang,
  PeriodJson,
  TripFilter,
  TripJson,
  WeeklySummaryJson,
} from '../../shared/analytics-types';
import { invalidInput } from '../../shared/analytics-error';
import { buildDashboard } from '../analytics/dashboard';
import { dayMetricsToJson } from '../analytics/day-metrics';
import { heatmapFromDayHours } from '../analytics/delay-heatmap';
import { driverStatsRows } from '../analytics/driver-stats';
import type { InsightThresholds } from '../analytics/insight-thresholds';
import { notEnoughDataText } from '../analytics/insight-texts';
import { type ResolvedPeriod, customPeriod, previousPeriod } from '../analytics/period';
import { toTripJson } from '../analytics/trip-json';
import { analyzeWeekdays } from '../analytics/weekday-analysis';
import { buildWeeklySummary, weekWindow } from '../analytics/weekly-summary';
import { addDays } from '../../shared/time';
import type { Db } from '../store/open-store';
import { getCompany } from '../store/repos/company-repo';
import { listDailyStats } from '../store/repos/daily-stats-repo';
import { listDrivers } from '../store/repos/drivers-repo';
import { listDayMetrics } from '../store/repos/metrics-repo';
import { sumBookingsByDayHour, sumBookingsByDriver } from '../store/repos/booking-rollups-repo';
import { type TripSort, queryTrips } from '../store/repos/trips-repo';
import { getTodaySoFar } from './today-service';
import { getOutlierDays } from './day-outliers-service';
import { outlierInsight } from '../analytics/day-outlier-insight';
import { orderInsights } from '../analytics/insight-order';
import { volumeHistoryStart } from '../analytics/volume-baseline';
import { MAX_TRIPS_PAGE } from '../../shared/contract/analytics-inputs';

export const MAX_LOOKBACK_DAYS = 365;
/** Unusual days shown among a dashboard's insights, worst first. */
export const MAX_UNUSUAL_DAYS = 3;
export const DEFAULT_TRIPS_LIMIT = 200;

function companyIdOf(db: Db): number | null {
  return getCompany(db)?.id ?? null;
}

export function getDashboard(
  db: Db,
  opts: {
    /** resolved at the edge (API handler, CLI arguments, export task): not checked again here */
    period: ResolvedPeriod;
    today: IsoDate;
    lang: Lang;
    settings: AnalyticsSettings;
    /** the insight thresholds; default: the settings' (those the user set) */
    thresholds?: Partial<InsightThresholds>;
    /** the clock: given, the answer carries `today`, the day in progress apart (docs/analytics.md#today-so-far) */
    now?: number;
  },
): DashboardJson {
  const period: PeriodJson = opts.period;
  const previous = previousPeriod(period);
  const companyId = companyIdOf(db);
  const metrics = companyId === null ? [] : listDayMetrics(db, companyId, previous.start, period.end);
  // The window's rows and the history its volume is judged against (docs/analytics.md#volume-baseline).
  const volumeStats =
    companyId === null ? [] : listDailyStats(db, companyId, volumeHistoryStart(period), period.end);
  const dashboard = buildDashboard({
    period,
    metrics: metrics.filter((m) => m.date >= period.start),
    previousMetrics: metrics.filter((m) => m.date < period.start),
    stats: volumeStats.filter((s) => s.date >= period.start),
    volumeStats,
    lang: opts.lang,
    thresholds: opts.thresholds ?? opts.settings.insightThresholds,
  });
  // The window's unusual days lead the insights (docs/analytics.md#insight-order); each names its day.
  const unusual = getOutlierDays(db, {
    from: period.start,
    to: period.end,
    settings: opts.settings,
    limit: MAX_UNUSUAL_DAYS,
    minSeverity: 'warning',
  }).map((o) => outlierInsight(opts.lang, o));
  const ordered = { ...dashboard, insights: orderInsights([...unusual, ...dashboard.insights]) };
  if (opts.now === undefined) return ordered;
  return { ...ordered, today: getTodaySoFar(db, { now: opts.now, settings: opts.settings }) };
}

/**
 * The window of the weekday analysis: the last `lookbackDays` local days ending today (1–365, the CLI's
 * `insights --lookback-days`), or a given inclusive period (the dashboard's, so its chart matches its range).
 */
export type InsightsWindow = { lookbackDays: number } | RangeOrResolved;

/**
 * A raw `from`/`to` (checked here: the service is the edge for the CLI's `metrics` and the API's range calls) or a
 * window already resolved at the edge (exports, reports), taken as is.
 */
export type RangeOrResolved = { from: IsoDate; to: IsoDate } | { period: ResolvedPeriod };

function windowOf(opts: RangeOrResolved): PeriodJson {
  return 'period' in opts ? opts.period : customPeriod(opts.from, opts.to);
}

/** Weekday means and patterns over the window; `lookback_days` is the number of days it covers. */
export function getInsights(
  db: Db,
  opts: InsightsWindow & { today: IsoDate; lang: Lang; thresholds?: Partial<InsightThresholds> },
): InsightsJson {
  const period = 'lookbackDays' in opts ? lookbackPeriod(opts.lookbackDays, opts.today) : windowOf(opts);
  const companyId = companyIdOf(db);
  const stats = companyId === null ? [] : listDailyStats(db, companyId, period.start, period.end);
  const analysis = analyzeWeekdays(stats, opts.lang, opts.thresholds);
  return {
    lookback_days: period.days,
    period,
    ...analysis,
    ...(stats.length === 0 ? { message: notEnoughDataText(opts.lang) } : {}),
  };
}

function lookbackPeriod(n: number, today: IsoDate): PeriodJson {
  if (!Number.isInteger(n) || n < 1 || n > MAX_LOOKBACK_DAYS) {
    throw invalidInput('analytics.errors.lookbackDays', { max: MAX_LOOKBACK_DAYS, value: String(n) });
  }
  return customPeriod(addDays(today, -(n - 1)), today);
}

/** The Monday–Sunday week containing `weekStart` (default: the current week). */
export function getWeeklySummary(
  db: Db,
  opts: { weekStart?: IsoDate; today: IsoDate; lang: Lang },
): WeeklySummaryJson {
  const week = weekWindow(opts.weekStart ?? opts.today);
  const companyId = companyIdOf(db);
  if (companyId === null) return buildWeeklySummary(week.start, [], []);
  return buildWeeklySummary(
    week.start,
    listDayMetrics(db, companyId, week.start, week.end),
    listDailyStats(db, companyId, week.start, week.end),
  );
}

export function getMetrics(db: Db, opts: RangeOrResolved): DispatchMetricsJson[] {
  const p = windowOf(opts);
  const companyId = companyIdOf(db);
  return companyId === null ? [] : listDayMetrics(db, companyId, p.start, p.end).map(dayMetricsToJson);
}

export function getDriverStats(
  db: Db,
  opts: RangeOrResolved & { settings: AnalyticsSettings },
): DriverStatsJson[] {
  const p = windowOf(opts);
  const companyId = companyIdOf(db);
  if (companyId === null) return [];
  const names = new Map(listDrivers(db, companyId).map((d) => [d.id, d.fullName]));
  return driverStatsRows(
    sumBookingsByDriver(db, companyId, p.start, p.end, opts.settings.onTimeThresholdMinutes),
    names,
  );
}

export function getDelayHeatmap(
  db: Db,
  opts: { from: IsoDate; to: IsoDate; settings: AnalyticsSettings },
): DelayHeatmapCellJson[] {
  const p = customPeriod(opts.from, opts.to);
  const companyId = companyIdOf(db);
  return companyId === null ? [] : heatmapFromDayHours(sumBookingsByDayHour(db, companyId, p.start, p.end));
}

export function getTrips(
  db: Db,
  opts: {
    filter: TripFilter;
    sort?: TripSort;
    dir?: 'asc' | 'desc';
    offset?: number;
    limit?: number;
    settings: AnalyticsSettings;
  },
): { total: number; rows: TripJson[] } {
  customPeriod(opts.filter.from, opts.filter.to);
  const offset = opts.offset ?? 0;
  const limit = opts.limit ?? DEFAULT_TRIPS_LIMIT;
  if (
    !Number.isInteger(offset) ||
    offset < 0 ||
    !Number.isInteger(limit) ||
    limit < 0 ||
    limit > MAX_TRIPS_PAGE
  ) {
    throw invalidInput('analytics.errors.paging', {
      offset: String(offset),
      limit: String(limit),
      max: MAX_TRIPS_PAGE,
    });
  }
  const companyId = companyIdOf(db);
  if (companyId === null) return { total: 0, rows: [] };
  const threshold = opts.settings.onTimeThresholdMinutes;
  const { total, rows } = queryTrips(db, companyId, {
    filter: opts.filter,
    sort: opts.sort ?? 'scheduled',
    dir: opts.dir ?? 'asc',
    offset,
    limit,
    onTimeThresholdMinutes: threshold,
  });
  return { total, rows: rows.map((r) => toTripJson(r, threshold)) };
}
