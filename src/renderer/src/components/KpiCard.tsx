// One KPI: the figure, its change against the previous period and its sparkline.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureChange } from '../../../shared/figures';
import { Sparkline } from './Sparkline';

interface Props {
  testId: string;
  title: string;
  value: string;
  change: FigureChange | null;
  spark: number[];
  sparkColor: string;
  children?: ReactNode;
}

export function KpiCard({ testId, title, value, change, spark, sparkColor, children }: Props): ReactNode {
  const { t } = useTranslation();
  return (
    <section className="card kpi" data-testid={testId} aria-label={title}>
      <h3>{title}</h3>
      <div className="value" data-testid="kpi-value">
        {value}
      </div>
      {change ? (
        <div className={`change ${change.tone}`} data-testid="kpi-change">
          <span aria-hidden="true">
            {change.tone === 'flat' ? '→ ' : change.text.startsWith('+') ? '▲ ' : '▼ '}
          </span>
          {change.text} <span className="muted">{t('kpi.vsPrevious')}</span>
        </div>
      ) : (
        <div className="change flat" data-testid="kpi-change">
          {t('kpi.noPrevious')}
        </div>
      )}
      {children}
      <Sparkline values={spark} color={sparkColor} label={t('kpi.sparkline', { name: title })} />
    </section>
  );
}
