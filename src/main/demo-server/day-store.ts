// What the demo server holds: the dataset's day batches (generated lazily, cached), planned days from the
// dataset's end through tomorrow, and test overrides. `view(now)` gives the world as the server sees it at
// that instant (live days revealed, runs not yet created hidden).
import type { AssignmentRecord, BookingRecord, DayBatch, RunRecord } from '../domain/records';
import type { IsoDate } from '../../shared/analytics-types';
import type { DemoDatasetLike } from './types';
import { revealAssignment, revealBooking, revealRun } from './live-day';
import { addDays, localDate } from './wall-clock';

/** Planned days generated past the dataset's end, at most (a demo server left running for weeks). */
const MAX_PLANNED_DAYS = 62;

export interface WorldView {
  today: IsoDate;
  /** unique by id */
  bookings: BookingRecord[];
  bookingsById: Map<number, BookingRecord>;
  runs: RunRecord[];
  assignmentsByRun: Map<number, AssignmentRecord[]>;
}

export class DayStore {
  private readonly cache = new Map<IsoDate, DayBatch>();
  private readonly overrides = new Map<IsoDate, DayBatch>();
  private readonly datasetDays: Set<IsoDate>;

  constructor(
    private readonly dataset: DemoDatasetLike,
    private readonly timeZone: string,
    private readonly seed: number,
  ) {
    this.datasetDays = new Set(dataset.days);
  }

  setDay(day: IsoDate, batch: DayBatch): void {
    this.overrides.set(day, batch);
  }

  servedDays(today: IsoDate): IsoDate[] {
    const days = new Set<IsoDate>([...this.dataset.days, ...this.overrides.keys()]);
    const endDay = this.dataset.days.at(-1);
    const tomorrow = addDays(today, 1);
    let day = endDay === undefined ? today : addDays(endDay, 1);
    for (let n = 0; day <= tomorrow && n < MAX_PLANNED_DAYS; n++, day = addDays(day, 1)) days.add(day);
    return [...days].sort();
  }

  /** `nearDays`: only look at these batches (a booking sits in its own day's batch or, past midnight, the
   * neighbouring one): a dated query needs three days, not the whole history. */
  view(now: number, nearDays?: IsoDate[]): WorldView {
    const today = localDate(now, this.timeZone);
    const wanted = nearDays && new Set(nearDays);
    const bookingsById = new Map<number, BookingRecord>();
    const runs: RunRecord[] = [];
    const assignmentsByRun = new Map<number, AssignmentRecord[]>();
    for (const day of this.servedDays(today)) {
      if (wanted && !wanted.has(day)) continue;
      const batch = this.batch(day);
      // Live: today and later, and planned days past the dataset's end (their plan plays out with the clock).
      const live = day >= today || (!this.datasetDays.has(day) && !this.overrides.has(day));
      const dayBookings = live
        ? batch.bookings.map((b) => revealBooking(b, now, this.timeZone, this.seed))
        : batch.bookings;
      for (const b of dayBookings) bookingsById.set(b.id, b);
      const run = batch.run && (live ? revealRun(batch.run, now) : batch.run);
      if (!run) continue;
      runs.push(run);
      const local = new Map(dayBookings.map((b) => [b.id, b]));
      const assignments = batch.assignments
        .filter((a) => a.dispatchRunId === run.id)
        .map((a) => (live ? revealAssignment(a, local.get(a.bookingId), now) : a));
      assignmentsByRun.set(run.id, [...(assignmentsByRun.get(run.id) ?? []), ...assignments]);
    }
    return { today, bookings: [...bookingsById.values()], bookingsById, runs, assignmentsByRun };
  }

  private batch(day: IsoDate): DayBatch {
    const override = this.overrides.get(day);
    if (override) return override;
    let batch = this.cache.get(day);
    if (!batch) {
      batch = this.dataset.dayBatch(day);
      this.cache.set(day, batch);
    }
    return batch;
  }
}
