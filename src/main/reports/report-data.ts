// The figures of a report, read through the analytics service (the same functions as the dashboard, so an
// e-mail and `dashboard --json` agree). Nothing here catches a failed query: a report is never built from one.
import type {
  FacilityStatsJson,
  AnalyticsSettings,
  InsightJson,
  IsoDate,
  Lang,
  PeriodSummaryJson,
  QualityScoreParts,
  TrendPointJson,
  WeekdayAnalysisJson,
} from '../../shared/analytics-types';
import { KPI_FIGURES } from '../../shared/figures';
import { addDays, instantToLocalDate, listDays, mondayOf } from '../../shared/time';
import { bestDay, worstDay } from '../analytics/weekly-summary';
import { orderInsights } from '../analytics/insight-order';
import { weekdayPatternInsight, weeklyInsightOrder } from '../analytics/weekly-insight-order';
import { customPeriod } from '../analytics/period';
import { getDashboard, getInsights, getTrips } from '../services/analytics-service';
import { getPeriodSummary, getTrendPoints } from '../services/period-figures';
import { getFacilityStats } from '../services/facility-service';
import { getForecast } from '../services/forecast-service';
import type { Db } from '../store/open-store';
import { getCompany } from '../store/repos/company-repo';
import { dataThrough, lastSyncedAt, syncedDaysBetween } from '../store/repos/sync-state-repo';
import type { ReportKind } from './report-kind';
import { onTimeHistory, previousWorkingDay, type OnTimeHistory } from './report-baseline';

/** One KPI of the catalogue (src/shared/figures) with its values; only data, so it crosses to the worker. */
export interface KpiValue {
  /** the figure's key in KPI_FIGURES */
  key: string;
  value: number | null;
  /** the previous day or week */
  previous: number | null;
  hasPrevious: boolean;
  /** daily only: the same weekday a week before */
  weekAgo?: number | null;
  hasWeekAgo?: boolean;
}

export interface ReportData {
  kind: ReportKind;
  /** the day covered (daily) or the Monday of the week covered (weekly) */
  periodKey: IsoDate;
  from: IsoDate;
  to: IsoDate;
  lang: Lang;
  company: string;
  timeZone: string;
  dataThrough: IsoDate | null;
  /** the data stops before the period's end */
  stale: boolean;
  /** no booking in the period */
  empty: boolean;
  /** days of the period the dispatch server never answered for: their figures are unknown ("—"), not zero */
  unknownDays: IsoDate[];
  /** the last time the dispatch server's data reached the store (for "not up to date since …"), or null */
  lastSyncedAt: number | null;
  kpis: KpiValue[];
  parts: QualityScoreParts;
  insights: InsightJson[];
  /** daily: the largest delays (time, driver, minutes; never a patient's name) */
  topDelays: { time: string; driver: string | null; delayMinutes: number }[];
  /** the chart's days: 14 ending on the day (daily), the 7 of the week (weekly); null: a gap (unknown day) */
  chart: { date: IsoDate; bookings: number | null; onTimeRate: number | null }[];
  /** weekly: one row per day of the week (a day without data has nulls: shown "—") */
  days: ReportDay[];
  best: { date: IsoDate; quality_score: number } | null;
  worst: { date: IsoDate; quality_score: number } | null;
  weekdays: WeekdayAnalysisJson[];
  /** weekly: the next week's expected bookings (docs/analytics.md#forecast); null when the history is too short */
  nextWeek: { bookings: number; busiest: IsoDate } | null;
  /** weekly: the facilities with most late arrivals (docs/analytics.md#facilities), at most 5 */
  lateFacilities: FacilityStatsJson[];
  /** daily: the day its "previous" figures are from (Monday: the Friday before, docs/analytics.md#report-headline) */
  previousDay?: IsoDate;
  /** the headline's baseline: on-time rates of the 8 previous same weekdays / weeks (absent: not read) */
  onTimeHistory?: OnTimeHistory;
}

const MAX_INSIGHTS = 5;
const MAX_DELAYS = 5;
const MAX_FACILITIES = 5;

/** The week from `monday`, forecast from the days before it (a weekly report goes out that Monday). */
function nextWeekOf(db: Db, monday: IsoDate): ReportData['nextWeek'] {
  const days = getForecast(db, { today: monday, days: 7 }).days;
  if (days.length < 7) return null;
  const busiest = days.reduce((a, b) => (b.bookings > a.bookings ? b : a));
  return { bookings: days.reduce((n, d) => n + d.bookings, 0), busiest: busiest.date };
}

function kpiValues(
  now: PeriodSummaryJson,
  previous: PeriodSummaryJson,
  weekAgo?: PeriodSummaryJson,
): KpiValue[] {
  return KPI_FIGURES.map((f) => ({
    key: f.key,
    value: f.read(now),
    previous: f.read(previous),
    hasPrevious: previous.total_bookings > 0,
    ...(weekAgo ? { weekAgo: f.read(weekAgo), hasWeekAgo: weekAgo.total_bookings > 0 } : {}),
  }));
}

/**
 * What went wrong first (docs/analytics.md#insight-order): the day's unusual figures lead a daily report, then the
 * rules, by severity and size (a weekly report's order is weeklyInsightOrder's).
 */
function topInsights(insights: readonly InsightJson[]): InsightJson[] {
  return orderInsights(insights).slice(0, MAX_INSIGHTS);
}

/** A day's figures in a report; null where the day has none (never synced; or no booking: no rate or delay). */
export type ReportDay = Pick<TrendPointJson, 'date'> & {
  [K in 'bookings' | 'on_time_rate' | 'avg_delay' | 'quality_score']: number | null;
};

// A day the server answered for without bookings has 0 bookings and no rate; a day never synced has nothing.
function fillDays(
  from: IsoDate,
  to: IsoDate,
  trends: readonly TrendPointJson[],
  synced: ReadonlyMap<IsoDate, number>,
): ReportDay[] {
  const byDate = new Map(trends.map((t) => [t.date, t]));
  return listDays(from, to).map((date) => {
    const t = byDate.get(date);
    if (t) return t;
    const bookings = synced.has(date) ? 0 : null;
    return { date, bookings, on_time_rate: null, avg_delay: null, quality_score: null };
  });
}

/** What the store knows of [from, to]: the days never synced, and whether any day is missing or was incomplete. */
function coverage(db: Db, base: Base, companyId: number | null, from: IsoDate, to: IsoDate) {
  const synced = companyId === null ? new Map<IsoDate, number>() : syncedDaysBetween(db, companyId, from, to);
  const unknownDays = listDays(from, to).filter((d) => !synced.has(d));
  // A day read while it was still going on (the sync before the server went down) is not that day's data.
  const readEarly = [...synced].some(([day, at]) => instantToLocalDate(at, base.timeZone) <= day);
  return { synced, unknownDays, stale: unknownDays.length > 0 || readEarly };
}

export interface ReportDataInput {
  kind: ReportKind;
  periodKey: IsoDate;
  lang: Lang;
  settings: AnalyticsSettings;
}

export function buildReportData(db: Db, input: ReportDataInput): ReportData {
  const company = getCompany(db);
  const through = company ? dataThrough(db, company.id) : null;
  const base = {
    lang: input.lang,
    company: company?.name ?? '',
    companyId: company?.id ?? null,
    timeZone: input.settings.timeZone,
    dataThrough: through,
    lastSyncedAt: company ? lastSyncedAt(db, company.id) : null,
  };
  return input.kind === 'daily' ? dailyData(db, input, base) : weeklyData(db, input, base);
}

type Base = Pick<ReportData, 'lang' | 'company' | 'timeZone' | 'dataThrough' | 'lastSyncedAt'> & {
  companyId: number | null;
};

function dailyData(db: Db, input: ReportDataInput, base: Base): ReportData {
  const day = input.periodKey;
  const common = { today: day, lang: input.lang, settings: input.settings };
  // One dashboard (the day and the day before, insights); the week-ago summary and the chart's 14 days are
  // read alone rather than as two more full dashboards.
  // The report's window is resolved once here, from its period key, and handed to the services as is.
  const dash = getDashboard(db, { ...common, period: customPeriod(day, day) });
  const previousDay = previousWorkingDay(day);
  const previous =
    previousDay === addDays(day, -1)
      ? dash.previous_summary
      : getPeriodSummary(db, { from: previousDay, to: previousDay });
  const weekAgo = getPeriodSummary(db, { from: addDays(day, -7), to: addDays(day, -7) });
  const chartTrends = getTrendPoints(db, { from: addDays(day, -13), to: day });
  const trips = getTrips(db, {
    filter: { from: day, to: day, outcome: 'served', minDelayMinutes: 1 },
    sort: 'delay',
    dir: 'desc',
    limit: MAX_DELAYS,
    settings: input.settings,
  });
  const known = coverage(db, base, base.companyId, addDays(day, -13), day);
  const { companyId: _id, ...shown } = base;
  return {
    ...shown,
    kind: 'daily',
    periodKey: day,
    from: day,
    to: day,
    stale: coverage(db, base, base.companyId, day, day).stale,
    empty: dash.summary.total_bookings === 0,
    unknownDays: known.unknownDays.filter((d) => d === day),
    kpis: kpiValues(dash.summary, previous, weekAgo),
    parts: dash.quality_parts,
    insights: topInsights(dash.insights),
    topDelays: trips.rows
      .filter((r) => (r.delay_minutes ?? 0) > 0)
      .map((r) => ({
        time: r.scheduled_local?.slice(11, 16) ?? '—',
        driver: r.driver_name,
        delayMinutes: r.delay_minutes ?? 0,
      })),
    chart: fillDays(addDays(day, -13), day, chartTrends, known.synced).map((t) => ({
      date: t.date,
      bookings: t.bookings,
      onTimeRate: t.on_time_rate,
    })),
    days: [],
    best: null,
    worst: null,
    weekdays: [],
    nextWeek: null,
    lateFacilities: [],
    previousDay,
    onTimeHistory: onTimeHistory(db, 'daily', day),
  };
}

function weeklyData(db: Db, input: ReportDataInput, base: Base): ReportData {
  const from = mondayOf(input.periodKey);
  const to = addDays(from, 6);
  const common = { today: to, lang: input.lang };
  const dash = getDashboard(db, { ...common, settings: input.settings, period: customPeriod(from, to) });
  const patternWindow = { from: addDays(from, -21), to };
  const pattern = getInsights(db, {
    ...common,
    period: customPeriod(patternWindow.from, patternWindow.to),
    thresholds: input.settings.insightThresholds,
  });
  const patterns = pattern.patterns.flatMap(
    (p) => weekdayPatternInsight(input.lang, p, pattern.weekday_analysis, patternWindow) ?? [],
  );
  const known = coverage(db, base, base.companyId, from, to);
  const days = fillDays(from, to, dash.trends, known.synced);
  const { companyId: _id, ...shown } = base;
  return {
    ...shown,
    kind: 'weekly',
    periodKey: from,
    from,
    to,
    stale: known.stale,
    empty: dash.summary.total_bookings === 0,
    unknownDays: known.unknownDays,
    kpis: kpiValues(dash.summary, dash.previous_summary),
    parts: dash.quality_parts,
    // the week's worst day when it was an outlier, then the patterns (docs/analytics.md#insight-order)
    insights: weeklyInsightOrder(dash.insights, patterns).slice(0, MAX_INSIGHTS),
    topDelays: [],
    chart: days.map((t) => ({ date: t.date, bookings: t.bookings, onTimeRate: t.on_time_rate })),
    days,
    best: bestDay(dash.trends),
    worst: worstDay(dash.trends),
    weekdays: pattern.weekday_analysis.filter((w) => w.sample_size > 0),
    nextWeek: nextWeekOf(db, addDays(to, 1)),
    lateFacilities: getFacilityStats(db, { period: { from, to }, today: to, settings: input.settings })
      .facilities.filter((f) => f.kind === 'facility' && f.delayed > 0)
      .slice(0, MAX_FACILITIES),
    onTimeHistory: onTimeHistory(db, 'weekly', from),
  };
}
