// The texts a report shows in both its parts (HTML and plain text): KPI values and their changes, titles.
import type { IsoDate, Lang } from '../../shared/analytics-types';
import { figureChangeText, formatFigure, KPI_FIGURES, type KpiFigure } from '../../shared/figures';
import type { KpiValue, ReportData } from './report-data';
import { daysBetweenInclusive } from '../../shared/time';
import { formatDate, formatDateTime, formatDayMonth, t } from './report-i18n';

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

/** The catalogue's figure of a KPI value (the report data carries only its key, to cross to the worker). */
export function kpiFigureOf(k: KpiValue): KpiFigure {
  const f = KPI_FIGURES.find((x) => x.key === k.key);
  if (!f) throw new Error(`No figure "${k.key}" in the catalogue`);
  return f;
}

/** A KPI's value and its changes ("+1,2 pts vs la veille"), by the catalogue's one rule. */
export function kpiText(lang: Lang, data: ReportData, k: KpiValue): { value: string; changes: string[] } {
  const f = kpiFigureOf(k);
  if (knowsNothing(data)) return { value: '—', changes: [] };
  const vsPrev =
    data.kind === 'daily' ? t(lang, 'reports.daily.vsPrevious') : t(lang, 'reports.weekly.vsPrevious');
  const changes = [`${figureChangeText(lang, f, k.value, k.previous, k.hasPrevious)} ${vsPrev}`];
  if (k.weekAgo !== undefined) {
    const change = figureChangeText(lang, f, k.value, k.weekAgo, k.hasWeekAgo ?? false);
    changes.push(`${change} ${t(lang, 'reports.daily.vsWeekAgo')}`);
  }
  return { value: formatFigure(lang, f, k.value), changes };
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
