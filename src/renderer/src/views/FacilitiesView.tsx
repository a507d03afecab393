// Per medical facility over the app's period (docs/analytics.md#facilities): bookings, on time, delay,
// cancellations and the on-time trend against the previous period; a click opens that facility's trips.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacilityStatsJson } from '../../../shared/analytics-types';
import { figureChange, formatFigure, KPI_FIGURES } from '../../../shared/figures';
import { formatInteger } from '../../../shared/format';
import { errorText } from '../api/error-text';
import { PeriodViewHead } from '../components/PeriodViewHead';
import { RowsSkeleton } from '../components/Skeleton';
import { SortableHeader } from '../components/SortableHeader';
import { useFacilityStats } from '../hooks/use-data';
import { useLastGood } from '../hooks/use-last-good';
import { useAppEnv } from '../state/app-context';
import {
  DEFAULT_FACILITY_SORT,
  nextFacilitySort,
  sortFacilityStats,
  type FacilitySortKey,
} from '../state/facility-sort';
import { useNavigation } from '../state/navigation';
import type { Period } from '../state/period';
import { FacilityTrend } from './facilities/FacilityTrend';

interface Props {
  period: Period;
  onPeriodChange: (p: Period) => void;
  range: { from: string; to: string } | null;
}

const ON_TIME = KPI_FIGURES.find((f) => f.key === 'on_time_rate')!;
const DELAY = KPI_FIGURES.find((f) => f.key === 'avg_delay_minutes')!;

export function FacilitiesView({ period, onPeriodChange, range }: Props): ReactNode {
  const { t } = useTranslation();
  const { lang } = useAppEnv();
  const { openTrips } = useNavigation();
  const stats = useFacilityStats(range);
  // A failed switch keeps the rows already on screen, under the error.
  const data = useLastGood(stats.data);
  const [sort, setSort] = useState(DEFAULT_FACILITY_SORT);
  const rows = sortFacilityStats(data?.facilities ?? [], sort);
  const header = (key: FacilitySortKey, label: string, numeric = true): ReactNode => (
    <SortableHeader
      column={key}
      label={label}
      sort={sort}
      onSort={(k) => setSort(nextFacilitySort(sort, k))}
      title={t('facilities.sortBy', { col: label })}
      testId={`facilities-sort-${key}`}
      numeric={numeric}
    />
  );
  const open = (name: string): void => {
    if (range) openTrips({ filter: { ...range, facility: name }, label: name });
  };
  const nameCell = (f: FacilityStatsJson): ReactNode => {
    if (f.kind === 'others') return t('facilities.others', { n: formatInteger(lang, f.facilities) });
    if (f.kind === 'none' || f.facility === null) return t('facilities.noFacility');
    const name = f.facility;
    return (
      <button
        type="button"
        className="link"
        aria-label={t('facilities.open', { name })}
        onClick={(e) => {
          e.stopPropagation();
          open(name);
        }}
      >
        {name}
      </button>
    );
  };

  return (
    <div data-testid="view-facilities">
      <PeriodViewHead
        title={t('facilities.title')}
        subtitle={t('facilities.subtitle')}
        period={period}
        onPeriodChange={onPeriodChange}
        range={range}
        parts={['facilities', 'all']}
      />
      {stats.error && (
        <div className="notice error" role="alert">
          {errorText(t, stats.error)}
        </div>
      )}
      {!data ? (
        stats.error ? null : (
          <RowsSkeleton />
        )
      ) : rows.length === 0 ? (
        <p className="card muted">{t('facilities.empty')}</p>
      ) : (
        <div className="card" style={{ padding: 0 }}>
          <table className="data drivers" data-testid="facilities-table">
            <caption className="visually-hidden">{t('facilities.title')}</caption>
            <thead>
              <tr>
                {header('facility', t('facilities.name'), false)}
                {header('bookings', t('facilities.bookings'))}
                {header('on_time_rate', t('facilities.onTimeRate'))}
                {header('avg_delay', t('facilities.avgDelay'))}
                {header('cancelled', t('facilities.cancelled'))}
                {header('trend', t('facilities.trend'))}
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => (
                <tr
                  key={`${f.kind}:${f.facility ?? ''}`}
                  onClick={f.kind === 'facility' && f.facility ? () => open(f.facility!) : undefined}
                  data-testid={f.kind === 'facility' ? 'facility-row' : `facility-row-${f.kind}`}
                  data-facility={f.facility ?? undefined}
                >
                  <td>{nameCell(f)}</td>
                  <td className="num" data-col="bookings">
                    {formatInteger(lang, f.bookings)}
                  </td>
                  <td className="num" data-col="on_time_rate">
                    {formatFigure(lang, ON_TIME, f.on_time_rate)}
                  </td>
                  <td className="num" data-col="avg_delay">
                    {formatFigure(lang, DELAY, f.avg_delay)}
                  </td>
                  <td className="num" data-col="cancelled">
                    {formatInteger(lang, f.cancelled)}
                  </td>
                  <td className="num" data-col="trend">
                    <FacilityTrend
                      change={
                        f.previous_on_time_rate === null
                          ? null
                          : figureChange(lang, ON_TIME, f.on_time_rate, f.previous_on_time_rate)
                      }
                      ranked={f.kind === 'facility'}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
