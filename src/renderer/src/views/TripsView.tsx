// The bookings behind a day, an insight, a heat-map cell or a driver: filterable, sortable, paged by the app.
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingOutcome, TripFilter } from '../../../shared/analytics-types';
import { errorText } from '../api/error-text';
import { DateInput } from '../components/DateInput';
import { ExportControl } from '../components/ExportControl';
import { RowsSkeleton } from '../components/Skeleton';
import { TripSearchField } from '../components/TripSearchField';
import { TripsTable } from '../components/TripsTable';
import { formatInteger, weekdayName } from '../../../shared/format';
import { useDriverStats } from '../hooks/use-data';
import { useTrips, type SortDir, type TripSort } from '../hooks/use-trips';
import { useAppEnv } from '../state/app-context';
import { useNavigation, type TripsTarget } from '../state/navigation';
import { isValidRange } from '../state/period';

const OUTCOMES: (BookingOutcome | 'served')[] = ['on_time', 'delayed', 'served', 'cancelled', 'unserved'];

export function TripsView({ initial }: { initial: TripsTarget }): ReactNode {
  const { t } = useTranslation();
  const { lang } = useAppEnv();
  const { go } = useNavigation();
  const [filter, setFilter] = useState<TripFilter>(initial.filter);
  const [sort, setSort] = useState<TripSort>('scheduled');
  const [dir, setDir] = useState<SortDir>('asc');
  const trips = useTrips(filter, sort, dir);
  const drivers = useDriverStats(
    isValidRange(filter.from, filter.to) ? { from: filter.from, to: filter.to } : null,
  );

  const total = trips.total;

  const update = (patch: Partial<TripFilter>): void => {
    const next = { ...filter, ...patch };
    for (const k of Object.keys(next) as (keyof TripFilter)[]) if (next[k] === undefined) delete next[k];
    if (isValidRange(next.from, next.to)) setFilter(next);
  };
  // Stable, so the search box's pause timer is not restarted by every render.
  const onSearch = useCallback((search: string | undefined): void => {
    setFilter((f) => {
      const { search: _old, ...rest } = f;
      return search === undefined ? rest : { ...rest, search };
    });
  }, []);
  const onSort = (s: TripSort): void => {
    if (s === sort) setDir(dir === 'asc' ? 'desc' : 'asc');
    else {
      setSort(s);
      setDir(s === 'delay' || s === 'distance' ? 'desc' : 'asc');
    }
  };

  return (
    <div data-testid="view-trips">
      <div className="view-head">
        <div>
          <h2>{t('trips.title')}</h2>
          {initial.label && (
            <p className="muted" style={{ margin: '4px 0 0' }} data-testid="trips-origin">
              {initial.label}
            </p>
          )}
        </div>
        <span data-testid="trips-count" aria-live="polite">
          {total !== null ? t('trips.count', { n: formatInteger(lang, total) }) : ''}
        </span>
        <ExportControl filter={filter} sort={sort} dir={dir} parts={['trips', 'all']} />
        <button type="button" onClick={() => go('dashboard')}>
          {t('trips.back')}
        </button>
      </div>
      <form className="filters" aria-label={t('trips.filters')} onSubmit={(e) => e.preventDefault()}>
        <TripSearchField value={filter.search} onChange={onSearch} />
        <label>
          {t('trips.from')}
          <DateInput value={filter.from} onChange={(d) => d && update({ from: d })} testId="trips-from" />
        </label>
        <label>
          {t('trips.to')}
          <DateInput value={filter.to} onChange={(d) => d && update({ to: d })} testId="trips-to" />
        </label>
        <label>
          {t('trips.outcome')}
          <select
            value={filter.outcome ?? ''}
            onChange={(e) => update({ outcome: (e.target.value || undefined) as TripFilter['outcome'] })}
            data-testid="trips-outcome"
          >
            <option value="">{t('trips.allOutcomes')}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`trips.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('trips.driver')}
          <select
            value={filter.driverId ?? ''}
            onChange={(e) => update({ driverId: e.target.value ? Number(e.target.value) : undefined })}
            data-testid="trips-driver"
          >
            <option value="">{t('trips.allDrivers')}</option>
            {(drivers.data ?? []).map((d) => (
              <option key={d.driver_id} value={d.driver_id}>
                {d.driver_name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('trips.minDelay')}
          <input
            type="number"
            min={0}
            style={{ width: 90 }}
            value={filter.minDelayMinutes ?? ''}
            onChange={(e) =>
              update({
                minDelayMinutes: e.target.value === '' ? undefined : Math.max(0, Number(e.target.value)),
              })
            }
            data-testid="trips-min-delay"
          />
        </label>
        <div className="chips">
          {filter.weekday !== undefined && (
            <span className="chip">
              {t('trips.weekdayFilter', { weekday: weekdayName(lang, filter.weekday + 1) })}
            </span>
          )}
          {filter.hour !== undefined && (
            <span className="chip">{t('trips.hourFilter', { hour: filter.hour })}</span>
          )}
          {filter.dates && (
            <span className="chip">{t('trips.datesFilter', { count: filter.dates.length })}</span>
          )}
        </div>
        <button
          type="button"
          onClick={() => setFilter({ from: filter.from, to: filter.to })}
          data-testid="trips-clear"
        >
          {t('trips.clear')}
        </button>
      </form>
      {trips.error ? (
        <div className="notice error" role="alert">
          {errorText(t, trips.error)}{' '}
          <button type="button" onClick={() => void trips.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      ) : total === null ? (
        <RowsSkeleton />
      ) : (
        <TripsTable trips={trips} total={total} sort={sort} dir={dir} onSort={onSort} />
      )}
    </div>
  );
}
