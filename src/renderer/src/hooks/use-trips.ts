// Trips are paged by the app (trips:list-trips); the table asks for the next page when the user scrolls near the
// end of what is loaded, so 100k bookings never cross the bridge at once.
import { useInfiniteQuery } from '@tanstack/react-query';
import type { TripFilter, TripSort } from '../../../shared/analytics-types';
import { unwrapResult } from '../../../shared/contract/dispatch-api';
import { useApi } from '../api/api-context';
import { queryKeys } from '../api/query-keys';

export type { TripSort };
export type SortDir = 'asc' | 'desc';

export const TRIPS_PAGE_SIZE = 200;

export function useTrips(filter: TripFilter | null, sort: TripSort, dir: SortDir) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: queryKeys.trips(filter ?? { from: '', to: '' }, sort, dir),
    enabled: filter !== null,
    initialPageParam: 0,
    queryFn: async ({ pageParam }) =>
      unwrapResult(
        await api.listTrips({ filter: filter!, sort, dir, offset: pageParam, limit: TRIPS_PAGE_SIZE }),
      ),
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.rows.length, 0);
      return loaded < last.total && last.rows.length > 0 ? loaded : undefined;
    },
  });
}
