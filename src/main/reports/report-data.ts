// The figures of a report, read through the analytics service (the same functions as the dashboard, so an
// e-mail and `dashboard --json` agree). Nothing here catches a failed query: a report is never built from one.
import type {
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
import { addDays, listDays, mondayOf } from '../../shared/time';
import { bestDay, worstDay } from '../analytics/weekly-summary';
import { getDashboard, getInsights, getTrips } from '../services/analytics-service';
import { getPeriodSummary, getTrendPoints } from '../services/period-figures';
import type { Db } from '../store/open-store';
import { getCompany } from '../store/repos/company-repo';
import { dataThrough } from '../store/repos/sync-state-repo';
import type { ReportKind } from './report-kind';

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
  kpis: KpiValue[];
  parts: QualityScoreParts;
  insights: InsightJson[];
  /** daily: the largest delays (time, driver, minutes; never a patient's name) */
  topDelays: { time: string; driver: string | null; delayMinutes: number }[];
  /** the chart's days: 14 ending on the day (daily), the 7 of the week (weekly) */
  chart: { date: IsoDate; bookings: number; onTimeRate: number }[];
  /** weekly: one row per day of the week (a day without data has zeros) */
  days: TrendPointJson[];
  best: { date: IsoDate; quality_score: number } | null;
  worst: { date: IsoDate; quality_score: number } | null;
  weekdays: WeekdayAnalysisJson[];
}

const PRIORITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3 } as const;
const MAX_INSIGHTS = 5;
const MAX_DELAYS = 5;

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

function topInsights(insights: readonly InsightJson[]): InsightJson[] {
  return [...insights]
    .sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority])
    .slice(0, MAX_INSIGHTS);
}

function fillDays(from: IsoDate, to: IsoDate, trends: readonly TrendPointJson[]): TrendPointJson[] {
  const byDate = new Map(trends.map((t) => [t.date, t]));
  return listDays(from, to).map(
    (date) =>
      byDate.get(date) ?? {
        date,
        bookings: 0,
        on_time_rate: 0,
        avg_delay: 0,
        quality_score: 0,
        bookings_trend: 0,
        delay_trend: 0,
      },
  );
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
    timeZone: input.settings.timeZone,
    dataThrough: through,
  };
  return input.kind === 'daily' ? dailyData(db, input, base) : weeklyData(db, input, base);
}

type Base = Pick<ReportData, 'lang' | 'company' | 'timeZone' | 'dataThrough'>;

function dailyData(db: Db, input: ReportDataInput, base: Base): ReportData {
  const day = input.periodKey;
  const common = { today: day, lang: input.lang, settings: input.settings };
  // One dashboard (the day and the day before, insights); the week-ago summary and the chart's 14 days are
  // read alone rather than as two more full dashboards.
  const dash = getDashboard(db, { ...common, period: { from: day, to: day } });
  const weekAgo = getPeriodSummary(db, { from: addDays(day, -7), to: addDays(day, -7) });
  const chartTrends = getTrendPoints(db, { from: addDays(day, -13), to: day });
  const trips = getTrips(db, {
    filter: { from: day, to: day, outcome: 'served', minDelayMinutes: 1 },
    sort: 'delay',
    dir: 'desc',
    limit: MAX_DELAYS,
    settings: input.settings,
  });
  return {
    ...base,
    kind: 'daily',
    periodKey: day,
    from: day,
    to: day,
    stale: base.dataThrough === null || base.dataThrough < day,
    empty: dash.summary.total_bookings === 0,
    kpis: kpiValues(dash.summary, dash.previous_summary, weekAgo),
    parts: dash.quality_parts,
    insights: topInsights(dash.insights),
    topDelays: trips.rows
      .filter((r) => (r.delay_minutes ?? 0) > 0)
      .map((r) => ({
        time: r.scheduled_local?.slice(11, 16) ?? '—',
        driver: r.driver_name,
        delayMinutes: r.delay_minutes ?? 0,
      })),
    chart: fillDays(addDays(day, -13), day, chartTrends).map((t) => ({
      date: t.date,
      bookings: t.bookings,
      onTimeRate: t.on_time_rate,
    })),
    days: [],
    best: null,
    worst: null,
    weekdays: [],
  };
}

function weeklyData(db: Db, input: ReportDataInput, base: Base): ReportData {
  const from = mondayOf(input.periodKey);
  const to = addDays(from, 6);
  const common = { today: to, lang: input.lang };
  const dash = getDashboard(db, { ...common, settings: input.settings, period: { from, to } });
  const pattern = getInsights(db, {
    ...common,
    from: addDays(from, -21),
    to,
    thresholds: input.settings.insightThresholds,
  });
  const days = fillDays(from, to, dash.trends);
  return {
    ...base,
    kind: 'weekly',
    periodKey: from,
    from,
    to,
    stale: base.dataThrough === null || base.dataThrough < to,
    empty: dash.summary.total_bookings === 0,
    kpis: kpiValues(dash.summary, dash.previous_summary),
    parts: dash.quality_parts,
    insights: topInsights(dash.insights),
    topDelays: [],
    chart: days.map((t) => ({ date: t.date, bookings: t.bookings, onTimeRate: t.on_time_rate })),
    days,
    best: bestDay(dash.trends),
    worst: worstDay(dash.trends),
    weekdays: pattern.weekday_analysis.filter((w) => w.sample_size > 0),
  };
}
