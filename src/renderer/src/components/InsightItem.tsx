// One insight: icon and colour by type and priority, the message, the recommendation and the drill-down link.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InsightJson } from '../../../shared/analytics-types';

const ICONS: Record<InsightJson['type'], string> = { warning: '⚠', success: '✔', info: 'ℹ' };

export function InsightItem({
  insight,
  onOpenTrips,
}: {
  insight: InsightJson;
  onOpenTrips: () => void;
}): ReactNode {
  const { t } = useTranslation();
  return (
    <article
      className={`insight ${insight.type} ${insight.priority}`}
      data-testid="insight"
      data-rule={insight.rule}
    >
      <span className="icon" role="img" aria-label={t(`insights.types.${insight.type}`)}>
        {ICONS[insight.type]}
      </span>
      <div>
        <h4>{insight.title}</h4>
        <span className="badge">
          {t('insights.priority', { p: t(`insights.priorities.${insight.priority}`) })}
        </span>
        <p>{insight.message}</p>
        {insight.recommendation && (
          <p>
            <strong>{t('insights.recommendation')}</strong> {insight.recommendation}
          </p>
        )}
      </div>
      <button type="button" className="link" onClick={onOpenTrips} data-testid="insight-trips">
        {t('insights.seeTrips')}
      </button>
    </article>
  );
}
