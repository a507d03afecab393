// The bookings forecast read from the store: daily counts of the complete days before today, the next day's
// hours from the same weekdays' bookings. Shapes are unrounded except the counts (whole bookings); method and
// parameters in docs/analytics.md#forecast.
import type { IsoDate } from '../../shared/analytics-types';
import { invalidInput } from '../../shared/analytics-error';
import { addDays } from '../../shared/time';
import { type BacktestResult, backtest } from '../analytics/forecast-backtest';
import { type DailyCounts, SAME_WEEKDAYS, forecastDays } from '../analytics/forecast';
import { forecastHours } from '../analytics/forecast-hours';
import type { Db } from '../store/open-store';
import {
  MAX_FORECAST_DAYS,
  type ForecastDayJson,
  type ForecastJson,
} from '../../shared/contract/forecast-schemas';
import { getCompany } from '../store/repos/company-repo';
import { listDailyStats } from '../store/repos/daily-stats-repo';
import { sumBookingsByDayHour } from '../store/repos/booking-rollups-repo';

// The shapes are the API's (one definition for the CLI, the exports and the dashboard).
export { MAX_FORECAST_DAYS, type ForecastDayJson, type ForecastJson };
export const MAX_BACKTEST_WEEKS = 52;
/** History read before the first forecast origin: baselines (8 weeks) of the interval's 56 days + the level's 14. */
const HISTORY_DAYS = 7 * SAME_WEEKDAYS + 56 + 14 + 7;

function dailyCounts(db: Db, companyId: number, from: IsoDate, today: IsoDate): DailyCounts {
  const rows = listDailyStats(db, companyId, from, addDays(today, -1));
  return new Map(rows.map((r) => [r.date, r.totalBookings]));
}

function checkRange(value: number, max: number, key: 'forecastDays' | 'backtestWeeks'): void {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw invalidInput(
      key === 'forecastDays' ? 'analytics.errors.forecastDays' : 'analytics.errors.backtestWeeks',
      { value: String(value), max },
    );
  }
}

export function getForecast(db: Db, opts: { today: IsoDate; days: number }): ForecastJson {
  checkRange(opts.days, MAX_FORECAST_DAYS, 'forecastDays');
  const learnedThrough = addDays(opts.today, -1);
  const companyId = getCompany(db)?.id ?? null;
  if (companyId === null) return { learned_through: learnedThrough, days: [], next_day: null };
  const counts = dailyCounts(db, companyId, addDays(opts.today, -HISTORY_DAYS), opts.today);
  const days = forecastDays(counts, opts.today, opts.days).map((d) => ({
    date: d.date,
    bookings: Math.round(d.bookings),
    low: Math.floor(d.low),
    high: Math.ceil(d.high),
  }));
  const next = forecastDays(counts, opts.today, 2)[1];
  const sums = next
    ? sumBookingsByDayHour(db, companyId, addDays(next.date, -7 * SAME_WEEKDAYS), learnedThrough)
    : [];
  return {
    learned_through: learnedThrough,
    days,
    next_day: next
      ? {
          date: next.date,
          hours: forecastHours(sums, next.date, next.bookings).map((h) => ({
            hour: h.hour,
            bookings: Math.round(h.bookings * 10) / 10,
          })),
        }
      : null,
  };
}

/** Our forecast against the same-weekday-last-week forecast over the last `weeks` weeks (MAPE, %). */
export function getForecastBacktest(db: Db, opts: { today: IsoDate; weeks: number }): BacktestResult {
  checkRange(opts.weeks, MAX_BACKTEST_WEEKS, 'backtestWeeks');
  const companyId = getCompany(db)?.id ?? null;
  if (companyId === null) return { weeks: opts.weeks, days: 0, mape: 0, naive_mape: 0 };
  const counts = dailyCounts(
    db,
    companyId,
    addDays(opts.today, -(7 * opts.weeks + HISTORY_DAYS)),
    opts.today,
  );
  return backtest(counts, opts.today, opts.weeks);
}
