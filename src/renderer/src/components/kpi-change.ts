// The change of a KPI against the previous period of the same length, and whether it is good news.
import type { Lang } from '../../../shared/analytics-types';
import { formatSigned, formatSignedPercent } from '../../../shared/format';

export type ChangeTone = 'good' | 'bad' | 'flat';

export interface KpiChange {
  text: string;
  tone: ChangeTone;
}

/**
 * `relative` compares in % of the previous value (volumes); otherwise the difference is shown in the KPI's own
 * unit (points of rate or score, minutes). `higherIsBetter` decides the colour.
 */
export function kpiChange(
  lang: Lang,
  current: number,
  previous: number,
  opts: { relative: boolean; higherIsBetter: boolean; unit: string },
): KpiChange {
  const diff = opts.relative
    ? previous === 0
      ? 0
      : ((current - previous) / previous) * 100
    : current - previous;
  const rounded = Math.round(diff * 10) / 10;
  const tone: ChangeTone = rounded === 0 ? 'flat' : rounded > 0 === opts.higherIsBetter ? 'good' : 'bad';
  const text =
    opts.unit === '%'
      ? formatSignedPercent(lang, rounded)
      : `${formatSigned(lang, rounded)}\u00a0${opts.unit}`;
  return { text, tone };
}
