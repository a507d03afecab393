// Numbers as a person reads them in fr-CH or English, for every surface (UI, CLI, insight texts, e-mails, files).
// Built on Intl.NumberFormat, then normalised: ICU versions disagree on fr-CH (Node's ICU prints "1'234" and
// "87,5%", recent Chromium "1 234"), and Swiss French typography — what dispatch offices read in their other
// tools — is "1 234" and "87,5 %". Normalising makes Electron, the browser, the CLI and the tests (which run in
// Node) print the same string for the same number. Only for text: JSON output keeps plain numbers.
import type { Lang } from '../analytics-types';

const NARROW_NBSP = '\u202f';
const NBSP = '\u00a0';

/** The BCP 47 locale behind each UI language. */
export function localeOf(lang: Lang): string {
  return lang === 'fr' ? 'fr-CH' : 'en-GB';
}

// Building an Intl.NumberFormat costs far more than using one: built once per (language, options).
const cache = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), opts);
    cache.set(key, f);
  }
  return f;
}

function formatDecimal(lang: Lang, value: number, digits: number, signed = false): string {
  const parts = formatter(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).formatToParts(value);
  return parts
    .map((p) => {
      if (lang !== 'fr') return p.value;
      if (p.type === 'group') return NARROW_NBSP;
      if (p.type === 'decimal') return ',';
      if (p.type === 'minusSign') return '−';
      return p.value;
    })
    .join('');
}

/** 1234 → "1 234" (fr, narrow no-break space) / "1,234" (en). */
export function formatInteger(lang: Lang, value: number): string {
  return formatDecimal(lang, Math.round(value), 0);
}

/** A plain number with a fixed number of decimals: 81.25 → "81,3" / "81.3". */
export function formatNumber(lang: Lang, value: number, digits = 1): string {
  return formatDecimal(lang, value, digits);
}

/** A value already in percent: 87.5 → "87,5 %" / "87.5%". */
export function formatPercent(lang: Lang, value: number, digits = 1): string {
  return withPercent(lang, formatDecimal(lang, value, digits));
}

/** Minutes: 4.2 → "4,2 min" / "4.2 min". */
export function formatMinutes(lang: Lang, value: number, digits = 1): string {
  return `${formatDecimal(lang, value, digits)}${NBSP}min`;
}

/** Kilometres: 12.345 → "12,3 km" / "12.3 km". */
export function formatKm(lang: Lang, value: number, digits = 1): string {
  return `${formatDecimal(lang, value, digits)}${NBSP}km`;
}

/** A signed change without unit: "+5,2" / "−1,3" (true minus sign in French); zero has no sign. */
export function formatSigned(lang: Lang, value: number, digits = 1): string {
  return formatDecimal(lang, value, digits, true);
}

/** A signed change already in percent: 12.34 → "+12,3 %" / "+12.3%". */
export function formatSignedPercent(lang: Lang, value: number, digits = 1): string {
  return withPercent(lang, formatSigned(lang, value, digits));
}

/** Relative change in percent ("+2,9 %"), or "—" when there is nothing to compare with (previous is 0). */
export function formatRelativeChange(lang: Lang, current: number, previous: number): string {
  if (previous === 0 || !Number.isFinite(previous) || !Number.isFinite(current)) return '—';
  return formatSignedPercent(lang, ((current - previous) / previous) * 100);
}

/** Difference in points, for rates and scores ("+1,2 pts"), or "—" without a previous period. */
export function formatPointChange(
  lang: Lang,
  current: number,
  previous: number,
  hasPrevious: boolean,
): string {
  if (!hasPrevious) return '—';
  return `${formatSigned(lang, current - previous)}${NBSP}pts`;
}

/** Collapses every kind of space so strings can be compared whatever the ICU build (tests, assertions). */
export function normaliseSpaces(s: string): string {
  return s.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
}

function withPercent(lang: Lang, n: string): string {
  return lang === 'fr' ? `${n}${NBSP}%` : `${n}%`;
}

/**
 * A chart axis tick in the app's language, not the browser's (chart.js formats ticks with the page's locale):
 * whole numbers grouped ("3 000" / "3,000"), others with the one or two decimals they need ("2,5").
 */
export function formatTick(lang: Lang, value: number): string {
  if (Number.isInteger(value)) return formatInteger(lang, value);
  const tenths = Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;
  return formatDecimal(lang, value, tenths ? 1 : 2);
}
