// The schedule's calendar: when a report is due and which period it covers, computed from a local wall-clock
// time and the company's IANA zone (never stored in UTC, which drifts an hour at each DST change).
// A due time that does not exist (spring-forward gap) runs at the first instant after the gap; one that occurs
// twice (fall-back) runs once, at its first occurrence: a period is keyed by its local day, not by an instant.
import type { IsoDate } from '../../shared/analytics-types';
import {
  addDays,
  DAY_MS,
  instantToLocalDate,
  listDays,
  mondayOf,
  offsetAt,
  wallToInstant,
  weekdayOf,
} from '../../shared/time';

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

// Defined with the reports (which render either kind); the calendar says when each is due.
export type { ReportKind } from '../reports/report-kind';

export type ScheduleSpec =
  | { kind: 'daily'; time: string }
  /** isoWeekday 1 = Monday … 7 = Sunday */
  | { kind: 'weekly'; time: string; isoWeekday: number };

/** One due moment of a schedule and the period it sends. */
export interface Occurrence {
  /** the day covered (daily) or the Monday of the week covered (weekly) */
  periodKey: IsoDate;
  /** the local day on which it is due */
  dueDay: IsoDate;
  dueAt: number;
}

export function isWallTime(value: string): boolean {
  return HH_MM.test(value);
}

/**
 * The instant of a local wall-clock time on a local day. In a spring-forward gap: the first instant after the
 * gap (02:30 on a day that jumps 02:00 → 03:00 gives 03:00). Twice in autumn: the earlier instant.
 */
export function wallTimeToInstant(day: IsoDate, time: string, timeZone: string): number {
  const m = HH_MM.exec(time);
  if (!m) throw new RangeError(`Not a HH:MM time: ${time}`);
  const wall = Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10), +m[1]!, +m[2]!);
  // The zone conversion is the bookings' one (src/shared/time); only the gap is resolved differently here.
  const { instant, before, after } = wallToInstant(wall, timeZone);
  if (instant !== null) return instant;
  // In the gap: the offset jumps from `before` to `after` somewhere in [wall - after, wall - before];
  // find the first instant carrying the new offset (offsets are monotonic across one transition).
  let lo = wall - Math.max(before, after);
  let hi = wall - Math.min(before, after);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(mid, timeZone) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The period a run due on `dueDay` sends: the day before, or the last complete Monday–Sunday week. */
export function periodFor(spec: ScheduleSpec, dueDay: IsoDate): IsoDate {
  return spec.kind === 'daily' ? addDays(dueDay, -1) : addDays(mondayOf(dueDay), -7);
}

/** The occurrence due on a local day, or null when the schedule has none that day. */
export function occurrenceOn(spec: ScheduleSpec, day: IsoDate, timeZone: string): Occurrence | null {
  if (spec.kind === 'weekly' && weekdayOf(day) + 1 !== spec.isoWeekday) return null;
  return { periodKey: periodFor(spec, day), dueDay: day, dueAt: wallTimeToInstant(day, spec.time, timeZone) };
}

/** Every occurrence with `from <= dueAt <= to`, oldest first. */
export function occurrencesBetween(
  spec: ScheduleSpec,
  timeZone: string,
  from: number,
  to: number,
): Occurrence[] {
  // Stryker disable next-line ConditionalExpression: a shortcut only; the filter below keeps nothing when to < from
  if (to < from) return [];
  // One local day of margin each side: a due instant belongs to its local day, whatever the offset.
  const days = listDays(
    addDays(instantToLocalDate(from, timeZone), -1),
    addDays(instantToLocalDate(to, timeZone), 1),
  );
  const out: Occurrence[] = [];
  for (const day of days) {
    const o = occurrenceOn(spec, day, timeZone);
    if (o && o.dueAt >= from && o.dueAt <= to) out.push(o);
  }
  return out;
}

/** The first occurrence strictly after `after`. */
export function nextOccurrence(spec: ScheduleSpec, timeZone: string, after: number): Occurrence {
  let day = instantToLocalDate(after, timeZone);
  // Stryker disable next-line EqualityOperator,UpdateOperator: the loop always returns within 8 days; the bound is a guard
  for (let i = 0; i < 9; i++, day = addDays(day, 1)) {
    const o = occurrenceOn(spec, day, timeZone);
    if (o && o.dueAt > after) return o;
  }
  // Stryker disable next-line StringLiteral: unreachable (a weekly schedule occurs within 8 days)
  throw new Error('unreachable: a weekly schedule occurs within 8 days');
}

/**
 * The occurrences a check at `now` must run: due at or before now, not older than `catchUpDays` and not before
 * the schedule was switched on, oldest first. Which of them already ran is the job table's business.
 */
export function dueOccurrences(opts: {
  spec: ScheduleSpec;
  timeZone: string;
  now: number;
  catchUpDays: number;
  enabledAt: number;
}): Occurrence[] {
  const from = Math.max(opts.now - opts.catchUpDays * DAY_MS, opts.enabledAt);
  return occurrencesBetween(opts.spec, opts.timeZone, from, opts.now);
}
