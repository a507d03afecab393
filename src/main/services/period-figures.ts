// The pieces of a dashboard a report needs beside its one dashboard: a window's summary alone (the same weekday
// a week before) and a window's trend points alone (the daily chart's 14 days). Read from the same tables by the
// same pure functions as getDashboard, so the figures agree; no insight, no previous window computed for nothing.
// The window is one the caller has already validated (a report's period): no second check here.
import type { IsoDate, PeriodSummaryJson, TrendPointJson } from '../../shared/analytics-types';
import { EMPTY_SUMMARY, summarizePeriod, toTrendPoint } from '../analytics/period-summary';
import type { Db } from '../store/open-store';
import { getCompany } from '../store/repos/company-repo';
import { listDailyStats } from '../store/repos/daily-stats-repo';
import { listDayMetrics } from '../store/repos/metrics-repo';

/** The summary of [from, to] (docs/analytics.md#period-summary). */
export function getPeriodSummary(db: Db, window: { from: IsoDate; to: IsoDate }): PeriodSummaryJson {
  const company = getCompany(db);
  if (!company) return { ...EMPTY_SUMMARY };
  return summarizePeriod(listDayMetrics(db, company.id, window.from, window.to));
}

/** The trend points of [from, to], one per day with data, oldest first (docs/analytics.md#daily-stats). */
export function getTrendPoints(db: Db, window: { from: IsoDate; to: IsoDate }): TrendPointJson[] {
  const company = getCompany(db);
  if (!company) return [];
  return listDailyStats(db, company.id, window.from, window.to).map(toTrendPoint);
}
