// The weekly report's order (docs/analytics.md#insight-order): the week's worst day first when it was an outlier,
// then the systematic weekday pattern of the last 4 weeks, then everything else in the one order of
// orderInsights. Severity never rises down the list: only an unusual day can be critical, and the pattern is a
// warning that follows the worst of them.
import type {
  InsightJson,
  IsoDate,
  Lang,
  PatternJson,
  WeekdayAnalysisJson,
} from '../../shared/analytics-types';
import { orderInsights } from './insight-order';
import { highDelayDayTitle } from './insight-texts';

/** The rule id of the systematic weekday pattern as an insight. */
export const WEEKDAY_PATTERN_RULE = 'weekday_high_delay';

/**
 * The systematic-delay weekday pattern (docs/analytics.md#systematic) as an insight over the weeks it was found
 * in; its trips are that weekday's late ones. Null for the other patterns: "busiest weekday" is not a problem.
 */
export function weekdayPatternInsight(
  lang: Lang,
  pattern: PatternJson,
  weekdays: readonly WeekdayAnalysisJson[],
  window: { from: IsoDate; to: IsoDate },
): InsightJson | null {
  if (pattern.type !== 'high_delay_day') return null;
  const row = weekdays.find((w) => w.weekday === pattern.weekday);
  return {
    rule: WEEKDAY_PATTERN_RULE,
    type: 'warning',
    category: 'pattern',
    priority: 'high',
    title: highDelayDayTitle(pattern.weekday, lang),
    message: pattern.message,
    recommendation: pattern.recommendation,
    action: pattern.recommendation,
    trips: { from: window.from, to: window.to, weekday: pattern.weekday, outcome: 'delayed' },
    severity: 'warning',
    metric: 'avg_delay',
    ...(row ? { value: row.avg_delay } : {}),
  };
}

/** The worst unusual day (warning or critical) when it leads, then the patterns, then the rest in order. */
export function weeklyInsightOrder(
  insights: readonly InsightJson[],
  patterns: readonly InsightJson[],
): InsightJson[] {
  const ordered = orderInsights(insights);
  const first = ordered[0];
  const lead = first && first.rule === 'unusual_day' && first.severity !== 'info' ? [first] : [];
  return [...lead, ...patterns, ...ordered.slice(lead.length)];
}
