// Local calendar days and wall-clock times in an IANA zone, on top of Intl (no tz database of our own).
// IsoDate arithmetic works on the calendar only (UTC-anchored), so it is immune to DST.
import type { IsoDate } from '../../shared/analytics-types';
import { invalidInput } from './analytics-error';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NAIVE_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw invalidInput('analytics.errors.unknownZone', { zone: timeZone });
    }
    formatters.set(timeZone, f);
  }
  return f;
}

function exactOffsetAt(ms: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(ms);
  const v: Record<string, number> = {};
  for (const p of parts) if (p.type !== 'literal') v[p.type] = Number(p.value);
  const wall = Date.UTC(v.year!, v.month! - 1, v.day!, v.hour!, v.minute!, v.second!);
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  return wall - wholeSecond;
}

// formatToParts costs microseconds and the day writer resolves every booking: offsets are cached per UTC day
// when the day has no transition (same offset at its start, middle and end; transitions are months apart),
// else per 15-minute slot with no transition inside (checked at both ends), so odd historic offsets stay exact.
const SLOT_MS = 15 * 60_000;
const offsetCache = new Map<string, Map<number, number>>();
const dayOffsetCache = new Map<string, Map<number, number | null>>();

/** The zone's UTC offset in ms at an instant (positive east of Greenwich). */
export function offsetAt(ms: number, timeZone: string): number {
  let days = dayOffsetCache.get(timeZone);
  if (!days) dayOffsetCache.set(timeZone, (days = new Map()));
  const day = Math.floor(ms / DAY_MS);
  let steady = days.get(day);
  if (steady === undefined) {
    const start = slotOffsetAt(day * DAY_MS, timeZone);
    const same =
      start === slotOffsetAt(day * DAY_MS + DAY_MS / 2, timeZone) &&
      start === slotOffsetAt(day * DAY_MS + DAY_MS - 1, timeZone);
    steady = same ? start : null;
    if (days.size > 100_000) days.clear();
    days.set(day, steady);
  }
  return steady ?? slotOffsetAt(ms, timeZone);
}

function slotOffsetAt(ms: number, timeZone: string): number {
  let cache = offsetCache.get(timeZone);
  if (!cache) offsetCache.set(timeZone, (cache = new Map()));
  const slot = Math.floor(ms / SLOT_MS);
  const cached = cache.get(slot);
  if (cached !== undefined) return cached;
  const start = exactOffsetAt(slot * SLOT_MS, timeZone);
  const end = exactOffsetAt(slot * SLOT_MS + SLOT_MS - 1, timeZone);
  if (start !== end) return exactOffsetAt(ms, timeZone);
  if (cache.size > 200_000) cache.clear();
  cache.set(slot, start);
  return start;
}

/**
 * A naive local wall-clock time ('YYYY-MM-DDTHH:MM[:SS[.fff…]]') in `timeZone` → epoch ms. A time inside the
 * spring DST gap moves forward by the gap (02:30 → 03:30); an ambiguous autumn time takes the earlier instant.
 */
export function localToInstant(naiveLocal: string, timeZone: string): number {
  const m = NAIVE_LOCAL.exec(naiveLocal);
  const wall = m ? wallClockMs(m) : null;
  if (wall === null) {
    throw invalidInput('analytics.errors.badLocalTime', { value: naiveLocal });
  }
  // The offset in force a day before and a day after: one of them is right unless the time falls in a gap.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  let best: number | null = null;
  for (const offset of [before, after, offsetAt(wall, timeZone)]) {
    const instant = wall - offset;
    if (offsetAt(instant, timeZone) === offset && (best === null || instant < best)) best = instant;
  }
  return best ?? wall - before;
}

/**
 * localToInstant memoised for one batch of writes: many bookings share a scheduled minute, and the zone
 * conversion is the costly part of writing them.
 */
export function instantResolver(timeZone: string): (naiveLocal: string) => number {
  const instants = new Map<string, number>();
  return (local) => {
    let at = instants.get(local);
    if (at === undefined) instants.set(local, (at = localToInstant(local, timeZone)));
    return at;
  };
}

function wallClockMs(m: RegExpExecArray): number | null {
  const [y, mo, d, h, mi] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!];
  const s = m[6] === undefined ? 0 : +m[6];
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  return new Date(wall).getUTCDate() === d ? wall : null;
}

function isoOfUtcDay(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The local calendar day of an instant. */
export function instantToLocalDate(ms: number, timeZone: string): IsoDate {
  return isoOfUtcDay(ms + offsetAt(ms, timeZone));
}

/** Local day, hour (0–23) and weekday (0 = Monday) of an instant. */
export function localDateTimeParts(
  ms: number,
  timeZone: string,
): { date: IsoDate; hour: number; weekday: number } {
  const wall = new Date(ms + offsetAt(ms, timeZone));
  return {
    date: wall.toISOString().slice(0, 10),
    hour: wall.getUTCHours(),
    weekday: (wall.getUTCDay() + 6) % 7,
  };
}

export function todayIn(timeZone: string, now: number): IsoDate {
  return instantToLocalDate(now, timeZone);
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  return isoOfUtcDay(ms) === value;
}

function dayMs(d: IsoDate): number {
  if (!isIsoDate(d)) {
    throw invalidInput('analytics.errors.badDate', { value: String(d) });
  }
  return Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return isoOfUtcDay(dayMs(d) + n * DAY_MS);
}

/** Calendar days from `from` to `to`, both included (0 or less when `to` is before `from`). */
export function daysBetweenInclusive(from: IsoDate, to: IsoDate): number {
  return Math.round((dayMs(to) - dayMs(from)) / DAY_MS) + 1;
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(d: IsoDate): number {
  return (new Date(dayMs(d)).getUTCDay() + 6) % 7;
}

export function mondayOf(d: IsoDate): IsoDate {
  return addDays(d, -weekdayOf(d));
}

/** Every day from `from` to `to` inclusive, oldest first (empty when `to` is before `from`). */
export function listDays(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  const end = dayMs(to);
  for (let t = dayMs(from); t <= end; t += DAY_MS) out.push(isoOfUtcDay(t));
  return out;
}
