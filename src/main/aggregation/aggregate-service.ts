// Recomputes dispatch_metrics (and so the daily_stats view over it) and the booking rollups (per driver, hour,
// facility and outcome per day: booking-rollup-build-repo.ts) from the stored bookings. Called after every sync (the touched
// days), after a change of the on-time threshold (everything) and by the nightly job. One transaction per call:
// readers never see a half-recomputed window, and a year of days costs one bookings query per contiguous range.
import type { AnalyticsSettings, IsoDate } from '../../shared/analytics-types';
import { type DayMetrics, DayMetricsAccumulator } from '../analytics/day-metrics';
import { listDays } from '../../shared/time';
import type { Db } from '../store/open-store';
import { listDrivers } from '../store/repos/drivers-repo';
import {
  deleteDayMetrics,
  listDayRuns,
  metricsDateRange,
  upsertDayMetrics,
} from '../store/repos/metrics-repo';
import { rezoneBookings } from '../store/repos/booking-zone-repo';
import {
  clearRollups,
  markRollupsBuilt,
  rebuildRollupDays,
  rollupThreshold,
} from '../store/repos/booking-rollup-build-repo';
import { bookingsDateRange, iterateAnalyticsBookings } from '../store/repos/trips-repo';
import { contiguousRanges, daysToRecompute } from './day-ranges';

export interface AggregateResult {
  /** days recomputed: the requested ones and the day after each */
  daysComputed: number;
  /** of those, days that have bookings (a metrics row written) */
  daysWithData: number;
  /** rows removed for days that no longer have bookings */
  rowsDeleted: number;
}

interface AggregateBase {
  companyId: number;
  now: number;
  settings: AnalyticsSettings;
  /**
   * Told after each day with bookings is computed (done, total days to recompute). It may throw to stop the
   * work (a cancelled worker job does): the error rolls the whole transaction back, nothing half-written stays.
   */
  progress?: (done: number, total: number) => void;
}

export function aggregateDays(db: Db, opts: AggregateBase & { days: IsoDate[] }): AggregateResult {
  const days = daysToRecompute(opts.days);
  const result: AggregateResult = { daysComputed: days.length, daysWithData: 0, rowsDeleted: 0 };
  if (days.length === 0) return result;
  const { companyId, now } = opts;
  let done = 0;
  const dayDone = opts.progress && (() => opts.progress!(++done, days.length));
  db.$client.transaction(() => {
    const totalDrivers = listDrivers(db, companyId).filter((d) => d.isActive).length;
    // Rollups counted with another threshold, or never built (a store from before them): all of them, once.
    const threshold = opts.settings.onTimeThresholdMinutes;
    const rollupsBuilt = rollupThreshold(db, companyId) === threshold;
    opts.progress?.(0, days.length);
    for (const range of contiguousRanges(days)) {
      const metrics = computeRange(db, opts, range.from, range.to, totalDrivers, dayDone);
      const empty = range.days.filter((day) => !metrics.has(day));
      // One stored row per day: daily_stats is a view over these rows (drizzle/0005_one_daily_row.sql).
      upsertDayMetrics(db, companyId, [...metrics.values()], now);
      result.rowsDeleted += deleteDayMetrics(db, companyId, empty);
      result.daysWithData += metrics.size;
      if (rollupsBuilt) rebuildRollupDays(db, companyId, range.from, range.to, threshold);
    }
    if (!rollupsBuilt) rebuildAllRollups(db, companyId, threshold, now);
    // Days without bookings report nothing on the way: the last report says "all done".
    opts.progress?.(days.length, days.length);
  })();
  return result;
}

/** The rollups of every stored day, from scratch (the caller owns the transaction). */
function rebuildAllRollups(db: Db, companyId: number, threshold: number, now: number): void {
  clearRollups(db, companyId);
  const range = bookingsDateRange(db, companyId);
  if (range) rebuildRollupDays(db, companyId, range.from, range.to, threshold);
  markRollupsBuilt(db, companyId, threshold, now);
}

function computeRange(
  db: Db,
  opts: AggregateBase,
  from: IsoDate,
  to: IsoDate,
  totalDrivers: number,
  dayDone?: () => void,
): Map<IsoDate, DayMetrics> {
  const runs = listDayRuns(db, opts.companyId, from, to);
  const out = new Map<IsoDate, DayMetrics>();
  let acc = null as DayMetricsAccumulator | null;
  for (const b of iterateAnalyticsBookings(db, opts.companyId, from, to)) {
    if (acc?.date !== b.day) {
      if (acc) {
        out.set(acc.date, acc.result());
        dayDone?.();
      }
      acc = new DayMetricsAccumulator(b.day, {
        totalDrivers,
        run: runs.get(b.day) ?? null,
        onTimeThresholdMinutes: opts.settings.onTimeThresholdMinutes,
      });
    }
    acc.add(b);
  }
  if (acc) out.set(acc.date, acc.result());
  return out;
}

/** Every day of [from, to] (and the day after). */
export function aggregateRange(
  db: Db,
  opts: AggregateBase & { from: IsoDate; to: IsoDate },
): AggregateResult {
  return aggregateDays(db, { ...opts, days: listDays(opts.from, opts.to) });
}

/**
 * Every day that has bookings or metrics: after a threshold or time-zone change, or to rebuild the tables. A new
 * zone first re-resolves the stored scheduled instants (the delays depend on them).
 */
export function aggregateAll(db: Db, opts: AggregateBase): AggregateResult {
  // One transaction (the inner ones become savepoints): readers never see new instants with old figures.
  return db.$client.transaction((): AggregateResult => {
    rezoneBookings(db, opts.companyId, opts.settings.timeZone);
    const b = bookingsDateRange(db, opts.companyId);
    const m = metricsDateRange(db, opts.companyId);
    if (!b && !m) return { daysComputed: 0, daysWithData: 0, rowsDeleted: 0 };
    const from = [b?.from, m?.from].filter(Boolean).sort()[0]!;
    const to = [b?.to, m?.to].filter(Boolean).sort().pop()!;
    return aggregateRange(db, { ...opts, from, to });
  })();
}
