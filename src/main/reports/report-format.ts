// The texts a report shows in both its parts (HTML and plain text): KPI values and their changes, titles.
import type { IsoDate, Lang } from '../../shared/analytics-types';
import {
  figureChange,
  figureChangeText,
  formatFigure,
  KPI_FIGURES,
  type ChangeTone,
  type KpiFigure,
} from '../../shared/figures';
import type { KpiValue, ReportData } from './report-data';
import { addDays, daysBetweenInclusive, weekdayOf } from '../../shared/time';
import { formatDate, formatDateTime, formatDayMonth, t, weekdayName } from './report-i18n';

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

/** One change of a KPI: its text ("+1,2 pts"), whether it is good news, its arrow and what it is against. */
export interface KpiChange {
  text: string;
  tone: ChangeTone;
  /** ▲ up, ▼ down, = no change; none when there is nothing to compare with */
  arrow: '▲' | '▼' | '=' | '';
  against: string;
}

function kpiChange(
  lang: Lang,
  f: KpiFigure,
  current: number | null,
  other: number | null,
  hasOther: boolean,
  against: string,
): KpiChange {
  if (!hasOther || current === null || other === null)
    return { text: figureChangeText(lang, f, current, other, hasOther), tone: 'flat', arrow: '', against };
  const { text, tone } = figureChange(lang, f, current, other);
  if (text === '—') return { text, tone, arrow: '', against };
  // The arrow is the figure's direction; whether that is good news (a lower delay is) is the tone.
  const arrow = tone === 'flat' ? '=' : (tone === 'good') === f.higherIsBetter ? '▲' : '▼';
  return { text, tone, arrow, against };
}

/** A change as one line of text: "▼ −0,5 min vs veille (mieux)", so the meaning never rests on colour alone. */
export function changeLine(lang: Lang, c: KpiChange): string {
  const head = c.arrow ? `${c.arrow}\u00a0${c.text} ${c.against}` : `${c.text} ${c.against}`;
  if (c.tone === 'flat') return head;
  return `${head} (${t(lang, c.tone === 'good' ? 'reports.mailLayout.better' : 'reports.mailLayout.worse')})`;
}

/** What a daily report's first change is against: "vs veille", or the day named when it is not the day before. */
function previousLabel(lang: Lang, data: ReportData): string {
  if (data.kind === 'weekly') return t(lang, 'reports.weekly.vsPrevious');
  if (data.previousDay === undefined || data.previousDay === addDays(data.from, -1))
    return t(lang, 'reports.daily.vsPrevious');
  return t(lang, 'reports.mailLayout.vsDay', { weekday: weekdayName(lang, weekdayOf(data.previousDay) + 1) });
}

/** A KPI's value and its changes ("+1,2 pts vs la veille"), by the catalogue's one rule. */
export function kpiText(lang: Lang, data: ReportData, k: KpiValue): { value: string; changes: KpiChange[] } {
  const f = kpiFigureOf(k);
  if (knowsNothing(data)) return { value: '—', changes: [] };
  const changes = [kpiChange(lang, f, k.value, k.previous, k.hasPrevious, previousLabel(lang, data))];
  if (k.weekAgo !== undefined) {
    const against = t(lang, 'reports.daily.vsWeekAgo');
    changes.push(kpiChange(lang, f, k.value, k.weekAgo, k.hasWeekAgo ?? false, against));
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
