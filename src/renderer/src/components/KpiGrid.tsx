// The dashboard's KPI cards: one per figure of the catalogue (src/shared/figures), formatted fr-CH / en.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardJson } from '../../../shared/analytics-types';
import { figureChange, formatFigure, KPI_FIGURES, type KpiFigure } from '../../../shared/figures';
import { formatNumber } from '../../../shared/format';
import { chartPalette, type ChartPalette } from '../charts/chart-palette';
import { useAppEnv } from '../state/app-context';
import { KpiCard } from './KpiCard';

// The sparkline's colour: a look, not a fact about the figure, so it stays here (others draw in the primary).
const SPARK_COLOR: Readonly<Record<string, keyof ChartPalette>> = {
  on_time_rate: 'good',
  avg_delay_minutes: 'warn',
  quality_score: 'violet',
};

// e2e specs and users' scripts find the cards by these ids; a new figure gets kpi-<key with dashes>.
function testIdOf(f: KpiFigure): string {
  return f.key === 'avg_delay_minutes' ? 'kpi-avg-delay' : `kpi-${f.key.replaceAll('_', '-')}`;
}

export function KpiGrid({ data }: { data: DashboardJson }): ReactNode {
  const { t } = useTranslation();
  const { lang, theme } = useAppEnv();
  const palette = chartPalette(theme);
  const hasPrev = data.previous_summary.total_bookings > 0;
  const parts = data.quality_parts;
  return (
    <div className="kpis">
      {KPI_FIGURES.map((f) => {
        const value = f.read(data.summary);
        const previous = f.read(data.previous_summary);
        const name = t(`figures.${f.label}.name`);
        return (
          <KpiCard
            key={f.key}
            testId={testIdOf(f)}
            title={name}
            value={formatFigure(lang, f, value)}
            change={
              hasPrev && value !== null && previous !== null ? figureChange(lang, f, value, previous) : null
            }
            spark={data.trends.flatMap((p) => f.day?.(p) ?? [])}
            sparkColor={palette[SPARK_COLOR[f.key] ?? 'primary']}
          >
            {f.key === 'quality_score' && (
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
        );
      })}
    </div>
  );
}
