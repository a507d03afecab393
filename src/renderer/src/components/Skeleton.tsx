// Grey placeholders with the final layout's shape while the first data loads.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KPI_FIGURES } from '../../../shared/figures';

export function DashboardSkeleton(): ReactNode {
  const { t } = useTranslation();
  return (
    <div aria-busy="true" aria-label={t('common.loading')} data-testid="skeleton">
      {/* one placeholder per KPI card (KpiGrid draws one per figure): the cards replace them without a shift */}
      <div className="kpis">
        {KPI_FIGURES.map((f) => (
          <div key={f.key} className="card kpi">
            <div className="skeleton" style={{ height: 14, width: '50%' }} />
            <div className="skeleton" style={{ height: 30, width: '70%' }} />
            <div className="skeleton" style={{ height: 32, marginTop: 'auto' }} />
          </div>
        ))}
      </div>
      <div className="grid-2">
        {[0, 1].map((i) => (
          <div key={i} className="card chart-card">
            <div className="skeleton" style={{ height: 14, width: '40%' }} />
            <div className="skeleton" style={{ flex: 1 }} />
          </div>
        ))}
      </div>
    </div>
  );
}

export function RowsSkeleton({ rows = 8 }: { rows?: number }): ReactNode {
  return (
    <div aria-busy="true" style={{ display: 'flex', flexDirection: 'column', gap: 6, padding: 10 }}>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton" style={{ height: 22 }} />
      ))}
    </div>
  );
}
