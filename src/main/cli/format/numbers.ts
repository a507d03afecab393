// Numbers as a person reads them in fr-CH or English. Text output only: --json prints plain rounded numbers.
import type { Lang } from '../../../shared/analytics-types';

const formats = new Map<string, Intl.NumberFormat>();

function fmt(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'fr' ? 'fr-CH' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, f);
  }
  return f;
}

export const formatInt = (n: number, lang: Lang): string => fmt(lang, 0).format(n);
export const formatDec = (n: number, lang: Lang, digits = 1): string => fmt(lang, digits).format(n);
/** a value already in percent (81.2 → "81,2 %") */
export const formatPct = (n: number, lang: Lang): string =>
  `${formatDec(n, lang)}${lang === 'fr' ? ' %' : '%'}`;
export const formatMinutes = (n: number, lang: Lang): string => `${formatDec(n, lang)} min`;

/** Relative change in % ("+2,9 %"), or "—" when there is nothing to compare with. */
export function formatRelativeChange(current: number, previous: number, lang: Lang): string {
  if (previous === 0) return '—';
  const change = ((current - previous) / previous) * 100;
  return `${signed(change, lang)}${lang === 'fr' ? ' %' : '%'}`;
}

/** Difference in points, for rates and scores ("+1,2 pts"). */
export function formatPointChange(
  current: number,
  previous: number,
  hasPrevious: boolean,
  lang: Lang,
): string {
  if (!hasPrevious) return '—';
  return `${signed(current - previous, lang)} pts`;
}

function signed(n: number, lang: Lang): string {
  const r = Math.round(n * 10) / 10;
  if (r === 0) return formatDec(0, lang);
  return `${r > 0 ? '+' : '−'}${formatDec(Math.abs(r), lang)}`;
}
