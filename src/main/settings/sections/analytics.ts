// What the figures mean for this company: the on-time threshold, the company's zone (days are local days), and
// the thresholds of the insight rules (docs/analytics.md). A change of the first two rebuilds the daily figures.
import { z } from 'zod';
import {
  DEFAULT_ANALYTICS_SETTINGS,
  DEFAULT_INSIGHT_THRESHOLDS,
  type AnalyticsSettings,
  type InsightThresholds,
} from '../../../shared/analytics-types';
import {
  INSIGHT_THRESHOLD_FIELDS,
  INSIGHT_THRESHOLD_LIMITS,
  SETTINGS_LIMITS,
  type InsightThresholdField,
} from '../../../shared/contract/sync-settings-schemas';
import { intField, numberField, timeZoneField } from '../field-rules';

function thresholdField(k: InsightThresholdField) {
  const l = INSIGHT_THRESHOLD_LIMITS[k];
  return l.integer
    ? intField(l.min, l.max, DEFAULT_INSIGHT_THRESHOLDS[k])
    : numberField(l.min, l.max, DEFAULT_INSIGHT_THRESHOLDS[k]);
}

const insightThresholdsShape = Object.fromEntries(
  INSIGHT_THRESHOLD_FIELDS.map((k) => [k, thresholdField(k)]),
) as Record<InsightThresholdField, ReturnType<typeof thresholdField>>;

export const analyticsSettingsSchema = z.object({
  onTimeThresholdMinutes: intField(
    SETTINGS_LIMITS.onTimeThresholdMinutes.min,
    SETTINGS_LIMITS.onTimeThresholdMinutes.max,
    DEFAULT_ANALYTICS_SETTINGS.onTimeThresholdMinutes,
  ),
  timeZone: timeZoneField(DEFAULT_ANALYTICS_SETTINGS.timeZone),
  // prefault: a missing object is parsed, so each threshold gets its own default.
  insightThresholds: z.object(insightThresholdsShape).prefault({}),
});

export type AnalyticsSettingsSection = z.output<typeof analyticsSettingsSchema>;

// The schema and the type the analytics functions take must not drift apart. Compile-time checks: the values
// are never read, so a mutant of them changes nothing at run time.
// Stryker disable all: equivalent — type assertions, their values are never read
const sameShape: AnalyticsSettingsSection extends AnalyticsSettings
  ? AnalyticsSettings extends AnalyticsSettingsSection
    ? true
    : never
  : never = true;
void sameShape;
const sameThresholds: keyof InsightThresholds extends InsightThresholdField ? true : never = true;
void sameThresholds;
// Stryker restore all
