// Shown when the store has no data yet: the way out is a sync (or setting up the server first).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../hooks/use-sync-status';
import { useNavigation } from '../state/navigation';

export function EmptyState(): ReactNode {
  const { t } = useTranslation();
  const { start, status } = useSyncStatus();
  const { go } = useNavigation();
  return (
    <div className="card empty" data-testid="empty-state">
      <h2>{t('empty.title')}</h2>
      <p className="muted">{t('empty.body')}</p>
      <p style={{ display: 'flex', gap: 8, justifyContent: 'center' }}>
        <button
          type="button"
          className="primary"
          onClick={() => start.mutate()}
          disabled={status.data?.running}
        >
          {t('common.sync')}
        </button>
        <button type="button" onClick={() => go('settings')}>
          {t('empty.configure')}
        </button>
      </p>
    </div>
  );
}
