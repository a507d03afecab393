// The days of a window far outside their own baseline, each with what explains it, read from the store
// (docs/analytics.md#day-outliers). One entry per day, its worst metric first.
import type { AnalyticsSettings, IsoDate, TripFilter } from '../../shared/analytics-types';
import { addDays } from '../../shared/time';
import { type DayExplanation, explainDay } from '../analytics/day-explanation';
import { BASELINE_WEEKS, type DayOutlier, dayOutliers } from '../analytics/day-outliers';
import type { Db } from '../store/open-store';
import { getCompany } from '../store/repos/company-repo';
import { listDailyStats } from '../store/repos/daily-stats-repo';
import { listDrivers } from '../store/repos/drivers-repo';
import { listDayMetrics } from '../store/repos/metrics-repo';
import { sumBookingsByDayHour, sumBookingsByDriver } from '../store/repos/booking-rollups-repo';

export interface OutlierDayJson extends DayExplanation {
  day: IsoDate;
  severity: DayOutlier['severity'];
  /** the day's metrics outside their baseline, worst first */
  metrics: Omit<DayOutlier, 'day'>[];
  bookings: number;
  cancelled: number;
  /** the day's late trips (the drill-down) */
  trips: TripFilter;
}

export function getOutlierDays(
  db: Db,
  opts: {
    from: IsoDate;
    to: IsoDate;
    settings: AnalyticsSettings;
    /** explain only the worst days (each explanation reads the day's bookings) */
    limit?: number;
    /** leave out the days whose worst metric is only info (volume news) */
    minSeverity?: 'warning';
  },
): OutlierDayJson[] {
  const companyId = getCompany(db)?.id ?? null;
  if (companyId === null) return [];
  const stats = listDailyStats(db, companyId, addDays(opts.from, -7 * BASELINE_WEEKS), opts.to);
  const byDay = new Map<IsoDate, DayOutlier[]>();
  for (const o of dayOutliers(stats, opts.from, opts.to)) {
    byDay.set(o.day, [...(byDay.get(o.day) ?? []), o]);
  }
  const days = [...byDay]
    .filter(([, found]) => opts.minSeverity === undefined || found[0]!.severity !== 'info')
    .slice(0, opts.limit ?? byDay.size);
  const names = new Map(listDrivers(db, companyId).map((d) => [d.id, d.fullName]));
  const threshold = opts.settings.onTimeThresholdMinutes;
  // Map order is the outliers' order: the day of the worst outlier first.
  return days.map(([day, found]) => {
    const metrics = listDayMetrics(db, companyId, day, day)[0];
    return {
      day,
      severity: found[0]!.severity,
      metrics: found.map(({ day: _day, ...m }) => m),
      bookings: metrics?.totalBookings ?? 0,
      cancelled: metrics?.cancelledBookings ?? 0,
      ...explainDay(
        sumBookingsByDayHour(db, companyId, day, day),
        sumBookingsByDriver(db, companyId, day, day, threshold),
        names,
      ),
      trips: { from: day, to: day, outcome: 'delayed' },
    };
  });
}
