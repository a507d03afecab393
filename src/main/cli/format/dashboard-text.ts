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
  formatInteger,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatPointChange,
  formatRelativeChange,
  weekdayName,
} from '../../../shared/format';
import { translate } from '../../../shared/i18n';
import { previousPeriod } from '../../analytics/period';
import { weekdayOf } from '../../analytics/time-zone';
import { renderTable } from './table';

export interface BreakdownRow {
  label: string;
  summary: PeriodSummaryJson;
}

export type Breakdown =
  { kind: 'day'; rows: TrendPointJson[] } | { kind: 'week' | 'month'; rows: BreakdownRow[] };

export function renderDashboard(d: DashboardJson, title: string, breakdown: Breakdown, lang: Lang): string[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const prev = previousPeriod(d.period);
  const s = d.summary;
  const p = d.previous_summary;
  const hasPrev = p.total_bookings > 0;
  // Indicator, this period, the previous one ('—' when it had no bookings), change.
  const kpiRow = (label: string, value: (x: PeriodSummaryJson) => string, change: string) => [
    label,
    value(s),
    hasPrev ? value(p) : '—',
    change,
  ];
  return [
    title,
    `${t('cli.report.period')} ${periodText(d.period, lang)} · ${t('cli.report.comparedWith')} ${prev.start} → ${prev.end}`,
    '',
    ...renderTable(
      [
        t('cli.report.indicator'),
        t('cli.report.periodCol'),
        t('cli.report.previous'),
        t('cli.report.change'),
      ],
      [
        kpiRow(
          t('cli.report.bookings'),
          (x) => formatInteger(lang, x.total_bookings),
          formatRelativeChange(lang, s.total_bookings, p.total_bookings),
        ),
        kpiRow(
          t('cli.report.onTime'),
          (x) => formatPercent(lang, x.avg_on_time_rate),
          formatPointChange(lang, s.avg_on_time_rate, p.avg_on_time_rate, hasPrev),
        ),
        kpiRow(
          t('cli.report.avgDelay'),
          (x) => formatMinutes(lang, x.avg_delay_minutes),
          formatRelativeChange(lang, s.avg_delay_minutes, p.avg_delay_minutes),
        ),
        kpiRow(
          t('cli.report.qualityScore'),
          (x) => formatNumber(lang, x.avg_quality_score),
          formatPointChange(lang, s.avg_quality_score, p.avg_quality_score, hasPrev),
        ),
      ],
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
    [
      t('cli.report.date'),
      t('cli.report.day'),
      t('cli.report.bookings'),
      t('cli.report.onTime'),
      t('cli.report.avgDelayShort'),
      t('cli.report.score'),
    ],
    rows.map((r) => [
      r.date,
      shortWeekdayOf(lang, r.date),
      formatInteger(lang, r.bookings),
      formatPercent(lang, r.on_time_rate),
      formatMinutes(lang, r.avg_delay),
      formatNumber(lang, r.quality_score),
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
      [
        t(week ? 'cli.report.week' : 'cli.report.month'),
        t('cli.report.bookings'),
        t('cli.report.onTime'),
        t('cli.report.avgDelayShort'),
        t('cli.report.score'),
      ],
      b.rows.map((r) => [
        r.label,
        formatInteger(lang, r.summary.total_bookings),
        r.summary.total_bookings ? formatPercent(lang, r.summary.avg_on_time_rate) : '—',
        r.summary.total_bookings ? formatMinutes(lang, r.summary.avg_delay_minutes) : '—',
        r.summary.total_bookings ? formatNumber(lang, r.summary.avg_quality_score) : '—',
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
