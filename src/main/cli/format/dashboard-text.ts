// The dashboard as a readable terminal report: the four KPIs against the previous window, the score's parts,
// a per-day (short windows) or per-week/month (long ones) table, and the insights with what to do.
import type {
  DashboardJson,
  InsightJson,
  IsoDate,
  Lang,
  PeriodJson,
  PeriodSummaryJson,
  TrendPointJson,
} from '../../../shared/analytics-types';
import {
  DAY_KPI_FIGURES,
  figureChangeText,
  figureName,
  figureShortName,
  formatFigure,
  KPI_FIGURES,
} from '../../../shared/figures';
import { formatInteger, formatNumber, weekdayName } from '../../../shared/format';
import { translate } from '../../../shared/i18n';
import { previousPeriod } from '../../analytics/period';
import { weekdayOf } from '../../../shared/time';
import { renderTable } from './table';
import { dataStampText, todaySoFarText } from '../../analytics/today-so-far-text';

export interface BreakdownRow {
  label: string;
  summary: PeriodSummaryJson;
}

export type Breakdown =
  { kind: 'day'; rows: TrendPointJson[] } | { kind: 'week' | 'month'; rows: BreakdownRow[] };

export function renderDashboard(d: DashboardJson, title: string, breakdown: Breakdown, lang: Lang): string[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const prev = previousPeriod(d.period);
  const hasPrev = d.previous_summary.total_bookings > 0;
  // Indicator, this period, the previous one ('—' when it had no bookings), change: one row per KPI.
  const kpiRows = KPI_FIGURES.map((f) => {
    const now = f.read(d.summary);
    const before = f.read(d.previous_summary);
    return [
      figureName(lang, f),
      formatFigure(lang, f, now),
      hasPrev ? formatFigure(lang, f, before) : '—',
      figureChangeText(lang, f, now, before, hasPrev),
    ];
  });
  return [
    title,
    `${t('cli.report.period')} ${periodText(d.period, lang)} · ${t('cli.report.comparedWith')} ${prev.start} → ${prev.end}`,
    // The day in progress apart, never inside the period's figures (docs/analytics.md#today-so-far).
    ...(d.today === undefined
      ? []
      : [todaySoFarText(lang, d.today), ...(d.today ? [dataStampText(lang, d.today)] : [])]),
    '',
    ...renderTable(
      [
        t('cli.report.indicator'),
        t('cli.report.periodCol'),
        t('cli.report.previous'),
        t('cli.report.change'),
      ],
      kpiRows,
    ),
    '',
    translate(lang, 'cli.report.scoreParts', {
      punctuality: formatNumber(lang, d.quality_parts.punctuality),
      delay: formatNumber(lang, d.quality_parts.delay),
      cancellations: formatNumber(lang, d.quality_parts.cancellations),
    }),
    '',
    ...renderBreakdown(breakdown, lang),
    '',
    ...renderInsights(d.insights, lang),
  ];
}

/** A window's KPIs on one line: "Courses 120 · Ponctualité 87,5 % · …". */
export function summaryLine(s: PeriodSummaryJson, lang: Lang): string {
  return KPI_FIGURES.map((f) => `${figureName(lang, f)} ${formatFigure(lang, f, f.read(s))}`).join(' · ');
}

/** "2026-03-09 → 2026-03-15 (7 jours)". */
export function periodText(p: PeriodJson, lang: Lang): string {
  const days = translate(lang, p.days === 1 ? 'cli.report.days.one' : 'cli.report.days.other', {
    n: formatInteger(lang, p.days),
  });
  return `${p.start} → ${p.end} (${days})`;
}

export function renderDays(rows: TrendPointJson[], lang: Lang): string[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  if (rows.length === 0) return [t('cli.report.noDay')];
  return renderTable(
    [t('cli.report.date'), t('cli.report.day'), ...DAY_KPI_FIGURES.map((f) => figureShortName(lang, f))],
    rows.map((r) => [
      r.date,
      shortWeekdayOf(lang, r.date),
      ...DAY_KPI_FIGURES.map((f) => formatFigure(lang, f, f.day(r))),
    ]),
  );
}

function renderBreakdown(b: Breakdown, lang: Lang): string[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  if (b.kind === 'day') return [t('cli.report.perDay'), ...renderDays(b.rows, lang)];
  const week = b.kind === 'week';
  return [
    t(week ? 'cli.report.perWeek' : 'cli.report.perMonth'),
    ...renderTable(
      [t(week ? 'cli.report.week' : 'cli.report.month'), ...KPI_FIGURES.map((f) => figureShortName(lang, f))],
      // A week or month without bookings shows its count (0) and "—" for the rest.
      b.rows.map((r) => [
        r.label,
        ...KPI_FIGURES.map((f, i) =>
          i === 0 || r.summary.total_bookings ? formatFigure(lang, f, f.read(r.summary)) : '—',
        ),
      ]),
    ),
  ];
}

const ICON = { warning: '⚠', success: '✓', info: 'ℹ' } as const;

export function renderInsights(insights: InsightJson[], lang: Lang): string[] {
  if (insights.length === 0) return [translate(lang, 'cli.report.noInsights')];
  const lines = [translate(lang, 'cli.report.insights')];
  for (const i of insights) {
    const priority = translate(lang, `cli.report.priorities.${i.priority}`);
    lines.push(`${ICON[i.type]} ${translate(lang, 'cli.report.insightHead', { title: i.title, priority })}`);
    lines.push(`  ${i.message}`);
    if (i.recommendation) lines.push(`  → ${i.recommendation}`);
  }
  return lines;
}

/** The short weekday of a day, for tables: "mar." / "Tue". */
export function shortWeekdayOf(lang: Lang, day: IsoDate): string {
  return weekdayName(lang, weekdayOf(day) + 1, 'short');
}
