// The four KPI cards of the dashboard, formatted fr-CH / en from DashboardJson.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardJson, Lang, PeriodSummaryJson, TrendPointJson } from '../../../shared/analytics-types';
import { chartPalette, type ChartPalette } from '../charts/chart-palette';
import { formatInteger, formatMinutes, formatNumber, formatPercent } from '../../../shared/format';
import { useAppEnv } from '../state/app-context';
import { kpiChange } from './kpi-change';
import { KpiCard } from './KpiCard';

interface KpiSpec {
  testId: string;
  titleKey: string;
  summary: keyof PeriodSummaryJson;
  trend: Exclude<keyof TrendPointJson, 'date'>;
  format: (lang: Lang, value: number) => string;
  /** the change as a % of the previous value (volumes) or in the KPI's own unit; `pointsUnit` = t('kpi.pointsUnit') */
  unit: '%' | 'min' | 'pointsUnit';
  higherIsBetter: boolean;
  color: keyof ChartPalette;
  /** the quality score also shows its three parts */
  withParts?: true;
}

const KPIS: KpiSpec[] = [
  {
    testId: 'kpi-total-bookings',
    titleKey: 'kpi.totalBookings',
    summary: 'total_bookings',
    trend: 'bookings',
    format: formatInteger,
    unit: '%',
    higherIsBetter: true,
    color: 'primary',
  },
  {
    testId: 'kpi-on-time-rate',
    titleKey: 'kpi.onTimeRate',
    summary: 'avg_on_time_rate',
    trend: 'on_time_rate',
    format: formatPercent,
    unit: 'pointsUnit',
    higherIsBetter: true,
    color: 'good',
  },
  {
    testId: 'kpi-avg-delay',
    titleKey: 'kpi.avgDelay',
    summary: 'avg_delay_minutes',
    trend: 'avg_delay',
    format: formatMinutes,
    unit: 'min',
    higherIsBetter: false,
    color: 'warn',
  },
  {
    testId: 'kpi-quality-score',
    titleKey: 'kpi.qualityScore',
    summary: 'avg_quality_score',
    trend: 'quality_score',
    format: formatNumber,
    unit: 'pointsUnit',
    higherIsBetter: true,
    color: 'violet',
    withParts: true,
  },
];

export function KpiGrid({ data }: { data: DashboardJson }): ReactNode {
  const { t } = useTranslation();
  const { lang, theme } = useAppEnv();
  const palette = chartPalette(theme);
  const s = data.summary;
  const p = data.previous_summary;
  const hasPrev = p.total_bookings > 0;
  const parts = data.quality_parts;
  return (
    <div className="kpis">
      {KPIS.map((k) => (
        <KpiCard
          key={k.testId}
          testId={k.testId}
          title={t(k.titleKey)}
          value={k.format(lang, s[k.summary])}
          change={
            hasPrev
              ? kpiChange(lang, s[k.summary], p[k.summary], {
                  relative: k.unit === '%',
                  higherIsBetter: k.higherIsBetter,
                  unit: k.unit === 'pointsUnit' ? t('kpi.pointsUnit') : k.unit,
                })
              : null
          }
          spark={data.trends.map((d) => d[k.trend])}
          sparkColor={palette[k.color]}
        >
          {k.withParts && (
            <div className="parts" role="group" data-testid="quality-parts" aria-label={t('kpi.parts')}>
              <span title={t('kpi.punctuality')}>
                {t('kpi.punctuality')} {formatNumber(lang, parts.punctuality)}/50
              </span>
              <span title={t('kpi.delay')}>
                {t('kpi.delay')} {formatNumber(lang, parts.delay)}/30
              </span>
              <span title={t('kpi.cancellations')}>
                {t('kpi.cancellations')} {formatNumber(lang, parts.cancellations)}/20
              </span>
            </div>
          )}
        </KpiCard>
      ))}
    </div>
  );
}
