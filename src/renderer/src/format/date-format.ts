// Dates and times for display. Days ('YYYY-MM-DD') are company-local calendar days: they are formatted as such
// (parsed at UTC noon and printed in UTC) so the viewer's own zone never shifts them by a day.
import type { IsoDate, Lang } from '../../../shared/analytics-types';
import { localeOf } from './number-format';

// Building an Intl.DateTimeFormat costs far more than formatting with one: a 1-year dashboard formats thousands of
// days, so formatters are built once per (language, options) and reused.
const cache = new Map<string, Intl.DateTimeFormat>();
function dtf(lang: Lang, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // keys too, not only values: { hour: '2-digit' } and { day: '2-digit' } are different formatters
  const key = lang + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lang), opts);
    cache.set(key, f);
  }
  return f;
}

function dayToDate(day: IsoDate): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** '2026-11-23' → "23.11.2026" (fr-CH) / "23 Nov 2026" (en). */
export function formatDay(lang: Lang, day: IsoDate): string {
  const opts: Intl.DateTimeFormatOptions =
    lang === 'fr'
      ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return dtf(lang, opts).format(dayToDate(day));
}

/** Short day for chart axes: "23.11" / "23 Nov". */
export function formatShortDay(lang: Lang, day: IsoDate): string {
  const opts: Intl.DateTimeFormatOptions =
    lang === 'fr'
      ? { day: '2-digit', month: '2-digit', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', timeZone: 'UTC' };
  return dtf(lang, opts).format(dayToDate(day));
}

/** An ISO instant shown as local wall-clock time in the company zone: "23.11.2026 14:05". */
export function formatInstant(lang: Lang, iso: string, timeZone: string): string {
  return dtf(lang, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
  }).format(new Date(iso));
}

/** Only the time of an ISO instant in the company zone: "14:05". */
export function formatTime(lang: Lang, iso: string, timeZone: string): string {
  return dtf(lang, {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
  }).format(new Date(iso));
}

/** A naive local 'YYYY-MM-DDTHH:mm[:ss]' as stored from the server: printed as is, no zone conversion. */
export function formatNaiveLocal(lang: Lang, naive: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(naive);
  if (!m) return naive;
  const [, y, mo, d, h, mi] = m;
  return lang === 'fr' ? `${d}.${mo}.${y} ${h}:${mi}` : `${d}/${mo}/${y} ${h}:${mi}`;
}

/** Weekday name, 0 = Monday. */
export function weekdayName(lang: Lang, weekday: number, style: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday.
  const d = new Date(Date.UTC(2024, 0, 1 + weekday, 12));
  return dtf(lang, { weekday: style, timeZone: 'UTC' }).format(d);
}
