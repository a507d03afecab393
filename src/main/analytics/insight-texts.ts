// Words of the insights and weekday patterns: catalogue keys (src/shared/i18n, domain "insights") filled with
// values formatted the reader's way — "moy : 12,5 min", "−17,4 %" in French. The JSON still carries the plain
// numbers in its own fields; only these sentences are localised.
import type { Lang } from '../../shared/analytics-types';
import {
  capitalise,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatSignedPercent,
  weekdayName as isoWeekdayName,
} from '../../shared/format';
import { type MessageParams, translate } from '../../shared/i18n';

export type InsightRule =
  | 'punctuality_low'
  | 'punctuality_excellent'
  | 'delay_high'
  | 'trend_improving'
  | 'trend_declining'
  | 'pattern_frequent_delays'
  | 'volume_low'
  | 'volume_high'
  | 'quality_excellent'
  | 'quality_low';

export interface InsightText {
  title: string;
  message: string;
  recommendation: string | null;
}

/** Values a rule's text may quote. */
export interface InsightValues {
  value: number;
  threshold: number;
  count?: number;
  days?: number;
  /** a change in % (the volume against its baseline) */
  change?: number;
}

/** Rules that only congratulate: no recommendation (and no key for one in the catalogue). */
type PraiseRule = 'punctuality_excellent' | 'quality_excellent';
const PRAISE: ReadonlySet<InsightRule> = new Set<PraiseRule>(['punctuality_excellent', 'quality_excellent']);

function params(rule: InsightRule, lang: Lang, v: InsightValues): MessageParams {
  const counts = { count: v.count ?? 0, days: v.days ?? 0 };
  switch (rule) {
    case 'punctuality_low':
    case 'punctuality_excellent':
      return { value: formatPercent(lang, v.value), threshold: formatPercent(lang, v.threshold) };
    case 'delay_high':
      return { value: formatMinutes(lang, v.value) };
    case 'trend_improving':
    case 'trend_declining':
      return { ...counts, value: formatSignedPercent(lang, v.value) };
    case 'pattern_frequent_delays':
      return { ...counts, threshold: formatMinutes(lang, v.threshold) };
    case 'volume_low':
    case 'volume_high':
      return {
        value: formatNumber(lang, v.value, 0),
        threshold: formatNumber(lang, v.threshold, 0),
        change: formatSignedPercent(lang, v.change ?? 0),
      };
    case 'quality_excellent':
    case 'quality_low':
      return { value: formatNumber(lang, v.value), threshold: formatNumber(lang, v.threshold) };
  }
}

export function insightText(rule: InsightRule, lang: Lang, values: InsightValues): InsightText {
  const p = params(rule, lang, values);
  return {
    title: translate(lang, `insights.rules.${rule}.title`),
    message: translate(lang, `insights.rules.${rule}.message`, p),
    recommendation: PRAISE.has(rule)
      ? null
      : translate(lang, `insights.rules.${rule as Exclude<InsightRule, PraiseRule>}.recommendation`),
  };
}

/** Capitalised weekday name as the JSON's weekday_name carries it ("Mardi"), 0 = Monday. */
export function weekdayLabel(weekday: number, lang: Lang): string {
  return capitalise(lang, isoWeekdayName(lang, weekday + 1));
}

function weekdayParams(weekday: number, lang: Lang): MessageParams {
  const name = isoWeekdayName(lang, weekday + 1);
  return { weekday: name, Weekday: capitalise(lang, name) };
}

/** The title of the systematic-delay pattern as an insight (the weekly report's). */
export function highDelayDayTitle(weekday: number, lang: Lang): string {
  return translate(lang, 'insights.weekdayPatterns.highDelayDay.title', weekdayParams(weekday, lang));
}

export function highDelayDayText(weekday: number, avgDelay: number, lang: Lang) {
  const p = { ...weekdayParams(weekday, lang), avgDelay: formatMinutes(lang, avgDelay) };
  return {
    message: translate(lang, 'insights.weekdayPatterns.highDelayDay.message', p),
    recommendation: translate(lang, 'insights.weekdayPatterns.highDelayDay.recommendation', p),
  };
}

export function busyDayText(weekday: number, avgBookings: number, lang: Lang) {
  const p = { ...weekdayParams(weekday, lang), avgBookings: formatNumber(lang, avgBookings) };
  return {
    message: translate(lang, 'insights.weekdayPatterns.busyDay.message', p),
    recommendation: translate(lang, 'insights.weekdayPatterns.busyDay.recommendation', p),
  };
}

export function notEnoughDataText(lang: Lang): string {
  return translate(lang, 'insights.weekdayPatterns.notEnoughData');
}
