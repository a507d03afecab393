// FR | EN in the top bar: saves the language setting (the app words insights and errors in it too).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/analytics-types';
import type { SettingsView } from '../../../shared/contract/sync-settings-schemas';
import { unwrapResult } from '../../../shared/contract/dispatch-api';
import { useApi } from '../api/api-context';
import { queryKeys } from '../api/query-keys';
import { useAppEnv } from '../state/app-context';

export function LanguageSwitch(): ReactNode {
  const { t } = useTranslation();
  const { lang } = useAppEnv();
  const api = useApi();
  const client = useQueryClient();
  const change = useMutation({
    mutationFn: async (language: Lang) => unwrapResult(await api.updateSettings({ language })),
    onSuccess: (result) => {
      if (!result.ok) return;
      client.setQueryData<SettingsView>(queryKeys.settings, result.settings);
      void client.invalidateQueries({ queryKey: queryKeys.all });
    },
  });
  return (
    <div role="group" aria-label={t('settings.language')} style={{ display: 'flex', gap: 4 }}>
      {(['fr', 'en'] as const).map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          className={lang === l ? 'primary' : undefined}
          onClick={() => change.mutate(l)}
          data-testid={`lang-${l}`}
          title={t(`settings.languages.${l}`)}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
