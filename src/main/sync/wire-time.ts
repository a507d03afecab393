// The server's four ways of writing time (docs/dispatch-api.md#times), each turned into one of ours. Days and
// instants are read by src/shared/time's isIsoDate and parseInstant; the wire keeps the `T` of a naive local time
// (a space would mean the server's format changed).
import { isRealDateTime, localToInstant, parseWallClock } from '../../shared/time';

const SWISS_MINUTE = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/;

/**
 * A naive local wall-clock time ("2025-03-14T08:30:00", microseconds when non-zero) → 'YYYY-MM-DDTHH:MM:SS'
 * (fraction dropped: bookings are scheduled to the minute), or null when it is not one.
 */
export function parseNaiveLocal(value: string): string | null {
  return parseWallClock(value)?.local ?? null;
}

/**
 * Booking created_at/updated_at: "dd/mm/YYYY HH:MM" in Europe/Zurich (minute precision; an autumn-overlap minute
 * resolves to the earlier instant) → epoch ms, or null.
 */
export function parseSwissMinuteStamp(value: string, timeZone = 'Europe/Zurich'): number | null {
  const m = SWISS_MINUTE.exec(value);
  if (!m) return null;
  const [d, mo, y, h, mi] = [m[1]!, m[2]!, m[3]!, m[4]!, m[5]!];
  if (!isRealDateTime(+y, +mo, +d, +h, +mi)) return null;
  return localToInstant(`${y}-${mo}-${d}T${h}:${mi}:00`, timeZone);
}
