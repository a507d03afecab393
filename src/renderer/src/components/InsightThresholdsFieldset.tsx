// The thresholds of the insight rules (docs/analytics.md#insight-thresholds), one small number input each;
// errors come back per field as `insightThresholds.<name>` from settings:update-settings.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InsightThresholds } from '../../../shared/analytics-types';
import {
  INSIGHT_THRESHOLD_FIELDS,
  INSIGHT_THRESHOLD_LIMITS,
  type InsightThresholdField,
  type SettingsField as FieldName,
} from '../../../shared/contract/sync-settings-schemas';
import { SettingsField } from './SettingsField';

export type ThresholdsDraft = Record<InsightThresholdField, string>;

// 1/3 shows as 0.3333; an untouched field is not sent back, so the stored value keeps its full precision.
export function toThresholdsDraft(t: InsightThresholds): ThresholdsDraft {
  const out = {} as ThresholdsDraft;
  for (const k of INSIGHT_THRESHOLD_FIELDS) out[k] = String(Number(t[k].toFixed(4)));
  return out;
}

interface Props {
  draft: ThresholdsDraft;
  errors: Partial<Record<FieldName, string>>;
  onChange: (field: InsightThresholdField, value: string) => void;
}

export function InsightThresholdsFieldset({ draft, errors, onChange }: Props): ReactNode {
  const { t } = useTranslation();
  return (
    <fieldset className="thresholds" data-testid="settings-thresholds">
      <legend>{t('settings.insightThresholds')}</legend>
      {INSIGHT_THRESHOLD_FIELDS.map((k) => {
        const name = `insightThresholds.${k}` as const;
        const l = INSIGHT_THRESHOLD_LIMITS[k];
        return (
          <SettingsField key={k} name={name} label={t(`settings.thresholds.${k}`)} error={errors[name]}>
            {(p) => (
              <input
                {...p}
                type="number"
                inputMode="decimal"
                min={l.min}
                max={l.max}
                step={l.step}
                value={draft[k]}
                onChange={(e) => onChange(k, e.target.value)}
              />
            )}
          </SettingsField>
        );
      })}
    </fieldset>
  );
}
