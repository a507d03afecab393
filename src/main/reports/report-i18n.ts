// The reports' access to texts and number/date formats, in one place. TEMPORARY bridge until the shared
// catalogue (src/shared/i18n: translate) and formatters (src/shared/format) land on main: then this file only
// re-exports them, and the report code does not change.
import type { IsoDate, Lang } from '../../shared/analytics-types';
import { reports as enReports } from '../../shared/i18n/en/reports';
import { reports as frReports } from '../../shared/i18n/fr/reports';
import { formatDec, formatInt, formatMinutes as minutes, formatPct } from '../cli/format/numbers';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type ReportKey = `reports.${Leaves<typeof frReports>}`;

export function t(lang: Lang, key: ReportKey, params?: Record<string, string | number>): string {
  let node: unknown = lang === 'en' ? enReports : frReports;
  for (const part of key.split('.').slice(1)) node = (node as Record<string, unknown>)[part];
  const text = typeof node === 'string' ? node : key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (w, n: string) => (params?.[n] === undefined ? w : String(params[n])));
}

export const formatInteger = (lang: Lang, n: number) => formatInt(n, lang);
export const formatNumber = (lang: Lang, n: number, digits = 1) => formatDec(n, lang, digits);
export const formatPercent = (lang: Lang, n: number) => formatPct(n, lang);
export const formatMinutes = (lang: Lang, n: number) => minutes(n, lang);

function signed(lang: Lang, n: number): string {
  const r = Math.round(n * 10) / 10;
  if (r === 0) return formatDec(0, lang);
  return `${r > 0 ? '+' : '−'}${formatDec(Math.abs(r), lang)}`;
}
export function formatRelativeChange(lang: Lang, current: number, previous: number): string {
  if (previous === 0) return '—';
  return `${signed(lang, ((current - previous) / previous) * 100)}${lang === 'fr' ? ' %' : '%'}`;
}
export function formatPointChange(lang: Lang, current: number, previous: number, hasPrevious: boolean): string {
  return hasPrevious ? `${signed(lang, current - previous)} pts` : '—';
}
export function formatSigned(lang: Lang, n: number): string {
  return signed(lang, n);
}

export function formatDate(lang: Lang, day: IsoDate, style: 'short' | 'long' = 'short'): string {
  const d = new Date(`${day}T12:00:00Z`);
  const locale = lang === 'fr' ? 'fr-CH' : 'en-GB';
  return style === 'long'
    ? new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(d)
    : new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(d);
}

export function formatDateTime(lang: Lang, epochMs: number, timeZone: string): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CH' : 'en-GB', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(epochMs);
}

export function weekdayName(lang: Lang, isoWeekday: number, style: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday.
  const d = new Date(Date.UTC(2024, 0, isoWeekday, 12));
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CH' : 'en-GB', { timeZone: 'UTC', weekday: style }).format(d);
}
