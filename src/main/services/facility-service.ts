// Punctuality per medical facility over a period, read from the store (docs/analytics.md#facilities).
import type { AnalyticsSettings, FacilitiesJson, IsoDate, PeriodJson } from '../../shared/analytics-types';
import { facilityStatsRows } from '../analytics/facility-stats';
import { type PeriodInput, previousPeriod, resolvePeriod } from '../analytics/period';
import type { Db } from '../store/open-store';
import { getCompany } from '../store/repos/company-repo';
import { sumBookingsByFacility } from '../store/repos/facility-sums-repo';

export type { FacilitiesJson };

export function getFacilityStats(
  db: Db,
  opts: { period: PeriodInput; today: IsoDate; settings: AnalyticsSettings },
): FacilitiesJson {
  const period = resolvePeriod(opts.period, opts.today);
  const previous = previousPeriod(period);
  const companyId = getCompany(db)?.id ?? null;
  if (companyId === null) return { period, previous_period: previous, facilities: [] };
  const threshold = opts.settings.onTimeThresholdMinutes;
  const sums = (p: PeriodJson) => sumBookingsByFacility(db, companyId, p.start, p.end, threshold);
  return {
    period,
    previous_period: previous,
    facilities: facilityStatsRows(sums(period), sums(previous)),
  };
}
