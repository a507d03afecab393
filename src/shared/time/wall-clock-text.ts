// Times written as text: naive local wall-clock times ('YYYY-MM-DDTHH:MM[:SS[.fraction]]', as the dispatch server
// and the store write them) and instants with an offset ('…Z', '…+01:00'). One set of patterns for the sync, the
// store's guard, the zone conversion, the exports, the formatters and the CLI's clock. Regexes and arithmetic, not
// Date.parse: Date.parse accepts far more than is written here and would hide a format change, and the sync runs
// this for every timestamp of every booking.
const NAIVE_LOCAL = /^(\d{4})-(\d{2})-(\d{2})([T ])(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar day and time of day (months 1–12, no 30 February, hours 0–23). */
export function isRealDateTime(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]!);
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 'YYYY-MM-DDTHH:MM:SS': the fraction dropped, seconds added when absent */
  local: string;
}

/**
 * A naive local wall-clock time → its parts, or null when it is not one or not a real time. The separator is a
 * `T`; `{ allowSpace: true }` also reads 'YYYY-MM-DD HH:MM' (for display and conversion; the wire and the store
 * keep the `T`, so a change of the server's format is noticed).
 */
export function parseWallClock(text: string, opts: { allowSpace?: boolean } = {}): WallClock | null {
  const m = NAIVE_LOCAL.exec(text);
  if (!m || (m[4] === ' ' && !opts.allowSpace)) return null;
  const [y, mo, d, h, mi, s] = [m[1]!, m[2]!, m[3]!, m[5]!, m[6]!, m[7] ?? '00'];
  const wall = { year: +y, month: +mo, day: +d, hour: +h, minute: +mi, second: +s };
  if (!isRealDateTime(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second)) return null;
  return { ...wall, millisecond: fractionMs(m[8]), local: `${y}-${mo}-${d}T${h}:${mi}:${s}` };
}

/** The wall clock read as if it were UTC: the epoch ms whose getUTC* parts are the wall clock's. */
export function wallClockUtcMs(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
}

/** An absolute instant: "2025-03-14T07:41:10Z" or an isoformat() with offset ("…10.123456+01:00") → epoch ms. */
export function parseInstant(text: string): number | null {
  const m = INSTANT.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!];
  const s = m[6] === undefined ? 0 : +m[6];
  if (!isRealDateTime(y, mo, d, h, mi, s)) return null;
  let offsetMinutes = 0;
  const zone = m[8]!;
  if (zone !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const oh = +digits.slice(0, 2);
    const om = +digits.slice(2, 4);
    if (oh > 23 || om > 59) return null;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  return Date.UTC(y, mo - 1, d, h, mi, s, fractionMs(m[7])) - offsetMinutes * 60_000;
}

/** Milliseconds of a fraction of a second's digits (truncated: '123456' → 123). */
function fractionMs(digits: string | undefined): number {
  return digits === undefined ? 0 : Number(digits.slice(0, 3).padEnd(3, '0'));
}
