// Local calendar days and wall-clock times in an IANA zone, on top of Intl (no tz database of our own).
import type { IsoDate } from '../analytics-types';
import { invalidInput } from '../analytics-error';
import { DAY_MS, isoOfUtcDay } from './calendar-days';
import { parseWallClock, wallClockUtcMs } from './wall-clock-text';

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

/** An IANA zone name this runtime knows (Europe/Zurich); false for anything else, '' included. */
export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
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
 * The instant a wall clock (its fields read as UTC: `wallMs`) shows in `timeZone`: null inside the spring DST
 * gap (no instant shows it); an ambiguous autumn time takes the earlier instant. `before` and `after` are the
 * offsets in force a day either side, for a caller that resolves the gap its own way.
 */
export function wallToInstant(
  wallMs: number,
  timeZone: string,
): { instant: number | null; before: number; after: number } {
  // The offset in force a day before and a day after: one of them is right unless the time falls in a gap.
  const before = offsetAt(wallMs - DAY_MS, timeZone);
  const after = offsetAt(wallMs + DAY_MS, timeZone);
  let best: number | null = null;
  for (const offset of [before, after, offsetAt(wallMs, timeZone)]) {
    const instant = wallMs - offset;
    if (offsetAt(instant, timeZone) === offset && (best === null || instant < best)) best = instant;
  }
  return { instant: best, before, after };
}

/**
 * A naive local wall-clock time ('YYYY-MM-DDTHH:MM[:SS[.fff…]]') in `timeZone` → epoch ms. A time inside the
 * spring DST gap moves forward by the gap (02:30 → 03:30); an ambiguous autumn time takes the earlier instant.
 */
export function localToInstant(naiveLocal: string, timeZone: string): number {
  const parsed = parseWallClock(naiveLocal, { allowSpace: true });
  if (parsed === null) {
    throw invalidInput('analytics.errors.badLocalTime', { value: naiveLocal });
  }
  const wall = wallClockUtcMs(parsed);
  const { instant, before } = wallToInstant(wall, timeZone);
  return instant ?? wall - before;
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

/** The instant shifted by the zone's offset, to be read with getUTC*: its local wall clock (offsets are whole
 * seconds, so the milliseconds stay). */
export function wallClockAt(ms: number, timeZone: string): Date {
  return new Date(ms + offsetAt(ms, timeZone));
}

/** An instant → its naive local wall-clock time in the zone ('YYYY-MM-DDTHH:MM:SS'). */
export function localWallClock(ms: number, timeZone: string): string {
  return wallClockAt(ms, timeZone).toISOString().slice(0, 19);
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
  const wall = wallClockAt(ms, timeZone);
  return {
    date: wall.toISOString().slice(0, 10),
    hour: wall.getUTCHours(),
    weekday: (wall.getUTCDay() + 6) % 7,
  };
}

export function todayIn(timeZone: string, now: number): IsoDate {
  return instantToLocalDate(now, timeZone);
}
