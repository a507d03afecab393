// `demo seed`: writes a demo dataset through the very path synced data takes (company, drivers, one DayBatch
// per day through writeDayBatch), then aggregates it.
import type { Db } from '../store/open-store';
import type { AnalyticsSettings, IsoDate } from '../../shared/analytics-types';
import { aggregateRange } from '../aggregation/aggregate-service';
import { writeDayBatch } from '../store/repos/day-batch-repo';
import { getCompany, upsertCompany } from '../store/repos/company-repo';
import { upsertDrivers } from '../store/repos/drivers-repo';
import { createDemoDataset } from './demo-generator';
import { msg } from '../../shared/i18n';
import { LocalizedError } from '../../shared/i18n/localized-error';

export const DEMO_COMPANY_ID = 1;

export interface SeedDemoOptions {
  seed: number;
  days: number;
  endDay: IsoDate;
  bookingsPerDay?: number;
  now: number;
  settings: AnalyticsSettings;
  /** false: write the days only (the benchmark times aggregation on its own). Default true. */
  aggregate?: boolean;
  onDay?: (day: IsoDate, index: number, total: number) => void;
}

export interface SeedDemoResult {
  companyName: string;
  from: IsoDate;
  to: IsoDate;
  days: number;
  bookings: number;
}

/** The store already holds another company's data: demo rows must never mix with real ones. */
export class DemoStoreConflictError extends LocalizedError {
  override name = 'DemoStoreConflictError';
  readonly kind = 'conflict' as const;
  constructor(existing: string) {
    super(msg('store.demoConflict', { company: existing }));
  }
}

export function seedDemo(db: Db, opts: SeedDemoOptions): SeedDemoResult {
  const dataset = createDemoDataset({
    seed: opts.seed,
    days: opts.days,
    endDay: opts.endDay,
    bookingsPerDay: opts.bookingsPerDay,
    timeZone: opts.settings.timeZone,
    companyId: DEMO_COMPANY_ID,
  });
  const existing = getCompany(db);
  if (existing && (existing.id !== dataset.company.id || existing.name !== dataset.company.name)) {
    throw new DemoStoreConflictError(existing.name);
  }
  const { company, days } = dataset;
  upsertCompany(db, company, { now: opts.now, timeZone: opts.settings.timeZone });
  upsertDrivers(db, company.id, dataset.drivers, opts.now);
  let bookings = 0;
  days.forEach((day, i) => {
    bookings += writeDayBatch(db, dataset.dayBatch(day), {
      now: opts.now,
      timeZone: opts.settings.timeZone,
    }).bookings;
    opts.onDay?.(day, i, days.length);
  });
  const from = days[0]!;
  const to = days[days.length - 1]!;
  if (opts.aggregate !== false) {
    aggregateRange(db, { companyId: company.id, from, to, now: opts.now, settings: opts.settings });
  }
  return { companyName: company.name, from, to, days: days.length, bookings };
}
