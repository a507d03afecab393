// The dashboard's insights in the app's order (severity, then how far from the office's baseline: critical first;
// docs/analytics.md#insight-order). The server orders them once for every surface; the panel shows that list as
// it is, so the dashboard, the e-mails and the CLI never disagree on what comes first.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InsightJson } from '../../../shared/analytics-types';
import { useNavigation } from '../state/navigation';
import { InsightItem } from './InsightItem';

export function InsightsPanel({ insights }: { insights: InsightJson[] }): ReactNode {
  const { t } = useTranslation();
  const { openTrips } = useNavigation();
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
      {insights.length === 0 ? (
        <p className="muted">{t('insights.empty')}</p>
      ) : (
        <div className="insights">
          {insights.map((i) => (
            <InsightItem
              key={[i.rule, i.day, i.metric].join('|')}
              insight={i}
              onOpenTrips={() => openTrips({ filter: i.trips, label: i.title })}
            />
          ))}
        </div>
      )}
    </section>
  );
}
