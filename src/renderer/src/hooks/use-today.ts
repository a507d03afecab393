// Today so far for the live view, and the syncs that keep it live while it is shown. The figures need no timer
// of their own: they sit under the 'data' key, which use-sync-status.ts invalidates when a sync finishes.
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { TodaySoFarJson } from '../../../shared/analytics-types';
import { unwrapResult } from '../../../shared/contract/dispatch-api';
import { useApi } from '../api/api-context';
import { queryKeys } from '../api/query-keys';
import { useSyncStatus } from './use-sync-status';

/** How often the wall screen syncs while it is shown: fresh enough to see a pickup turn late, light on the server. */
export const LIVE_SYNC_MS = 3 * 60_000;

export function useTodaySoFar(): UseQueryResult<TodaySoFarJson | null> {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.today,
    queryFn: async () => unwrapResult(await api.getToday()),
    placeholderData: (prev) => prev,
  });
}

/**
 * While the calling view is mounted: a sync at once when the last good one is older than LIVE_SYNC_MS (or there
 * is none), then one every LIVE_SYNC_MS. A sync already running is left alone (the app refuses a second one);
 * a failed one is tried again after LIVE_SYNC_MS, not at once (the last attempt counts, not only the last success).
 */
export function useLiveSync(): void {
  const { status, start } = useSyncStatus();
  const known = status.data !== undefined;
  const lastSuccessAt = status.data?.lastSuccessAt ?? null;
  const running = status.data?.running ?? false;
  const startSync = start.mutate;
  const lastAttempt = useRef(-Infinity);

  useEffect(() => {
    if (!known) return;
    const last = Math.max(
      lastAttempt.current,
      lastSuccessAt === null ? -Infinity : Date.parse(lastSuccessAt),
    );
    const wait = Math.max(0, LIVE_SYNC_MS - (Date.now() - last));
    if (wait === 0 && running) return;
    const timer = setTimeout(() => {
      lastAttempt.current = Date.now();
      startSync();
    }, wait);
    return () => clearTimeout(timer);
  }, [known, lastSuccessAt, running, startSync]);
}
