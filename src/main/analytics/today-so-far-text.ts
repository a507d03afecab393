// The day in progress in one line, « Aujourd'hui jusqu'à 07:10 : 42 courses, 3 en retard », and the data stamp
// « Données jusqu'au 07.12 07:10 » (docs/analytics.md#today-so-far). Counts are whole numbers.
import type { Lang, TodaySoFarJson } from '../../shared/analytics-types';
import { formatDayMonth, formatInteger } from '../../shared/format';
import { translate } from '../../shared/i18n';

const count = (lang: Lang, key: 'due' | 'late', n: number): string =>
  translate(lang, n === 1 ? `insights.today.${key}.one` : `insights.today.${key}.other`, {
    n: formatInteger(lang, n),
  });

export function todaySoFarText(lang: Lang, t: TodaySoFarJson | null | undefined): string {
  if (!t) return translate(lang, 'insights.today.none');
  return translate(lang, 'insights.today.line', {
    time: t.as_of_local,
    due: count(lang, 'due', t.due),
    late: count(lang, 'late', t.late),
  });
}

/** "Données jusqu'au 07.12 07:10": the instant today's figures stand at. */
export function dataStampText(lang: Lang, t: TodaySoFarJson): string {
  return translate(lang, 'insights.today.dataThrough', {
    date: formatDayMonth(lang, t.date),
    time: t.as_of_local,
  });
}
