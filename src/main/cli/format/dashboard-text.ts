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
import { previousPeriod } from '../../analytics/period';
import { weekdayOf } from '../../../shared/time';
import {
  formatDec,
  formatInt,
  formatMinutes,
  formatPct,
  formatPointChange,
  formatRelativeChange,
} from './numbers';
import { renderTable } from './table';

export interface BreakdownRow {
  label: string;
  summary: PeriodSummaryJson;
}

export type Breakdown =
  { kind: 'day'; rows: TrendPointJson[] } | { kind: 'week' | 'month'; rows: BreakdownRow[] };

const WEEKDAYS: Record<Lang, string[]> = {
  fr: ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

export function renderDashboard(d: DashboardJson, title: string, breakdown: Breakdown, lang: Lang): string[] {
  const t = (fr: string, en: string) => (lang === 'fr' ? fr : en);
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
  const lines = [
    title,
    `${t('Période :', 'Period:')} ${periodText(d.period, lang)} · ${t('comparée à', 'compared with')} ${prev.start} → ${prev.end}`,
    '',
    ...renderTable(
      [
        t('Indicateur', 'Indicator'),
        t('Période', 'Period'),
        t('Précédente', 'Previous'),
        t('Évolution', 'Change'),
      ],
      [
        kpiRow(
          t('Courses', 'Bookings'),
          (x) => formatInt(x.total_bookings, lang),
          formatRelativeChange(s.total_bookings, p.total_bookings, lang),
        ),
        kpiRow(
          t('Ponctualité', 'On time'),
          (x) => formatPct(x.avg_on_time_rate, lang),
          formatPointChange(s.avg_on_time_rate, p.avg_on_time_rate, hasPrev, lang),
        ),
        kpiRow(
          t('Retard moyen', 'Average delay'),
          (x) => formatMinutes(x.avg_delay_minutes, lang),
          formatRelativeChange(s.avg_delay_minutes, p.avg_delay_minutes, lang),
        ),
        kpiRow(
          t('Score qualité', 'Quality score'),
          (x) => formatDec(x.avg_quality_score, lang),
          formatPointChange(s.avg_quality_score, p.avg_quality_score, hasPrev, lang),
        ),
      ],
    ),
    '',
    `${t('Score qualité :', 'Quality score:')} ${t('ponctualité', 'punctuality')} ${formatDec(d.quality_parts.punctuality, lang)}/50 · ` +
      `${t('retards', 'delays')} ${formatDec(d.quality_parts.delay, lang)}/30 · ` +
      `${t('annulations', 'cancellations')} ${formatDec(d.quality_parts.cancellations, lang)}/20`,
    '',
    ...renderBreakdown(breakdown, lang),
    '',
    ...renderInsights(d.insights, lang),
  ];
  return lines;
}

export function periodText(p: PeriodJson, lang: Lang): string {
  return `${p.start} → ${p.end} (${formatInt(p.days, lang)} ${lang === 'fr' ? 'jours' : p.days === 1 ? 'day' : 'days'})`;
}

export function renderDays(rows: TrendPointJson[], lang: Lang): string[] {
  const t = (fr: string, en: string) => (lang === 'fr' ? fr : en);
  if (rows.length === 0) return [t('Aucun jour avec des courses.', 'No day with bookings.')];
  return renderTable(
    [
      'Date',
      t('Jour', 'Day'),
      t('Courses', 'Bookings'),
      t('Ponctualité', 'On time'),
      t('Retard moy.', 'Avg delay'),
      'Score',
    ],
    rows.map((r) => [
      r.date,
      weekdayName(r.date, lang),
      formatInt(r.bookings, lang),
      formatPct(r.on_time_rate, lang),
      formatMinutes(r.avg_delay, lang),
      formatDec(r.quality_score, lang),
    ]),
  );
}

function renderBreakdown(b: Breakdown, lang: Lang): string[] {
  const t = (fr: string, en: string) => (lang === 'fr' ? fr : en);
  if (b.kind === 'day') return [t('Par jour', 'Per day'), ...renderDays(b.rows, lang)];
  const head = b.kind === 'week' ? t('Par semaine', 'Per week') : t('Par mois', 'Per month');
  return [
    head,
    ...renderTable(
      [
        b.kind === 'week' ? t('Semaine', 'Week') : t('Mois', 'Month'),
        t('Courses', 'Bookings'),
        t('Ponctualité', 'On time'),
        t('Retard moy.', 'Avg delay'),
        'Score',
      ],
      b.rows.map((r) => [
        r.label,
        formatInt(r.summary.total_bookings, lang),
        r.summary.total_bookings ? formatPct(r.summary.avg_on_time_rate, lang) : '—',
        r.summary.total_bookings ? formatMinutes(r.summary.avg_delay_minutes, lang) : '—',
        r.summary.total_bookings ? formatDec(r.summary.avg_quality_score, lang) : '—',
      ]),
    ),
  ];
}

const ICON = { warning: '⚠', success: '✓', info: 'ℹ' } as const;
const PRIORITY: Record<Lang, Record<InsightJson['priority'], string>> = {
  fr: { low: 'basse', medium: 'moyenne', high: 'haute', critical: 'critique' },
  en: { low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
};

export function renderInsights(insights: InsightJson[], lang: Lang): string[] {
  const t = (fr: string, en: string) => (lang === 'fr' ? fr : en);
  if (insights.length === 0) return [t('Analyses : rien à signaler.', 'Insights: nothing to report.')];
  const lines = [t('Analyses et recommandations', 'Insights and recommendations')];
  for (const i of insights) {
    lines.push(`${ICON[i.type]} ${i.title} (${t('priorité', 'priority')} ${PRIORITY[lang][i.priority]})`);
    lines.push(`  ${i.message}`);
    if (i.recommendation) lines.push(`  → ${i.recommendation}`);
  }
  return lines;
}

export function weekdayName(day: IsoDate, lang: Lang): string {
  return WEEKDAYS[lang][weekdayOf(day)]!;
}
