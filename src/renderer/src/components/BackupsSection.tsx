// « Sauvegardes / Backups » in the settings: the list of backups (newest first), a manual backup, and restore
// with a confirmation step. After a restore the app has restarted its core on the restored store: every query is
// refetched.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupJson } from '../../../shared/contract/backup-schemas';
import { unwrapResult } from '../../../shared/contract/dispatch-api';
import type { Lang } from '../../../shared/analytics-types';
import { useApi } from '../api/api-context';
import { errorText } from '../api/error-text';
import { formatDateTime, formatInteger, formatNumber } from '../../../shared/format';
import { useAppInfo } from '../hooks/use-data';

const BACKUPS_KEY = ['backups'] as const;

export function BackupsSection(): ReactNode {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'fr';
  const api = useApi();
  const client = useQueryClient();
  const zone = useAppInfo().data?.timeZone ?? 'Europe/Zurich';
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useQuery({
    queryKey: BACKUPS_KEY,
    queryFn: async () => unwrapResult(await api.listBackups()),
  });
  const when = (b: BackupJson) => formatDateTime(lang, Date.parse(b.createdAt), zone);
  const size = (bytes: number) =>
    bytes >= 1024 * 1024
      ? t('backups.sizeMb', { size: formatNumber(lang, bytes / 1024 / 1024) })
      : t('backups.sizeKb', { size: formatInteger(lang, Math.ceil(bytes / 1024)) });

  const create = useMutation({
    mutationFn: async () => unwrapResult(await api.createBackup()),
    onSuccess: (b) => {
      setNotice(t('backups.created', { file: b.file }));
      void client.invalidateQueries({ queryKey: BACKUPS_KEY });
    },
  });
  const restore = useMutation({
    mutationFn: async (b: BackupJson) => ({
      b,
      result: unwrapResult(await api.restoreBackup({ file: b.file })),
    }),
    onSuccess: ({ b, result }) => {
      setConfirming(null);
      setNotice(t('backups.restored', { date: when(b), file: result.safetyBackup?.file ?? '—' }));
      // Every figure, the settings and the sync status now come from the restored store.
      void client.invalidateQueries();
    },
  });
  const error = create.error ?? restore.error ?? list.error;

  return (
    <section className="settings backups" aria-labelledby="backups-title" data-testid="backups-section">
      <fieldset>
        <legend id="backups-title">{t('backups.title')}</legend>
        {list.data && (
          <p className="hint">{t('backups.intro', { keep: list.data.keep, folder: list.data.folder })}</p>
        )}
        <div>
          <button
            type="button"
            onClick={() => create.mutate()}
            disabled={create.isPending || restore.isPending}
            data-testid="backup-create"
          >
            {t('backups.create')}
          </button>
        </div>
        {notice && (
          <p className="notice ok" role="status" data-testid="backups-notice">
            {notice}
          </p>
        )}
        {error && (
          <p className="notice error" role="alert">
            {errorText(t, error)}
          </p>
        )}
        {list.data && list.data.backups.length === 0 && <p>{t('backups.none')}</p>}
        {list.data && list.data.backups.length > 0 && (
          <table className="data" data-testid="backups-table">
            <thead>
              <tr>
                <th scope="col">{t('backups.date')}</th>
                <th scope="col">{t('backups.reason')}</th>
                <th scope="col" className="num">
                  {t('backups.size')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('backups.restore')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.backups.map((b) => (
                <tr key={b.file} data-testid="backup-row">
                  <td title={b.file}>{when(b)}</td>
                  <td>{t(`backups.reasons.${b.reason}`)}</td>
                  <td className="num">{size(b.size)}</td>
                  <td>
                    {confirming === b.file ? (
                      <>
                        <span className="hint">{t('backups.confirmHint', { date: when(b) })}</span>{' '}
                        <button
                          type="button"
                          className="primary"
                          onClick={() => restore.mutate(b)}
                          disabled={restore.isPending}
                          data-testid="backup-restore-confirm"
                        >
                          {t('backups.confirm')}
                        </button>{' '}
                        <button type="button" onClick={() => setConfirming(null)}>
                          {t('backups.cancel')}
                        </button>
                      </>
                    ) : (
                      <button
                        type="button"
                        onClick={() => setConfirming(b.file)}
                        disabled={restore.isPending}
                        data-testid="backup-restore"
                      >
                        {t('backups.restore')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </fieldset>
    </section>
  );
}
