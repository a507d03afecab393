// The dashboard's insights, most urgent first.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InsightJson } from '../../../shared/analytics-types';
import { useNavigation } from '../state/navigation';
import { InsightItem } from './InsightItem';

const RANK: Record<InsightJson['priority'], number> = { critical: 0, high: 1, medium: 2, low: 3 };

export function InsightsPanel({ insights }: { insights: InsightJson[] }): ReactNode {
  const { t } = useTranslation();
  const { openTrips } = useNavigation();
  const sorted = [...insights].sort((a, b) => RANK[a.priority] - RANK[b.priority]);
  return (
    <section
      className="card"
      data-testid="insights"
      aria-labelledby="insights-title"
      style={{ marginBottom: 12 }}
    >
      <h3 id="insights-title" style={{ marginTop: 0, fontSize: 14 }}>
        {t('insights.title')}
      </h3>
      {sorted.length === 0 ? (
        <p className="muted">{t('insights.empty')}</p>
      ) : (
        <div className="insights">
          {sorted.map((i) => (
            <InsightItem
              key={i.rule}
              insight={i}
              onOpenTrips={() => openTrips({ filter: i.trips, label: i.title })}
            />
          ))}
        </div>
      )}
    </section>
  );
}
