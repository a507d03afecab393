// Dates, times, weekdays and periods for display in fr-CH or English.
// Days ('YYYY-MM-DD') are company-local calendar days: they are formatted as such (read at UTC noon, printed in
// UTC) so the viewer's own zone never shifts them by a day. Instants (epoch ms) are shown as the wall-clock time
// of the zone passed in — always the company's zone, never the machine's, so a report sent from a laptop abroad
// says the same as the office screen.
// Strings are assembled from formatToParts rather than taken whole from Intl: ICU builds differ in the literals
// ("mardi, 1 décembre" vs "mardi 1 décembre", "01/12/2026, 08:30"), and Node, Chromium and the tests must agree.
import type { IsoDate, Lang } from '../analytics-types';
import { isIsoDate, parseWallClock } from '../time';
import { localeOf } from './numbers';

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

type PartName = 'weekday' | 'day' | 'month' | 'year' | 'hour' | 'minute';
function parts(lang: Lang, opts: Intl.DateTimeFormatOptions, at: Date): Record<PartName, string> {
  const out: Record<PartName, string> = { weekday: '', day: '', month: '', year: '', hour: '', minute: '' };
  for (const p of dtf(lang, opts).formatToParts(at)) {
    if (p.type in out) out[p.type as PartName] = p.value;
  }
  return out;
}

function dayToDate(day: IsoDate): Date {
  if (!isIsoDate(day)) throw new RangeError(`Not a YYYY-MM-DD day: ${JSON.stringify(day)}`);
  return new Date(`${day}T12:00:00Z`);
}

export type DateStyle = 'short' | 'long';

/**
 * A calendar day. short: "01.12.2026" (fr) / "1 Dec 2026" (en);
 * long: "mardi 1 décembre 2026" / "Tuesday 1 December 2026".
 */
export function formatDate(lang: Lang, day: IsoDate, style: DateStyle = 'short'): string {
  const at = dayToDate(day);
  if (style === 'long') {
    const p = parts(
      lang,
      { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
      at,
    );
    return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
  }
  if (lang === 'fr') {
    const p = parts(lang, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }, at);
    return `${p.day}.${p.month}.${p.year}`;
  }
  const p = parts(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }, at);
  return `${p.day} ${p.month} ${p.year}`;
}

/**
 * How a spreadsheet shows a day or a day and time ('date' / 'datetime'): "dd.mm.yyyy[ hh:mm]" (fr) /
 * "yyyy-mm-dd[ hh:mm]" (en). Excel format codes are written in English syntax (exceljs#613); Excel shows them in
 * the reader's locale.
 */
export function spreadsheetDateFormat(lang: Lang, kind: 'date' | 'datetime'): string {
  const day = lang === 'fr' ? 'dd.mm.yyyy' : 'yyyy-mm-dd';
  return kind === 'date' ? day : `${day} hh:mm`;
}

/** Day and month only, for chart axes: "23.11" / "23 Nov". */
export function formatDayMonth(lang: Lang, day: IsoDate): string {
  const at = dayToDate(day);
  if (lang === 'fr') {
    const p = parts(lang, { day: '2-digit', month: '2-digit', timeZone: 'UTC' }, at);
    return `${p.day}.${p.month}`;
  }
  const p = parts(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' }, at);
  return `${p.day} ${p.month}`;
}

/** The wall-clock time of an instant in a zone, 24-hour: "08:30" (both languages). */
export function formatTime(lang: Lang, epochMs: number, timeZone: string): string {
  // hourCycle h23, not hour12:false: some ICU builds print midnight as "24:00" with the latter.
  const p = parts(
    lang,
    { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone },
    new Date(epochMs),
  );
  return `${p.hour}:${p.minute}`;
}

/** An instant as day and wall-clock time in a zone: "01.12.2026 08:30" (fr) / "1 Dec 2026 08:30" (en). */
export function formatDateTime(lang: Lang, epochMs: number, timeZone: string): string {
  const p = parts(lang, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }, new Date(epochMs));
  const day = `${p.year}-${p.month}-${p.day}`;
  return `${formatDate(lang, day)} ${formatTime(lang, epochMs, timeZone)}`;
}

/**
 * A naive local 'YYYY-MM-DDTHH:mm[:ss]' as the dispatch server stores it: printed as is, no zone conversion
 * ("01.12.2026 08:30" / "1 Dec 2026 08:30"). Anything else is returned unchanged rather than guessed at.
 */
export function formatNaiveLocal(lang: Lang, naive: string): string {
  const wall = parseWallClock(naive, { allowSpace: true });
  if (!wall) return naive;
  return `${formatDate(lang, wall.local.slice(0, 10))} ${wall.local.slice(11, 16)}`;
}

/**
 * Weekday name from its ISO number (1 = Monday … 7 = Sunday), as used in running text: "mardi" / "Tuesday";
 * short: "mar." / "Tue". French weekdays are lower case mid-sentence; use capitalise() to start a sentence.
 */
export function weekdayName(lang: Lang, isoWeekday: number, style: 'long' | 'short' = 'long'): string {
  if (!Number.isInteger(isoWeekday) || isoWeekday < 1 || isoWeekday > 7) {
    throw new RangeError(`ISO weekday must be 1 (Monday) to 7 (Sunday), got ${isoWeekday}`);
  }
  // 2024-01-01 was a Monday.
  const d = new Date(Date.UTC(2024, 0, isoWeekday, 12));
  return dtf(lang, { weekday: style, timeZone: 'UTC' }).format(d);
}

/** A period of days: "01.12.2026 – 07.12.2026" / "1 Dec 2026 – 7 Dec 2026"; one day alone when from = to. */
export function formatPeriod(lang: Lang, from: IsoDate, to: IsoDate): string {
  if (from === to) return formatDate(lang, from);
  return `${formatDate(lang, from)}\u00a0– ${formatDate(lang, to)}`;
}

/** First letter upper case, in the language's rules ("mardi" → "Mardi"), for a word that starts a sentence. */
export function capitalise(lang: Lang, s: string): string {
  return s.charAt(0).toLocaleUpperCase(localeOf(lang)) + s.slice(1);
}

/**
 * A day as typed in a date field, in the app's language: "08.11.2026" (fr) / "08/11/2026" (en, as en-GB). The
 * browser's own date input shows the operating system's format instead (11/08/2026 in an en-US browser).
 */
export function formatDateInput(lang: Lang, day: IsoDate): string {
  const [y, m, d] = day.split('-');
  return lang === 'fr' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
}

/** What formatDateInput's fields show while empty: "jj.mm.aaaa" / "dd/mm/yyyy". */
export function dateInputPattern(lang: Lang): string {
  return lang === 'fr' ? 'jj.mm.aaaa' : 'dd/mm/yyyy';
}

const TYPED_DAY = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const TYPED_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * The day a person typed, or null when it is not one: day first with dots, slashes or dashes in both languages
 * ("8.11.2026", "08/11/2026"), or YYYY-MM-DD. An impossible day (31.02.2026) is null, never rolled over.
 */
export function parseDateInput(text: string): IsoDate | null {
  const t = text.trim();
  const iso = TYPED_ISO.exec(t);
  const dm = iso ? null : TYPED_DAY.exec(t);
  const [y, m, d] = iso ? [iso[1]!, iso[2]!, iso[3]!] : dm ? [dm[3]!, dm[2]!, dm[1]!] : [];
  if (!y || !m || !d) return null;
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(day) ? day : null;
}
