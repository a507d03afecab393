// The sentence of an unusual day, the reader's way: « Mardi 07.04 : 0,0 % à l'heure (habituel : 61,0 %),
// 49,5 min de retard moyen (habituel : 4,2 min) ; 70 % du retard entre 11 h et 16 h ; 3 chauffeurs concernés ».
// Every surface that shows an unusual day uses it (docs/analytics.md#day-outliers).
import type { Lang } from '../../shared/analytics-types';
import {
  capitalise,
  formatDayMonth,
  formatInteger,
  formatMinutes,
  formatPercent,
  weekdayName,
} from '../../shared/format';
import { translate } from '../../shared/i18n';
import { weekdayOf } from '../../shared/time';
import type { DayExplanation } from './day-explanation';
import type { DayOutlier, OutlierMetric } from './day-outliers';

export interface OutlierDayFacts extends DayExplanation {
  day: string;
  metrics: readonly Omit<DayOutlier, 'day'>[];
  cancelled: number;
}

function metricValue(lang: Lang, metric: OutlierMetric, v: number): string {
  if (metric === 'on_time_rate') return formatPercent(lang, v);
  if (metric === 'avg_delay') return formatMinutes(lang, v);
  return formatInteger(lang, Math.round(v));
}

export function outlierDayText(lang: Lang, o: OutlierDayFacts): string {
  const day = translate(lang, 'insights.outliers.day', {
    weekday: capitalise(lang, weekdayName(lang, weekdayOf(o.day) + 1)),
    date: formatDayMonth(lang, o.day),
  });
  const figures = o.metrics.map((m) =>
    translate(lang, `insights.outliers.metrics.${m.metric}`, {
      value: metricValue(lang, m.metric, m.value),
      baseline: metricValue(lang, m.metric, m.baseline),
    }),
  );
  const why: string[] = [];
  if (o.delay_hours) {
    why.push(
      translate(lang, 'insights.outliers.hours', {
        share: formatPercent(lang, o.delay_hours.share * 100, 0),
        from: String(o.delay_hours.from),
        toEnd: String(o.delay_hours.to + 1),
      }),
    );
  }
  if (o.late_drivers > 0) {
    why.push(
      translate(
        lang,
        o.late_drivers === 1 ? 'insights.outliers.drivers.one' : 'insights.outliers.drivers.other',
        {
          n: formatInteger(lang, o.late_drivers),
        },
      ),
    );
  }
  if (o.cancelled > 0) {
    why.push(
      translate(
        lang,
        o.cancelled === 1 ? 'insights.outliers.cancelled.one' : 'insights.outliers.cancelled.other',
        {
          n: formatInteger(lang, o.cancelled),
        },
      ),
    );
  }
  const details = [figures.join(', '), ...why].join(translate(lang, 'insights.outliers.separator'));
  return translate(lang, 'insights.outliers.sentence', { day, details });
}
