// One served day as the server sees it at an instant: its bookings, its run (null when it has none or it is not
// created yet) and that run's assignments. A past day's slice never changes; a live day's is revealed per instant.
import type { AssignmentRecord, BookingRecord, DayBatch, RunRecord } from '../domain/records';
import { revealAssignment, revealBookingAt, revealRun, type EventualTimes } from './live-day';

export interface DaySlice {
  bookings: BookingRecord[];
  run: RunRecord | null;
  /** the run's assignments (dispatchRunId = run.id), in batch order */
  assignments: AssignmentRecord[];
  /** by id, the last one wins (as in the whole-world view) */
  bookingById(id: number): BookingRecord | undefined;
}

export function pastSlice(batch: DayBatch): DaySlice {
  const run = batch.run;
  let byId: Map<number, BookingRecord> | null = null;
  return {
    bookings: batch.bookings,
    run,
    assignments: run ? batch.assignments.filter((a) => a.dispatchRunId === run.id) : [],
    bookingById(id) {
      byId ??= new Map(batch.bookings.map((b) => [b.id, b]));
      return byId.get(id);
    },
  };
}

export function liveSlice(
  batch: DayBatch,
  now: number,
  timesOf: (b: BookingRecord) => EventualTimes | null,
): DaySlice {
  const bookings = batch.bookings.map((b) => revealBookingAt(b, timesOf(b), now));
  const byId = new Map(bookings.map((b) => [b.id, b]));
  const run = batch.run && revealRun(batch.run, now);
  const assignments = run
    ? batch.assignments
        .filter((a) => a.dispatchRunId === run.id)
        .map((a) => revealAssignment(a, byId.get(a.bookingId), now))
    : [];
  return { bookings, run, assignments, bookingById: (id) => byId.get(id) };
}
