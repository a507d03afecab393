// A report's one-line verdict, shown first and used as the inbox preview: the period's on-time rate against the
// same weekday (daily) or the weeks (weekly) before — « Mardi 01.12 : 44,1 % à l'heure — le plus faible depuis 8
// semaines ». The rule is docs/analytics.md#report-headline.
import type { Lang } from '../../shared/analytics-types';
import { capitalise } from '../../shared/format';
import { weekdayOf } from '../../shared/time';
import { BASELINE_MIN, type OnTimeHistory } from './report-baseline';
import type { ReportData } from './report-data';
import { knowsNothing } from './report-format';
import { formatDayMonth, formatPercent, t, weekdayName } from './report-i18n';

export type Verdict =
  { kind: 'lowest' | 'highest'; weeks: number } | { kind: 'usual'; rate: number } | { kind: 'none' };

const oneDecimal = (x: number): number => Math.round(x * 10) / 10;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The rate as shown (1 decimal) against the earlier periods with bookings: below every one of them, the lowest
 * since the oldest compared; above every one, the best; otherwise their median ("usual"). Fewer than
 * BASELINE_MIN earlier periods: no verdict.
 */
export function headlineVerdict(rate: number, history: OnTimeHistory): Verdict {
  if (history.length < BASELINE_MIN) return { kind: 'none' };
  const shown = oneDecimal(rate);
  const rates = history.map((h) => oneDecimal(h.rate));
  const weeks = Math.max(...history.map((h) => h.weeksBack));
  if (rates.every((r) => shown < r)) return { kind: 'lowest', weeks };
  if (rates.every((r) => shown > r)) return { kind: 'highest', weeks };
  return { kind: 'usual', rate: median(history.map((h) => h.rate)) };
}

/** "Mardi 01.12" / "Tuesday 1 Dec", or "Semaine du 23.11" / "Week of 23 Nov". */
export function headlinePeriod(lang: Lang, data: ReportData): string {
  if (data.kind === 'weekly')
    return t(lang, 'reports.mailLayout.weekPeriod', { date: formatDayMonth(lang, data.from) });
  const weekday = capitalise(lang, weekdayName(lang, weekdayOf(data.from) + 1));
  return `${weekday} ${formatDayMonth(lang, data.from)}`;
}

function verdictText(lang: Lang, data: ReportData, v: Verdict): string | null {
  switch (v.kind) {
    case 'lowest':
      return t(lang, 'reports.mailLayout.lowest', { weeks: v.weeks });
    case 'highest':
      return t(lang, 'reports.mailLayout.highest', { weeks: v.weeks });
    case 'usual':
      return data.kind === 'daily'
        ? t(lang, 'reports.mailLayout.usualDay', {
            weekday: weekdayName(lang, weekdayOf(data.from) + 1),
            rate: formatPercent(lang, v.rate),
          })
        : t(lang, 'reports.mailLayout.usualWeek', { rate: formatPercent(lang, v.rate) });
    case 'none':
      return null;
  }
}

/** The headline, one line; figures a stale report cannot vouch for get "incomplete data", not a verdict. */
export function reportHeadline(lang: Lang, data: ReportData): string {
  const period = headlinePeriod(lang, data);
  if (knowsNothing(data)) return t(lang, 'reports.mailLayout.headlineUnknown', { period });
  if (data.empty) return t(lang, 'reports.mailLayout.headlineEmpty', { period });
  const value = data.kpis.find((k) => k.key === 'on_time_rate')?.value ?? null;
  if (value === null) return t(lang, 'reports.mailLayout.headlineUnknown', { period });
  const rate = formatPercent(lang, value);
  const verdict = data.stale
    ? t(lang, 'reports.mailLayout.incomplete')
    : verdictText(lang, data, headlineVerdict(value, data.onTimeHistory ?? []));
  return verdict === null
    ? t(lang, 'reports.mailLayout.headlineRate', { period, rate })
    : t(lang, 'reports.mailLayout.headline', { period, rate, verdict });
}
