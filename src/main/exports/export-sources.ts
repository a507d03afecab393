// The figures an export is made of, read through the same services as the CLI's `--json` and the UI, so a file
// and the screen agree to the decimal. Only the trips are not read here: they are streamed (trips-table.ts).
import type {
  AnalyticsSettings,
  DashboardJson,
  DispatchMetricsJson,
  DriverStatsJson,
  InsightsJson,
  IsoDate,
  Lang,
} from '../../shared/analytics-types';
import type { ResolvedPeriod } from '../analytics/period';
import { getDashboard, getDriverStats, getInsights, getMetrics } from '../services/analytics-service';
import type { Db } from '../store/open-store';
import type { SinglePart } from './export-types';

export interface ExportSources {
  dashboard: DashboardJson;
  metrics: DispatchMetricsJson[];
  insights: InsightsJson;
  drivers: DriverStatsJson[];
}

/** Reads what the parts need (all of it is small: one row per day, weekday or driver). */
export function readExportSources(
  db: Db,
  opts: {
    /** resolved once at the edge; every service below takes it as is */
    period: ResolvedPeriod;
    lang: Lang;
    today: IsoDate;
    settings: AnalyticsSettings;
    parts: readonly SinglePart[];
  },
): ExportSources {
  const { period, lang, settings } = opts;
  const needs = (p: SinglePart) => opts.parts.includes(p);
  const dashboard = getDashboard(db, { period, today: opts.today, lang, settings });
  return {
    dashboard,
    metrics: needs('daily') ? getMetrics(db, { period }) : [],
    insights: needs('weekdays')
      ? getInsights(db, { period, today: opts.today, lang, thresholds: settings.insightThresholds })
      : { lookback_days: 0, period: dashboard.period, patterns: [], weekday_analysis: [] },
    drivers: needs('drivers') ? getDriverStats(db, { period, settings }) : [],
  };
}
