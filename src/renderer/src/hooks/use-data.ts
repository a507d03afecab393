// Read hooks over the DispatchApi, one per call the views make. Each unwraps the result envelope so react-query
// sees failures as errors (retry, error state).
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type {
  DashboardJson,
  DelayHeatmapCellJson,
  DriverStatsJson,
  InsightsJson,
} from '../../../shared/analytics-types';
import type { AppInfo, SettingsView } from '../../../shared/contract/sync-settings-schemas';
import { unwrapResult, type DispatchApi } from '../../../shared/contract/dispatch-api';
import { useApi } from '../api/api-context';
import { queryKeys } from '../api/query-keys';
import { periodKey, type Period } from '../state/period';

export function useAppInfo(): UseQueryResult<AppInfo> {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: async () => unwrapResult(await api.getAppInfo()) });
}

export function useSettings(): UseQueryResult<SettingsView> {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.settings,
    queryFn: async () => unwrapResult(await api.getSettings()),
  });
}

/** Key and fetcher of a period's dashboard: shared by the hook and main.tsx's prefetch. */
export function dashboardQuery(api: DispatchApi, period: Period) {
  return {
    queryKey: queryKeys.dashboard(periodKey(period)),
    queryFn: async (): Promise<DashboardJson> =>
      unwrapResult(
        await api.getDashboard(
          'preset' in period ? { period: period.preset } : { from: period.from, to: period.to },
        ),
      ),
  };
}

export function useDashboard(period: Period): UseQueryResult<DashboardJson> {
  const api = useApi();
  return useQuery({ ...dashboardQuery(api, period), placeholderData: (prev) => prev });
}

/**
 * The weekday analysis over the dashboard's period (`range` null = not known yet, the dashboard is still loading:
 * nothing is fetched), so the weekday chart covers the same days as the cards, presets and custom ranges alike.
 */
export function useInsights(range: { from: string; to: string } | null): UseQueryResult<InsightsJson> {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.insights(range?.from ?? '', range?.to ?? ''),
    enabled: range !== null,
    queryFn: async () => unwrapResult(await api.getInsights({ from: range!.from, to: range!.to })),
    placeholderData: (prev) => prev,
  });
}

export function useDelayHeatmap(
  range: { from: string; to: string } | null,
): UseQueryResult<DelayHeatmapCellJson[]> {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.heatmap(range?.from ?? '', range?.to ?? ''),
    queryFn: async () => unwrapResult(await api.getDelayHeatmap(range!)),
    enabled: range !== null,
    placeholderData: (prev) => prev,
  });
}

export function useDriverStats(
  range: { from: string; to: string } | null,
): UseQueryResult<DriverStatsJson[]> {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.drivers(range?.from ?? '', range?.to ?? ''),
    queryFn: async () => unwrapResult(await api.listDriverStats(range!)),
    enabled: range !== null,
    placeholderData: (prev) => prev,
  });
}
