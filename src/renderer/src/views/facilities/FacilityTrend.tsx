// A facility's on-time trend: an arrow for the direction and the signed change in points, coloured for what it
// means (better or worse, the figure's rule in the figures catalogue), and said in words to a screen reader.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureChange } from '../../../../shared/figures';

interface Props {
  /** null: fewer than 10 bookings in the previous period, nothing to compare with */
  change: FigureChange | null;
  /** false for the grouped rows, which have no trend of their own */
  ranked: boolean;
}

export function FacilityTrend({ change, ranked }: Props): ReactNode {
  const { t } = useTranslation();
  if (!ranked) return null;
  if (!change) {
    return (
      <span className="trend flat" title={t('facilities.trendNone')} data-trend="none">
        —
      </span>
    );
  }
  const arrow = change.tone === 'flat' ? '→' : change.text.startsWith('+') ? '▲' : '▼';
  const words =
    change.tone === 'good'
      ? t('facilities.trendBetter', { change: change.text })
      : change.tone === 'bad'
        ? t('facilities.trendWorse', { change: change.text })
        : t('facilities.trendFlat');
  return (
    <span className={`trend ${change.tone}`} data-trend={change.tone} title={words}>
      <span aria-hidden="true">{arrow} </span>
      <span aria-hidden="true">{change.text}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
