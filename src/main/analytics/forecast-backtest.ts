// The forecast's backtest against the naive forecast (the same weekday of the week before): both forecast each
// day of the last N weeks from an origin a week apart, with only the days before that origin. Method:
// docs/analytics.md#forecast.
import type { IsoDate } from '../../shared/analytics-types';
import { addDays, listDays } from '../../shared/time';
import { type DailyCounts, pointForecast } from './forecast';

export interface BacktestResult {
  weeks: number;
  /** the days scored (actual > 0 and both forecasts available) */
  days: number;
  /** mean absolute percentage error, 0–100 */
  mape: number;
  naive_mape: number;
}

/**
 * Origins are `today − 7k` for k = 1…weeks; each forecasts its 7 days (all before today). The naive forecast of a
 * day is the count 7 days earlier, which is always before its origin. Days without bookings are not scored (a
 * percentage error of a zero is undefined); a day the history is too short for is skipped for both.
 */
export function backtest(counts: DailyCounts, today: IsoDate, weeks: number): BacktestResult {
  let n = 0;
  let ours = 0;
  let naive = 0;
  for (let k = weeks; k >= 1; k--) {
    const origin = addDays(today, -7 * k);
    for (const d of listDays(origin, addDays(origin, 6))) {
      const actual = counts.get(d);
      const lastWeek = counts.get(addDays(d, -7));
      const f = pointForecast(counts, d, origin);
      if (actual === undefined || !(actual > 0) || lastWeek === undefined || f === null) continue;
      n++;
      ours += Math.abs(actual - f) / actual;
      naive += Math.abs(actual - lastWeek) / actual;
    }
  }
  return {
    weeks,
    days: n,
    mape: n ? (ours * 100) / n : 0,
    naive_mape: n ? (naive * 100) / n : 0,
  };
}
