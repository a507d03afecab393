// Trips are paged by the app (trips:list-trips). The table says which rows are on screen and only the pages under
// them are fetched, by offset: a jump to row 10,000 (or to the last row of a year) asks for the page or two
// there, never for every page before it, and 100k bookings never cross the bridge at once.
import { useQueries } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { TripFilter, TripJson, TripSort } from '../../../shared/analytics-types';
import { unwrapResult } from '../../../shared/contract/dispatch-api';
import { useApi } from '../api/api-context';
import { queryKeys } from '../api/query-keys';
import { pagesCovering, throttleTrailing } from './trip-pages';

export type { TripSort };
export type SortDir = 'asc' | 'desc';

export const TRIPS_PAGE_SIZE = 200;
// While the scrollbar is dragged, the rows under it are asked for at most this often (and once where it stops):
// a drag across a year must not queue a request for every page it passes.
const RANGE_THROTTLE_MS = 100;

export interface TripsWindow {
  /** every matching trip; null until the first answer */
  total: number | null;
  /** the trip at a row, or undefined while its page is on its way */
  rowAt(index: number): TripJson | undefined;
  error: Error | null;
  refetch(): void;
  /** a page under the visible rows is on its way */
  loading: boolean;
  /** the rows on screen (first and last index, overscan included): their pages are fetched */
  showRows(first: number, last: number): void;
}

export function useTrips(filter: TripFilter | null, sort: TripSort, dir: SortDir): TripsWindow {
  const api = useApi();
  const key = JSON.stringify([filter, sort, dir]);
  const [shown, setShown] = useState({ key, first: 0, last: 0 });
  // A new filter or order starts at the top.
  const range = shown.key === key ? shown : { key, first: 0, last: 0 };
  const [throttledShow] = useState(() =>
    throttleTrailing(
      (k: string, first: number, last: number) =>
        setShown((s) => (s.key === k && s.first === first && s.last === last ? s : { key: k, first, last })),
      RANGE_THROTTLE_MS,
    ),
  );
  const showRows = useCallback(
    (first: number, last: number) => throttledShow(key, first, last),
    [throttledShow, key],
  );

  // Page 0 stays observed wherever the table is scrolled: it holds the total, which keeps the table's height
  // while a far page loads (an unobserved page would be dropped from the cache after a while).
  const visible = pagesCovering(range.first, range.last, TRIPS_PAGE_SIZE);
  const pages = visible[0] === 0 ? visible : [0, ...visible];
  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: queryKeys.tripsPage(filter ?? { from: '', to: '' }, sort, dir, page),
      enabled: filter !== null,
      queryFn: async () =>
        unwrapResult(
          await api.listTrips({
            filter: filter!,
            sort,
            dir,
            offset: page * TRIPS_PAGE_SIZE,
            limit: TRIPS_PAGE_SIZE,
          }),
        ),
    })),
  });

  const rowAt = (index: number): TripJson | undefined => {
    const page = Math.floor(index / TRIPS_PAGE_SIZE);
    const at = pages.indexOf(page);
    return at < 0 ? undefined : results[at]?.data?.rows[index - page * TRIPS_PAGE_SIZE];
  };
  const failed = results.find((r) => r.error);
  return {
    total: results.find((r) => r.data)?.data?.total ?? null,
    rowAt,
    error: failed?.error ?? null,
    refetch: () => void failed?.refetch(),
    loading: results.some((r) => r.isFetching),
    showRows,
  };
}
