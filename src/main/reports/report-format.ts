// The texts a report shows in both its parts (HTML and plain text): KPI values and their changes, titles.
import type { IsoDate, Lang } from '../../shared/analytics-types';
import { daysBetweenInclusive } from '../../shared/time';
import type { KpiFigure, ReportData } from './report-data';
import {
  formatDate,
  formatDateTime,
  formatDayMonth,
  formatInteger,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatPointChange,
  formatRelativeChange,
  formatSigned,
  t,
} from './report-i18n';

/** A figure, or "—" for one the store does not know: never 0, 0,0 % or 0,0 min in its place. */
export function orDash(value: number | null, format: (v: number) => string): string {
  return value === null ? '—' : format(value);
}

/** The store has no data for any day of the report's period: every figure is "—". */
export function knowsNothing(data: ReportData): boolean {
  return data.unknownDays.length === daysBetweenInclusive(data.from, data.to);
}

/** The report's first line when its data is not up to date: since when (the server's last answer), or never. */
export function staleLine(lang: Lang, data: ReportData): string | null {
  if (!data.stale) return null;
  return data.lastSyncedAt === null
    ? t(lang, 'reports.staleNever')
    : t(lang, 'reports.staleSince', { since: formatDateTime(lang, data.lastSyncedAt, data.timeZone) });
}

export function kpiValueText(lang: Lang, k: KpiFigure['key'], value: number): string {
  switch (k) {
    case 'total_bookings':
      return formatInteger(lang, value);
    case 'on_time_rate':
      return formatPercent(lang, value);
    case 'avg_delay_minutes':
      return formatMinutes(lang, value);
    case 'quality_score':
      return formatNumber(lang, value);
  }
}

function change(lang: Lang, k: KpiFigure['key'], value: number, other: number, has: boolean): string {
  if (!has) return '—';
  if (k === 'total_bookings') return formatRelativeChange(lang, value, other);
  if (k === 'avg_delay_minutes') return `${formatSigned(lang, value - other)} min`;
  return formatPointChange(lang, value, other, true);
}

export function kpiText(lang: Lang, data: ReportData, k: KpiFigure): { value: string; changes: string[] } {
  if (knowsNothing(data)) return { value: '—', changes: [] };
  const vsPrev =
    data.kind === 'daily' ? t(lang, 'reports.daily.vsPrevious') : t(lang, 'reports.weekly.vsPrevious');
  const changes = [`${change(lang, k.key, k.value, k.previous, k.hasPrevious)} ${vsPrev}`];
  if (k.weekAgo !== undefined) {
    changes.push(
      `${change(lang, k.key, k.value, k.weekAgo, k.hasWeekAgo ?? false)} ${t(lang, 'reports.daily.vsWeekAgo')}`,
    );
  }
  return { value: kpiValueText(lang, k.key, k.value), changes };
}

export function reportTitle(lang: Lang, data: ReportData): string {
  return t(lang, data.kind === 'daily' ? 'reports.daily.title' : 'reports.weekly.title');
}

export function periodTitle(lang: Lang, data: ReportData): string {
  return data.kind === 'daily'
    ? formatDate(lang, data.from, 'long')
    : t(lang, 'reports.period.week', { from: formatDate(lang, data.from), to: formatDate(lang, data.to) });
}

export function reportSubject(lang: Lang, data: ReportData): string {
  return t(lang, data.kind === 'daily' ? 'reports.daily.subject' : 'reports.weekly.subject', {
    company: data.company,
    date: formatDate(lang, data.from),
  });
}

/** "01.12" / "1 Dec" for chart labels and table rows. */
export function shortDay(lang: Lang, day: IsoDate): string {
  return formatDayMonth(lang, day);
}
