// Always visible under the top bar: how fresh the data is, the last sync, live progress (and the request being
// retried, if any), and failures worded as what to do, with a retry.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/error-text';
import { formatDate, formatDateTime } from '../../../shared/format';
import { useSyncStatus } from '../hooks/use-sync-status';
import { useAppEnv } from '../state/app-context';
import { useNavigation } from '../state/navigation';

export function SyncStatusBar(): ReactNode {
  const { t } = useTranslation();
  const { lang, timeZone } = useAppEnv();
  const { status, start } = useSyncStatus();
  const { view, go } = useNavigation();
  const s = status.data;
  const running = s?.running ?? false;
  const progress = s?.progress ?? null;
  const failure = s?.error?.message ?? (s?.lastSync?.status === 'failed' ? s.lastSync.error : null);
  const startError = start.error ? errorText(t, start.error) : null;
  const fetchError = status.error ? errorText(t, status.error) : null;
  const error = startError ?? fetchError ?? (running ? null : failure);

  return (
    <div className="syncbar" role="region" aria-label={t('sync.region')} data-testid="sync-status">
      <span data-testid="data-through">
        {s?.dataThrough ? t('sync.dataThrough', { day: formatDate(lang, s.dataThrough) }) : t('sync.noData')}
      </span>
      <span className="muted">
        {s?.lastSuccessAt
          ? t('sync.lastSync', { when: formatDateTime(lang, Date.parse(s.lastSuccessAt), timeZone) })
          : t('sync.never')}
      </span>
      {running && (
        <span aria-live="polite" style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          {progress && progress.dayCount > 0 ? (
            <>
              <progress max={progress.dayCount} value={progress.dayIndex} data-testid="sync-progress" />
              {t('sync.running', { done: progress.dayIndex, total: progress.dayCount })}
            </>
          ) : (
            <>
              <progress data-testid="sync-progress" />
              {t('sync.runningShort')}
            </>
          )}
          {progress?.retrying && (
            <span className="muted" data-testid="sync-retrying" title={progress.retrying.reason}>
              {t('sync.retrying', { attempt: progress.retrying.attempt })}
            </span>
          )}
        </span>
      )}
      {error && (
        <span className="error" role="alert" data-testid="sync-error">
          {t('sync.failed', { message: error })}
        </span>
      )}
      {!error && <span className="spacer" />}
      {error && view !== 'settings' && (
        <button type="button" className="link" onClick={() => go('settings')}>
          {t('sync.openSettings')}
        </button>
      )}
      <button
        type="button"
        onClick={() => start.mutate()}
        disabled={running || start.isPending}
        data-testid={error ? 'sync-retry' : 'sync-now'}
      >
        {error ? t('sync.retry') : t('sync.syncNow')}
      </button>
    </div>
  );
}
