// The reference server's time strings: Python isoformat() of timestamptz values, "...Z" UTC stamps and the
// "dd/mm/YYYY HH:MM" Geneva-local display strings. Zone offsets come from shared/time's cached
// offsetAt, through wallClockAt (one Intl formatToParts call per timestamp was the sync benchmark's first hotspot).
import { wallClockAt } from '../../shared/time';

const p2 = (n: number) => (n < 10 ? '0' + n : String(n));
const p4 = (n: number) => (n >= 1000 ? String(n) : String(n).padStart(4, '0'));
const p3 = (n: number) => (n >= 100 ? String(n) : n >= 10 ? '0' + n : '00' + n);

/** Python `datetime.isoformat()` of a timestamptz read in the session zone: '2025-03-13T17:00:00.005000+00:00'
 * (microseconds only when non-zero). */
export function pyIsoOffset(ms: number, timeZone: string): string {
  const w = wallClockAt(ms, timeZone);
  const offset = w.getTime() - ms;
  const millis = w.getUTCMilliseconds();
  const frac = millis === 0 ? '' : `.${p3(millis)}000`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset) / 60_000;
  return (
    `${p4(w.getUTCFullYear())}-${p2(w.getUTCMonth() + 1)}-${p2(w.getUTCDate())}T` +
    `${p2(w.getUTCHours())}:${p2(w.getUTCMinutes())}:${p2(w.getUTCSeconds())}${frac}` +
    `${sign}${p2(Math.floor(abs / 60))}:${p2(abs % 60)}`
  );
}

const DAY_MS = 86_400_000;
// Stamps come a day's bookings at a time: the 'YYYY-MM-DDT' of the last day asked is kept.
let lastUtcDay = Number.NaN;
let lastUtcDayPrefix = '';

/** 'YYYY-MM-DDTHH:MM:SSZ', no fraction (Booking.serialize boarded_at/completed_at). */
export function utcSecondsZ(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  if (day !== lastUtcDay) {
    lastUtcDayPrefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    lastUtcDay = day;
  }
  const seconds = Math.floor((ms - day * DAY_MS) / 1000);
  return `${lastUtcDayPrefix}${p2(Math.floor(seconds / 3600))}:${p2(Math.floor(seconds / 60) % 60)}:${p2(seconds % 60)}Z`;
}

/** 'dd/mm/YYYY HH:MM' in the zone (Booking.serialize created_at/updated_at). */
export function frenchMinute(ms: number, timeZone: string): string {
  const w = wallClockAt(ms, timeZone);
  return `${p2(w.getUTCDate())}/${p2(w.getUTCMonth() + 1)}/${p4(w.getUTCFullYear())} ${p2(w.getUTCHours())}:${p2(w.getUTCMinutes())}`;
}
