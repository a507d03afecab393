// Per driver over the dashboard's period; a click opens that driver's trips.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/error-text';
import { PeriodViewHead } from '../components/PeriodViewHead';
import { RowsSkeleton } from '../components/Skeleton';
import { SortableHeader } from '../components/SortableHeader';
import { formatInteger, formatKm, formatMinutes, formatPercent } from '../../../shared/format';
import { useDriverStats } from '../hooks/use-data';
import { useLastGood } from '../hooks/use-last-good';
import { useAppEnv } from '../state/app-context';
import {
  DEFAULT_DRIVER_SORT,
  nextDriverSort,
  sortDriverStats,
  type DriverSortKey,
} from '../state/driver-sort';
import { useNavigation } from '../state/navigation';
import type { Period } from '../state/period';

interface Props {
  period: Period;
  onPeriodChange: (p: Period) => void;
  range: { from: string; to: string } | null;
}

export function DriversView({ period, onPeriodChange, range }: Props): ReactNode {
  const { t } = useTranslation();
  const { lang } = useAppEnv();
  const { openTrips } = useNavigation();
  const stats = useDriverStats(range);
  // A failed switch keeps the rows already on screen, under the error.
  const data = useLastGood(stats.data);
  const [sort, setSort] = useState(DEFAULT_DRIVER_SORT);
  const rows = sortDriverStats(data ?? [], sort);
  const header = (key: DriverSortKey, label: string, numeric = true): ReactNode => (
    <SortableHeader
      column={key}
      label={label}
      sort={sort}
      onSort={(k) => setSort(nextDriverSort(sort, k))}
      title={t('drivers.sortBy', { col: label })}
      testId={`drivers-sort-${key}`}
      numeric={numeric}
    />
  );
  const open = (driverId: number, name: string): void => {
    if (range) openTrips({ filter: { ...range, driverId }, label: name });
  };

  return (
    <div data-testid="view-drivers">
      <PeriodViewHead
        title={t('drivers.title')}
        subtitle={t('drivers.subtitle')}
        period={period}
        onPeriodChange={onPeriodChange}
        range={range}
        parts={['drivers', 'all']}
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
        <p className="card muted">{t('drivers.empty')}</p>
      ) : (
        <div className="card" style={{ padding: 0 }}>
          <table className="data drivers" data-testid="drivers-table">
            <caption className="visually-hidden">{t('drivers.title')}</caption>
            <thead>
              <tr>
                {header('driver_name', t('drivers.name'), false)}
                {header('bookings', t('drivers.bookings'))}
                {header('on_time_rate', t('drivers.onTimeRate'))}
                {header('avg_delay', t('drivers.avgDelay'))}
                {header('cancelled', t('drivers.cancelled'))}
                {header('avg_service_minutes', t('drivers.serviceTime'))}
                <th scope="col" className="num">
                  {t('drivers.distance')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr
                  key={d.driver_id}
                  onClick={() => open(d.driver_id, d.driver_name)}
                  data-testid="driver-row"
                >
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-label={t('drivers.open', { name: d.driver_name })}
                      onClick={(e) => {
                        e.stopPropagation();
                        open(d.driver_id, d.driver_name);
                      }}
                    >
                      {d.driver_name}
                    </button>
                  </td>
                  <td className="num">{formatInteger(lang, d.bookings)}</td>
                  <td className="num">{formatPercent(lang, d.on_time_rate)}</td>
                  <td className="num">{formatMinutes(lang, d.avg_delay)}</td>
                  <td className="num" data-col="cancelled">
                    {formatInteger(lang, d.cancelled)}
                  </td>
                  <td className="num" data-col="service">
                    {d.avg_service_minutes === null
                      ? t('common.none')
                      : formatMinutes(lang, d.avg_service_minutes)}
                  </td>
                  <td className="num">{formatKm(lang, d.total_distance_km)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
