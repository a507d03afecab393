// The day in progress as the store last saw it (docs/analytics.md#today-so-far), for the dashboard's "today so
// far" line, the CLI and any live view: one small read of today's bookings (a day holds ~2,000 at most).
import type { AnalyticsSettings, TodaySoFarJson } from '../../shared/analytics-types';
import { localWallClock, todayIn } from '../../shared/time';
import { todaySoFar } from '../analytics/today-so-far';
import type { Db } from '../store/open-store';
import { getCompany } from '../store/repos/company-repo';
import { syncedDaysBetween } from '../store/repos/sync-state-repo';
import { iterateAnalyticsBookings } from '../store/repos/trips-repo';

/** Today (in the company's zone) so far; null when today has not been written by any sync yet. */
export function getTodaySoFar(
  db: Db,
  opts: { now: number; settings: Pick<AnalyticsSettings, 'timeZone' | 'onTimeThresholdMinutes'> },
): TodaySoFarJson | null {
  const companyId = getCompany(db)?.id ?? null;
  if (companyId === null) return null;
  const zone = opts.settings.timeZone;
  const day = todayIn(zone, opts.now);
  const writtenAt = syncedDaysBetween(db, companyId, day, day).get(day);
  if (writtenAt === undefined) return null;
  // The store knows today only as of its last write: a pickup due since then may have happened unseen, so the
  // figures stop there rather than calling it late.
  const asOf = Math.min(writtenAt, opts.now);
  return todaySoFar(iterateAnalyticsBookings(db, companyId, day, day), {
    day,
    asOf,
    asOfLocal: localWallClock(asOf, zone).slice(11, 16),
    onTimeThresholdMinutes: opts.settings.onTimeThresholdMinutes,
  });
}
