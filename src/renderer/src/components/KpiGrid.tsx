// The four KPI cards of the dashboard, formatted fr-CH / en from DashboardJson.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardJson } from '../../../shared/analytics-types';
import { chartPalette } from '../charts/chart-palette';
import { formatInteger, formatMinutes, formatNumber, formatPercent } from '../format/number-format';
import { useAppEnv } from '../state/app-context';
import { kpiChange } from './kpi-change';
import { KpiCard } from './KpiCard';

export function KpiGrid({ data }: { data: DashboardJson }): ReactNode {
  const { t } = useTranslation();
  const { lang, theme } = useAppEnv();
  const palette = chartPalette(theme);
  const s = data.summary;
  const p = data.previous_summary;
  const hasPrev = p.total_bookings > 0;
  const parts = data.quality_parts;
  const pt = t('kpi.pointsUnit');
  return (
    <div className="kpis">
      <KpiCard
        testId="kpi-total-bookings"
        title={t('kpi.totalBookings')}
        value={formatInteger(lang, s.total_bookings)}
        change={
          hasPrev
            ? kpiChange(lang, s.total_bookings, p.total_bookings, {
                relative: true,
                higherIsBetter: true,
                unit: '%',
              })
            : null
        }
        spark={data.trends.map((d) => d.bookings)}
        sparkColor={palette.primary}
      />
      <KpiCard
        testId="kpi-on-time-rate"
        title={t('kpi.onTimeRate')}
        value={formatPercent(lang, s.avg_on_time_rate)}
        change={
          hasPrev
            ? kpiChange(lang, s.avg_on_time_rate, p.avg_on_time_rate, {
                relative: false,
                higherIsBetter: true,
                unit: pt,
              })
            : null
        }
        spark={data.trends.map((d) => d.on_time_rate)}
        sparkColor={palette.good}
      />
      <KpiCard
        testId="kpi-avg-delay"
        title={t('kpi.avgDelay')}
        value={formatMinutes(lang, s.avg_delay_minutes)}
        change={
          hasPrev
            ? kpiChange(lang, s.avg_delay_minutes, p.avg_delay_minutes, {
                relative: false,
                higherIsBetter: false,
                unit: 'min',
              })
            : null
        }
        spark={data.trends.map((d) => d.avg_delay)}
        sparkColor={palette.warn}
      />
      <KpiCard
        testId="kpi-quality-score"
        title={t('kpi.qualityScore')}
        value={formatNumber(lang, s.avg_quality_score)}
        change={
          hasPrev
            ? kpiChange(lang, s.avg_quality_score, p.avg_quality_score, {
                relative: false,
                higherIsBetter: true,
                unit: pt,
              })
            : null
        }
        spark={data.trends.map((d) => d.quality_score)}
        sparkColor={palette.violet}
      >
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
      </KpiCard>
    </div>
  );
}
