// Server, analytics and display settings. Only changed fields are sent; the app validates them and answers with
// errors per field, shown next to each field. The password is write-only: never read back, only "is one set".
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INSIGHT_THRESHOLD_FIELDS,
  type SettingsField as FieldName,
  type SettingsUpdate,
  type SettingsView as Settings,
} from '../../../shared/contract/sync-settings-schemas';
import { unwrapResult } from '../../../shared/contract/dispatch-api';
import { useApi } from '../api/api-context';
import { errorText } from '../api/error-text';
import { queryKeys } from '../api/query-keys';
import {
  InsightThresholdsFieldset,
  toThresholdsDraft,
  type ThresholdsDraft,
} from '../components/InsightThresholdsFieldset';
import { SettingsField } from '../components/SettingsField';
import { BackupsSection } from '../components/BackupsSection';
import { SettingValueField, useValuesDraft, type ValueKind } from '../components/SettingValueField';
import { TimeZoneInput } from '../components/TimeZoneInput';
import { parseDecimalInput } from '../format/decimal-input';
import { RowsSkeleton } from '../components/Skeleton';
import { useSettings } from '../hooks/use-data';

interface Draft {
  serverUrl: string;
  email: string;
  password: string;
  historyDays: string;
  onTimeThresholdMinutes: string;
  syncIntervalMinutes: string;
  timeZone: string;
  language: 'fr' | 'en';
  theme: 'light' | 'dark' | 'system';
  thresholds: ThresholdsDraft;
}

function toDraft(s: Settings): Draft {
  return {
    serverUrl: s.serverUrl ?? '',
    email: s.email ?? '',
    password: '',
    historyDays: String(s.historyDays),
    onTimeThresholdMinutes: String(s.onTimeThresholdMinutes),
    syncIntervalMinutes: String(s.syncIntervalMinutes),
    timeZone: s.timeZone,
    language: s.language,
    theme: s.theme,
    thresholds: toThresholdsDraft(s.language, s.insightThresholds),
  };
}

const NUMERIC = ['historyDays', 'onTimeThresholdMinutes', 'syncIntervalMinutes'] as const;
/** Fields addressed by their settings key (sent under `values`); a new setting is one line here and its field. */
const VALUE_FIELDS: Record<string, ValueKind> = {
  'sync.windowDays': 'number',
  'shell.syncFailingNoticeMinutes': 'number',
  'exports.csvDelimiter': 'text',
  'exports.csvDecimal': 'text',
};
/** the CSV choices (src/main/settings/sections/exports.ts) and their labels */
const CSV_DELIMITERS = [
  ['auto', 'settings.csv.auto'],
  [';', 'settings.csv.semicolon'],
  [',', 'settings.csv.comma'],
  ['tab', 'settings.csv.tab'],
] as const;
const CSV_DECIMALS = [
  ['auto', 'settings.csv.auto'],
  [',', 'settings.csv.comma'],
  ['.', 'settings.csv.point'],
] as const;
const NUMERIC_LABELS: Record<(typeof NUMERIC)[number], string> = {
  historyDays: 'settings.historyDays',
  onTimeThresholdMinutes: 'settings.threshold',
  syncIntervalMinutes: 'settings.syncInterval',
};

/** The origin (scheme://host:port) of a typed address, or null while it is not a URL. */
function originOf(url: string): string | null {
  try {
    const origin = new URL(url.trim()).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

export function SettingsView(): ReactNode {
  const settings = useSettings();
  if (!settings.data) return <RowsSkeleton />;
  return (
    <>
      <SettingsForm settings={settings.data} />
      <BackupsSection />
    </>
  );
}

function SettingsForm({ settings }: { settings: Settings }): ReactNode {
  const { t } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  // Errors by the screen's field names, or by settings key for the `values` fields.
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>> & Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const values = useValuesDraft(settings, () => setSaved(false));
  const set = <K extends keyof Draft>(k: K, v: Draft[K]): void => {
    setDraft((d) => ({ ...d, [k]: v }));
    setSaved(false);
  };

  const save = useMutation({
    mutationFn: async (update: SettingsUpdate) => unwrapResult(await api.updateSettings(update)),
    onSuccess: (result) => {
      if (!result.ok) {
        setErrors(result.fieldErrors);
        return;
      }
      setErrors({});
      setSaved(true);
      client.setQueryData(queryKeys.settings, result.settings);
      setDraft(toDraft(result.settings));
      values.reset();
      void client.invalidateQueries({ queryKey: queryKeys.all });
      void client.invalidateQueries({ queryKey: queryKeys.syncStatus });
    },
  });

  const submit = (): void => {
    const local: Record<string, string> = {};
    const update: SettingsUpdate = {};
    const initial = toDraft(settings);
    for (const k of NUMERIC) {
      if (draft[k] === initial[k]) continue;
      const n = parseDecimalInput(draft[k]);
      if (n === null) local[k] = t('settings.notANumber');
      else update[k] = n;
    }
    if (draft.serverUrl !== initial.serverUrl) update.serverUrl = draft.serverUrl.trim() || null;
    if (draft.email !== initial.email) update.email = draft.email.trim() || null;
    if (draft.password) update.password = draft.password;
    if (draft.timeZone !== initial.timeZone) update.timeZone = draft.timeZone.trim();
    if (draft.language !== initial.language) update.language = draft.language;
    if (draft.theme !== initial.theme) update.theme = draft.theme;
    const thresholds: NonNullable<SettingsUpdate['insightThresholds']> = {};
    for (const k of INSIGHT_THRESHOLD_FIELDS) {
      const v = draft.thresholds[k];
      if (v === initial.thresholds[k]) continue;
      const n = parseDecimalInput(v);
      if (n === null) local[`insightThresholds.${k}`] = t('settings.notANumber');
      else thresholds[k] = n;
    }
    if (Object.keys(thresholds).length > 0) update.insightThresholds = thresholds;
    const extra = values.changes(VALUE_FIELDS);
    for (const path of extra.notNumbers) local[path] = t('settings.notANumber');
    if (Object.keys(extra.values).length > 0) update.values = extra.values;
    setErrors(local);
    if (Object.keys(local).length === 0) save.mutate(update);
  };

  const hasErrors = Object.keys(errors).length > 0;
  // A saved password belongs to its server: another address needs its own (the app refuses it otherwise).
  const draftOrigin = originOf(draft.serverUrl);
  const needsPassword =
    draftOrigin !== null && draftOrigin !== originOf(settings.serverUrl ?? '') && draft.password === '';
  const passwordHint = needsPassword
    ? t('settings.passwordForNewServer', { origin: draftOrigin })
    : `${t('settings.passwordHint')}${settings.hasPassword ? ` ${t('settings.passwordSet')}` : ''}`;
  return (
    <form
      data-testid="view-settings"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      noValidate
    >
      <div className="view-head">
        <h2>{t('settings.title')}</h2>
        <button type="submit" className="primary" disabled={save.isPending} data-testid="settings-save">
          {t('common.save')}
        </button>
      </div>
      {saved && (
        <p className="notice ok" role="status" data-testid="settings-saved">
          {t('common.saved')}
        </p>
      )}
      {hasErrors && (
        <p className="notice error" role="alert">
          {t('settings.errorsIntro')}
        </p>
      )}
      {save.error && (
        <p className="notice error" role="alert">
          {errorText(t, save.error)}
        </p>
      )}
      <div className="settings">
        <fieldset>
          <legend>{t('settings.server')}</legend>
          <SettingsField name="serverUrl" label={t('settings.serverUrl')} error={errors.serverUrl}>
            {(p) => (
              <input
                {...p}
                type="url"
                placeholder="https://"
                value={draft.serverUrl}
                onChange={(e) => set('serverUrl', e.target.value)}
              />
            )}
          </SettingsField>
          <SettingsField name="email" label={t('settings.email')} error={errors.email}>
            {(p) => (
              <input
                {...p}
                type="email"
                autoComplete="username"
                value={draft.email}
                onChange={(e) => set('email', e.target.value)}
              />
            )}
          </SettingsField>
          <SettingsField
            name="password"
            label={t('settings.password')}
            hint={passwordHint}
            error={errors.password}
          >
            {(p) => (
              <input
                {...p}
                type="password"
                autoComplete="new-password"
                value={draft.password}
                onChange={(e) => set('password', e.target.value)}
              />
            )}
          </SettingsField>
          {settings.secretBackend.warning && (
            <p className="hint" style={{ color: 'var(--warn)', margin: 0 }}>
              {t('settings.secretWarning', { warning: settings.secretBackend.warning })}
            </p>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('settings.analytics')}</legend>
          {NUMERIC.map((k) => (
            <SettingsField key={k} name={k} label={t(NUMERIC_LABELS[k])} error={errors[k]}>
              {(p) => (
                <input
                  {...p}
                  type="number"
                  inputMode="numeric"
                  value={draft[k]}
                  onChange={(e) => set(k, e.target.value)}
                />
              )}
            </SettingsField>
          ))}
          <SettingValueField
            path="sync.windowDays"
            label={t('settings.windowDays')}
            kind="number"
            draft={values}
            error={errors['sync.windowDays']}
          />
          <SettingValueField
            path="shell.syncFailingNoticeMinutes"
            label={t('settings.syncFailingNoticeMinutes')}
            kind="number"
            draft={values}
            error={errors['shell.syncFailingNoticeMinutes']}
          />
          <SettingsField name="timeZone" label={t('settings.timeZone')} error={errors.timeZone}>
            {(p) => (
              <TimeZoneInput
                inputProps={p}
                value={draft.timeZone}
                saved={settings.timeZone}
                placeholder={t('settings.timeZoneSearch')}
                onChange={(zone) => set('timeZone', zone)}
              />
            )}
          </SettingsField>
        </fieldset>
        <fieldset>
          <legend>{t('settings.display')}</legend>
          <SettingsField name="language" label={t('settings.language')} error={errors.language}>
            {(p) => (
              <select
                {...p}
                value={draft.language}
                onChange={(e) => set('language', e.target.value as Draft['language'])}
              >
                <option value="fr">{t('settings.languages.fr')}</option>
                <option value="en">{t('settings.languages.en')}</option>
              </select>
            )}
          </SettingsField>
          <SettingsField name="theme" label={t('settings.theme')} error={errors.theme}>
            {(p) => (
              <select
                {...p}
                value={draft.theme}
                onChange={(e) => set('theme', e.target.value as Draft['theme'])}
              >
                <option value="system">{t('settings.themes.system')}</option>
                <option value="light">{t('settings.themes.light')}</option>
                <option value="dark">{t('settings.themes.dark')}</option>
              </select>
            )}
          </SettingsField>
        </fieldset>
        <fieldset>
          <legend>{t('settings.csv.title')}</legend>
          <SettingValueField
            path="exports.csvDelimiter"
            label={t('settings.csv.delimiter')}
            kind="text"
            draft={values}
            error={errors['exports.csvDelimiter']}
            choices={CSV_DELIMITERS.map(([value, key]) => ({ value, label: t(key) }))}
          />
          <SettingValueField
            path="exports.csvDecimal"
            label={t('settings.csv.decimal')}
            kind="text"
            draft={values}
            error={errors['exports.csvDecimal']}
            choices={CSV_DECIMALS.map(([value, key]) => ({ value, label: t(key) }))}
          />
        </fieldset>
        <InsightThresholdsFieldset
          draft={draft.thresholds}
          errors={errors}
          onChange={(k, v) => set('thresholds', { ...draft.thresholds, [k]: v })}
        />
      </div>
    </form>
  );
}
