// The sync status, kept live: the app pushes progress and completion events; on completion every computed figure
// is refetched (new days, new aggregates).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SyncStatus } from '../../../shared/contract/sync-settings-schemas';
import { unwrapResult } from '../../../shared/contract/dispatch-api';
import { useApi } from '../api/api-context';
import { queryKeys } from '../api/query-keys';

export function useSyncStatus() {
  const api = useApi();
  const client = useQueryClient();
  const status = useQuery({
    queryKey: queryKeys.syncStatus,
    queryFn: async () => unwrapResult(await api.getSyncStatus()),
    refetchInterval: (q) => (q.state.data?.running ? 5_000 : 60_000),
  });

  useEffect(() => {
    const offProgress = api.on('sync:progress', (progress) => {
      client.setQueryData<SyncStatus>(queryKeys.syncStatus, (prev) =>
        prev ? { ...prev, running: true, progress } : prev,
      );
    });
    const offFinished = api.on('sync:finished', () => {
      void client.invalidateQueries({ queryKey: queryKeys.syncStatus });
      void client.invalidateQueries({ queryKey: queryKeys.all });
    });
    return () => {
      offProgress();
      offFinished();
    };
  }, [api, client]);

  const start = useMutation({
    mutationFn: async () => unwrapResult(await api.startSync()),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.syncStatus }),
  });
  return { status, start };
}
