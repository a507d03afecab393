// Virtualised trips table: only the visible rows exist in the DOM; the scroll height covers every matching trip,
// and the rows under the viewport are asked for by their offset wherever the user scrolls or jumps (use-trips.ts).
// Sorting is done by the app.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripJson } from '../../../shared/analytics-types';
import { formatKm, formatMinutes, formatNaiveLocal, formatTime } from '../../../shared/format';
import type { SortDir, TripSort, TripsWindow } from '../hooks/use-trips';
import { useAppEnv } from '../state/app-context';

const ROW_HEIGHT = 34;

interface Column {
  key: 'scheduled' | 'boarded' | 'delay' | 'status' | 'driver' | 'distance' | 'customer' | 'facility';
  sort?: TripSort;
  numeric?: boolean;
}
const COLUMNS: Column[] = [
  { key: 'scheduled', sort: 'scheduled' },
  { key: 'boarded' },
  { key: 'delay', sort: 'delay', numeric: true },
  { key: 'status', sort: 'status' },
  { key: 'driver', sort: 'driver' },
  { key: 'distance', sort: 'distance', numeric: true },
  { key: 'customer' },
  { key: 'facility' },
];

interface Props {
  trips: TripsWindow;
  total: number;
  sort: TripSort;
  dir: SortDir;
  onSort: (sort: TripSort) => void;
}

export function TripsTable({ trips, total, sort, dir, onSort }: Props): ReactNode {
  const { t } = useTranslation();
  const { lang, timeZone } = useAppEnv();
  const scrollRef = useRef<HTMLDivElement>(null);
  // Count every matching trip so the scrollbar is honest; rows not loaded yet render as placeholders.
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is meant to be used this way
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.length > 0 ? items[items.length - 1]!.index : 0;
  const { showRows } = trips;

  useEffect(() => showRows(firstIndex, lastIndex), [showRows, firstIndex, lastIndex]);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [sort, dir]);

  const cell = (trip: TripJson, key: Column['key']): ReactNode => {
    switch (key) {
      case 'scheduled':
        return trip.scheduled_local ? formatNaiveLocal(lang, trip.scheduled_local) : t('common.none');
      case 'boarded':
        return trip.boarded_at ? formatTime(lang, Date.parse(trip.boarded_at), timeZone) : t('common.none');
      case 'delay':
        return trip.delay_minutes === null ? t('common.none') : formatMinutes(lang, trip.delay_minutes, 0);
      case 'status':
        return (
          <span className={`pill ${trip.outcome}`} title={t(`trips.statuses.${trip.status}`)}>
            {t(`trips.outcomes.${trip.outcome}`)}
          </span>
        );
      case 'driver':
        return trip.driver_name ?? t('common.none');
      case 'distance':
        return trip.distance_km === null ? t('common.none') : formatKm(lang, trip.distance_km);
      case 'customer':
        return trip.customer_name ?? t('common.none');
      case 'facility':
        return trip.medical_facility ?? t('common.none');
    }
  };

  return (
    <div
      className="vtable"
      role="table"
      aria-label={t('trips.title')}
      aria-rowcount={total + 1}
      data-testid="trips-table"
    >
      <div className="row head" role="row" aria-rowindex={1}>
        {COLUMNS.map((c) => {
          const label = t(`trips.cols.${c.key}`);
          const active = c.sort === sort;
          return (
            <div
              key={c.key}
              role="columnheader"
              className={c.numeric ? 'num' : undefined}
              aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : c.sort ? 'none' : undefined}
            >
              {c.sort ? (
                <button
                  type="button"
                  onClick={() => onSort(c.sort!)}
                  title={t('trips.sortBy', { col: label })}
                  data-testid={`sort-${c.key}`}
                >
                  {label} {active ? (dir === 'asc' ? '▲' : '▼') : ''}
                </button>
              ) : (
                label
              )}
            </div>
          );
        })}
      </div>
      <div className="body" ref={scrollRef} tabIndex={0} role="rowgroup" data-testid="trips-scroll">
        {total === 0 ? (
          <p className="muted" style={{ padding: 16 }}>
            {t('trips.empty')}
          </p>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((v) => {
              const trip = trips.rowAt(v.index);
              return (
                <div
                  key={v.key}
                  className="row"
                  role="row"
                  aria-rowindex={v.index + 2}
                  data-testid={trip ? 'trip-row' : 'trip-row-loading'}
                  data-trip-id={trip?.id}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: ROW_HEIGHT,
                    transform: `translateY(${v.start}px)`,
                  }}
                >
                  {COLUMNS.map((c) => (
                    <div key={c.key} role="cell" className={c.numeric ? 'num' : undefined} data-col={c.key}>
                      {trip ? (
                        cell(trip, c.key)
                      ) : (
                        <span className="skeleton" style={{ display: 'block', height: 14 }} />
                      )}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        )}
      </div>
      {trips.loading && (
        <p className="muted visually-hidden" aria-live="polite">
          {t('trips.loadingMore')}
        </p>
      )}
    </div>
  );
}
