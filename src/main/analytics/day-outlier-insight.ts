// An unusual day (docs/analytics.md#day-outliers) as an insight: it names the day, its figure, the baseline and
// what explains it, links to the day's late trips, and carries `severity` and `day` for the report's marks.
import type { InsightCategory, InsightJson, Lang, TripFilter } from '../../shared/analytics-types';
import { capitalise, formatDayMonth, weekdayName } from '../../shared/format';
import { translate } from '../../shared/i18n';
import { weekdayOf } from '../../shared/time';
import type { OutlierMetric, OutlierSeverity } from './day-outliers';
import { type OutlierDayFacts, outlierDayText } from './day-outlier-text';

const CATEGORY: Record<OutlierMetric, InsightCategory> = {
  on_time_rate: 'punctuality',
  avg_delay: 'delays',
  bookings: 'volume',
};

export function outlierInsight(
  lang: Lang,
  o: OutlierDayFacts & { severity: OutlierSeverity; trips: TripFilter },
): InsightJson {
  const worst = o.metrics[0]!;
  const day = `${capitalise(lang, weekdayName(lang, weekdayOf(o.day) + 1))} ${formatDayMonth(lang, o.day)}`;
  const recommendation = translate(lang, 'insights.baseline.unusual_day.recommendation');
  return {
    rule: 'unusual_day',
    type: o.severity === 'info' ? 'info' : 'warning',
    category: CATEGORY[worst.metric],
    priority: o.severity === 'critical' ? 'critical' : o.severity === 'warning' ? 'high' : 'low',
    title: translate(lang, 'insights.baseline.unusual_day.title', { day }),
    message: outlierDayText(lang, o),
    recommendation,
    action: recommendation,
    trips: o.trips,
    severity: o.severity,
    day: o.day,
    metric: worst.metric,
    value: worst.value,
    baseline: worst.baseline,
    size: Math.abs(worst.score),
  };
}
