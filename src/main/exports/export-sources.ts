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
import { type FacilitiesJson, getFacilityStats } from '../services/facility-service';
import { type ForecastJson, getForecast } from '../services/forecast-service';
import type { Db } from '../store/open-store';
import type { SinglePart } from './export-types';

export interface ExportSources {
  dashboard: DashboardJson;
  metrics: DispatchMetricsJson[];
  insights: InsightsJson;
  drivers: DriverStatsJson[];
  /** per medical facility over the export's period; null when the part is not asked for */
  facilities: FacilitiesJson | null;
  /** from `forecastFrom` (today by default) on, learned from the complete days before it (not from the export's
   * period) */
  forecast: ForecastJson | null;
}

/** The forecast part's horizon: the staffing week ahead (docs/analytics.md#forecast). */
export const EXPORT_FORECAST_DAYS = 7;

/** Reads what the parts need (all of it is small: one row per day, weekday or driver). */
export function readExportSources(
  db: Db,
  opts: {
    /** resolved once at the edge; every service below takes it as is */
    period: ResolvedPeriod;
    lang: Lang;
    today: IsoDate;
    /** the forecast part's first day (default: today) */
    forecastFrom?: IsoDate;
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
    facilities: needs('facilities')
      ? getFacilityStats(db, { period: { from: period.start, to: period.end }, today: opts.today, settings })
      : null,
    forecast: needs('forecast')
      ? getForecast(db, { today: opts.forecastFrom ?? opts.today, days: EXPORT_FORECAST_DAYS })
      : null,
  };
}
