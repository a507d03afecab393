// Number formatting for the two UI languages. Built on Intl.NumberFormat, then normalised: ICU versions disagree
// on fr-CH (Node's ICU prints "1'234" and "87,5%", recent Chromium "1 234"), and Swiss French typography — what
// dispatch offices read in their other tools — is "1 234" and "87,5 %". Normalising makes Electron, the browser
// and the e2e tests (which run in Node) print the same string for the same number.
import type { Lang } from '../../../shared/analytics-types';

const NARROW_NBSP = '\u202f';
const NBSP = '\u00a0';

export function localeOf(lang: Lang): string {
  return lang === 'fr' ? 'fr-CH' : 'en-GB';
}

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

/** 1234 → "1 234" (fr) / "1,234" (en). */
export function formatInteger(lang: Lang, value: number): string {
  return formatDecimal(lang, Math.round(value), 0);
}

/** A plain number with a fixed number of decimals: 81.25 → "81,3". */
export function formatNumber(lang: Lang, value: number, digits = 1): string {
  return formatDecimal(lang, value, digits);
}

/** A value already in percent (87.5 → "87,5 %" / "87.5%"). */
export function formatPercent(lang: Lang, value: number, digits = 1): string {
  const n = formatDecimal(lang, value, digits);
  return lang === 'fr' ? `${n}${NBSP}%` : `${n}%`;
}

/** Minutes: 4.2 → "4,2 min". */
export function formatMinutes(lang: Lang, value: number, digits = 1): string {
  return `${formatDecimal(lang, value, digits)}${NBSP}min`;
}

/** Kilometres: 12.345 → "12,3 km". */
export function formatKm(lang: Lang, value: number, digits = 1): string {
  return `${formatDecimal(lang, value, digits)}${NBSP}km`;
}

/** A signed change: +5,2 / −1,3 (no unit). */
export function formatSigned(lang: Lang, value: number, digits = 1): string {
  return formatDecimal(lang, value, digits, true);
}

/** Collapses every kind of space so strings can be compared whatever the ICU build (tests, assertions). */
export function normaliseSpaces(s: string): string {
  return s.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
}
