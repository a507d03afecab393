// The export's fast wall clock (one offset per UTC hour, one date text per local day) against the slow one: Intl
// asked for every instant, across both DST changes of a year, in zones with whole, half and 45-minute offsets.
import { describe, expect, it } from 'vitest';
import { localWallClock, wallClockStream } from '../../../src/shared/time';

/** The wall clock as Intl gives it, 'YYYY-MM-DDTHH:MM:SS', with no cache of ours in the way. */
const formats = new Map<string, Intl.DateTimeFormat>();
function intlWallClock(ms: number, timeZone: string): string {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/** Every 17 min 13.25 s of 2026 (odd steps: every minute of the hour and fractions of seconds come up). */
function instantsOf2026(): number[] {
  const out: number[] = [];
  for (let ms = Date.UTC(2025, 11, 31); ms < Date.UTC(2027, 0, 2); ms += 1_033_250) out.push(ms);
  return out;
}

/** Every 7 s of the two hours around an instant (a DST change), and the seconds either side of it. */
function aroundChange(utcMs: number): number[] {
  const steps = Array.from({ length: 1030 }, (_, i) => utcMs - 3_600_000 + i * 7000);
  return [...steps, utcMs - 1001, utcMs - 1, utcMs, utcMs + 999];
}

const ZONES: Record<string, number[]> = {
  // Last Sunday of March and October at 01:00 UTC.
  'Europe/Zurich': [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)],
  // Second Sunday of March at 07:00 UTC, first Sunday of November at 06:00 UTC.
  'America/New_York': [Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 10, 1, 6)],
  // Half-hour DST (+10:30 / +11): first Sunday of April and October, at 15:00 and 15:30 UTC the day before.
  'Australia/Lord_Howe': [Date.UTC(2026, 3, 4, 15), Date.UTC(2026, 9, 3, 15, 30)],
  // −3:30 / −2:30: changes at 05:30 and 04:30 UTC, inside a UTC hour.
  'America/St_Johns': [Date.UTC(2026, 2, 8, 5, 30), Date.UTC(2026, 10, 1, 4, 30)],
  // +12:45 / +13:45.
  'Pacific/Chatham': [Date.UTC(2026, 3, 4, 14), Date.UTC(2026, 8, 26, 14)],
  'Asia/Kolkata': [],
};

describe('wallClockStream', () => {
  for (const [zone, changes] of Object.entries(ZONES)) {
    it(`gives Intl's wall clock in ${zone} through the year and around its DST changes`, () => {
      const instants = [...instantsOf2026(), ...changes.flatMap(aroundChange)];
      for (const change of changes) {
        // The change is where we think it is: the offset a second before differs from the offset at it.
        const offset = (ms: number) => Date.parse(`${intlWallClock(ms, zone)}Z`) - ms;
        expect(offset(change - 1000)).not.toBe(offset(change));
      }
      const fast = wallClockStream(zone);
      // In order (as an export by time reads them), then shuffled (by driver or delay), with a fresh stream.
      const mismatches = (list: number[], f: (ms: number) => string) =>
        list.filter((ms) => f(ms) !== intlWallClock(ms, zone)).map((ms) => new Date(ms).toISOString());
      expect(mismatches(instants, fast)).toEqual([]);
      const shuffled = instants.map((ms, i) => instants[(i * 7919) % instants.length]!);
      expect(mismatches(shuffled, wallClockStream(zone))).toEqual([]);
    });
  }

  it('is localWallClock for instants with milliseconds, before 1970, and outside years 0–9999', () => {
    const fast = wallClockStream('Europe/Zurich');
    for (const ms of [
      Date.UTC(2026, 2, 29, 0, 59, 59, 999),
      Date.UTC(2026, 2, 29, 1, 0, 0, 1),
      Date.UTC(1969, 11, 31, 23, 59, 59, 500),
      -1,
      Date.UTC(1900, 0, 1, 12),
      Date.UTC(12000, 0, 1),
    ]) {
      expect(fast(ms)).toBe(localWallClock(ms, 'Europe/Zurich'));
    }
  });
});
