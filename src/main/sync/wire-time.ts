// The server's four ways of writing time (docs/dispatch-api.md#times), each turned into one of ours. Regexes,
// not Date.parse: Date.parse accepts far more than the server sends and would hide a format change.
import { localToInstant } from '../analytics/time-zone';

const NAIVE_LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;
const SWISS_MINUTE = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Arithmetic, not `new Date`: this runs for every timestamp of every booking of a sync.
function validCalendar(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]!);
}

/**
 * A naive local wall-clock time ("2025-03-14T08:30:00", microseconds when non-zero) → 'YYYY-MM-DDTHH:MM:SS'
 * (fraction dropped: bookings are scheduled to the minute), or null when it is not one.
 */
export function parseNaiveLocal(value: string): string | null {
  const m = NAIVE_LOCAL.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '00'];
  if (!validCalendar(+y!, +mo!, +d!, +h!, +mi!, +s)) return null;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}`;
}

/** An absolute instant: "2025-03-14T07:41:10Z" or an isoformat() with offset ("…10.123456+01:00") → epoch ms. */
export function parseInstant(value: string): number | null {
  const m = INSTANT.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!];
  const s = m[6] === undefined ? 0 : +m[6];
  if (!validCalendar(y, mo, d, h, mi, s)) return null;
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  let offsetMinutes = 0;
  const zone = m[8]!;
  if (zone !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const oh = +digits.slice(0, 2);
    const om = +digits.slice(2, 4);
    if (oh > 23 || om > 59) return null;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  return Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMinutes * 60_000;
}

/**
 * Booking created_at/updated_at: "dd/mm/YYYY HH:MM" in Europe/Zurich (minute precision; an autumn-overlap minute
 * resolves to the earlier instant) → epoch ms, or null.
 */
export function parseSwissMinuteStamp(value: string, timeZone = 'Europe/Zurich'): number | null {
  const m = SWISS_MINUTE.exec(value);
  if (!m) return null;
  const [d, mo, y, h, mi] = [m[1]!, m[2]!, m[3]!, m[4]!, m[5]!];
  if (!validCalendar(+y, +mo, +d, +h, +mi)) return null;
  return localToInstant(`${y}-${mo}-${d}T${h}:${mi}:00`, timeZone);
}

export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  return m !== null && validCalendar(+m[1]!, +m[2]!, +m[3]!);
}
