// Deterministic demo data for an urban Swiss patient-transport office, in the same normalised records the sync
// client produces, so it goes through the same writer and the same aggregation as real data.
import type { CompanyRecord, DayBatch, DriverRecord } from '../domain/records';
import type { IsoDate } from '../../shared/analytics-types';
import { addDays, isIsoDate } from '../../shared/time';
import { createDemoDay, IDS_PER_DAY } from './demo-day';
import { createDemoWorld } from './demo-world';

export interface DemoDataset {
  company: CompanyRecord;
  drivers: DriverRecord[];
  /** oldest → newest, ends at endDay */
  days: IsoDate[];
  /**
   * Deterministic for (seed, day); booking, assignment and run ids are unique across days and stable. Days up
   * to endDay are over (served bookings have boarding and completion times); later days are planned.
   */
  dayBatch(day: IsoDate): DayBatch;
}

export interface DemoOptions {
  seed: number;
  days: number;
  endDay: IsoDate;
  /** mean over a week; weekdays get more, weekends fewer. Default 60. */
  bookingsPerDay?: number;
  timeZone?: string;
  companyId?: number;
}

export const DEFAULT_BOOKINGS_PER_DAY = 60;
/** The most days a demo dataset spans (ten years). */
export const MAX_DEMO_DAYS = 3660;

export class DemoOptionsError extends Error {
  override name = 'DemoOptionsError';
  readonly kind = 'validation' as const;
}

export function createDemoDataset(opts: DemoOptions): DemoDataset {
  const bookingsPerDay = opts.bookingsPerDay ?? DEFAULT_BOOKINGS_PER_DAY;
  const timeZone = opts.timeZone ?? 'Europe/Zurich';
  const companyId = opts.companyId ?? 1;
  if (!Number.isSafeInteger(opts.seed))
    throw new DemoOptionsError(`seed must be an integer (got ${opts.seed})`);
  if (!Number.isInteger(opts.days) || opts.days < 1 || opts.days > MAX_DEMO_DAYS) {
    throw new DemoOptionsError(`days must be an integer from 1 to ${MAX_DEMO_DAYS} (got ${opts.days})`);
  }
  if (!isIsoDate(opts.endDay))
    throw new DemoOptionsError(`endDay must be a YYYY-MM-DD date (got ${opts.endDay})`);
  // Round trips may add one booking past the target; keep clear of the next day's ids.
  if (!Number.isInteger(bookingsPerDay) || bookingsPerDay < 1 || bookingsPerDay > IDS_PER_DAY / 4) {
    throw new DemoOptionsError(
      `bookingsPerDay must be an integer from 1 to ${IDS_PER_DAY / 4} (got ${bookingsPerDay})`,
    );
  }
  if (!Number.isSafeInteger(companyId) || companyId < 1)
    throw new DemoOptionsError('companyId must be a positive integer');

  const world = createDemoWorld(opts.seed, companyId);
  const days: IsoDate[] = [];
  for (let i = opts.days - 1; i >= 0; i--) days.push(addDays(opts.endDay, -i));
  const drivers: DriverRecord[] = world.drivers.map(
    // The demo's scheduling traits stay inside the demo.
    ({ weekendShifts: _w, presence: _p, ...driver }) => driver,
  );
  return {
    company: world.company,
    drivers,
    days,
    dayBatch(day) {
      if (!isIsoDate(day)) throw new DemoOptionsError(`day must be a YYYY-MM-DD date (got ${day})`);
      return createDemoDay({ world, seed: opts.seed, day, endDay: opts.endDay, bookingsPerDay, timeZone });
    },
  };
}
