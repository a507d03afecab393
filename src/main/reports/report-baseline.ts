// What a report's headline and its "vs previous" compare with (docs/analytics.md#report-headline): the on-time
// rates of the same weekday (daily) or of the weeks (weekly) before, and the day a Monday is compared with.
import type { IsoDate } from '../../shared/analytics-types';
import { addDays, weekdayOf } from '../../shared/time';
import { getPeriodSummary } from '../services/period-figures';
import type { Db } from '../store/open-store';
import type { ReportKind } from './report-kind';

/** How many same weekdays (daily) or weeks (weekly) back the headline looks. */
export const BASELINE_WEEKS = 8;
/** Fewer periods with bookings than this among them: no verdict, the rate alone. */
export const BASELINE_MIN = 4;

/** One earlier period with bookings: its first day, how many weeks before the report's, its on-time rate. */
export interface OnTimeHistoryEntry {
  from: IsoDate;
  weeksBack: number;
  rate: number;
}

/** Newest first; periods without bookings are left out (nothing to compare). */
export type OnTimeHistory = OnTimeHistoryEntry[];

export function onTimeHistory(db: Db, kind: ReportKind, periodKey: IsoDate): OnTimeHistory {
  const out: OnTimeHistory = [];
  for (let weeksBack = 1; weeksBack <= BASELINE_WEEKS; weeksBack++) {
    const from = addDays(periodKey, -7 * weeksBack);
    const to = kind === 'daily' ? from : addDays(from, 6);
    const summary = getPeriodSummary(db, { from, to });
    if (summary.total_bookings > 0) out.push({ from, weeksBack, rate: summary.avg_on_time_rate });
  }
  return out;
}

/**
 * The day a daily report's "vs previous" figures come from: the day before, except on Monday, which is compared
 * with the Friday before (the previous working day: a patient transport office's Sunday is not a working day's
 * baseline). Saturday and Sunday keep the day before.
 */
export function previousWorkingDay(day: IsoDate): IsoDate {
  return weekdayOf(day) === 0 ? addDays(day, -3) : addDays(day, -1);
}
