// Read hooks over the DispatchApi, one per call the views make. Each unwraps the result envelope so react-query
// sees failures as errors (retry, error state).
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type {
  DashboardJson,
  DelayHeatmapCellJson,
  DriverStatsJson,
  FacilitiesJson,
  InsightsJson,
} from '../../../shared/analytics-types';
import type { ApiResult } from '../../../shared/contract/channels';
import type { AppInfo, SettingsView } from '../../../shared/contract/sync-settings-schemas';
import { unwrapResult, type DispatchApi } from '../../../shared/contract/dispatch-api';
import { useApi } from '../api/api-context';
import { dashboardInput } from '../boot/first-dashboard';
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
    queryFn: async (): Promise<DashboardJson> => unwrapResult(await api.getDashboard(dashboardInput(period))),
  };
}

export function useDashboard(period: Period): UseQueryResult<DashboardJson> {
  const api = useApi();
  return useQuery({ ...dashboardQuery(api, period), placeholderData: (prev) => prev });
}

type DayRange = { from: string; to: string };

/**
 * A read over a day range; `range` null = not known yet (the dashboard is still loading): nothing is fetched. The
 * previous range's data stays on screen while the next one loads.
 */
function useRangeQuery<T>(
  key: 'insights' | 'heatmap' | 'drivers' | 'facilities',
  range: DayRange | null,
  fetch: (api: DispatchApi, range: DayRange) => Promise<ApiResult<T>>,
): UseQueryResult<T> {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys[key](range?.from ?? '', range?.to ?? ''),
    queryFn: async () => unwrapResult(await fetch(api, range!)),
    enabled: range !== null,
    placeholderData: (prev) => prev,
  });
}

/** The weekday analysis over the dashboard's period, so the weekday chart covers the same days as the cards. */
export function useInsights(range: DayRange | null): UseQueryResult<InsightsJson> {
  return useRangeQuery('insights', range, (api, r) => api.getInsights({ from: r.from, to: r.to }));
}

export function useDelayHeatmap(range: DayRange | null): UseQueryResult<DelayHeatmapCellJson[]> {
  return useRangeQuery('heatmap', range, (api, r) => api.getDelayHeatmap(r));
}

export function useDriverStats(range: DayRange | null): UseQueryResult<DriverStatsJson[]> {
  return useRangeQuery('drivers', range, (api, r) => api.listDriverStats(r));
}

export function useFacilityStats(range: DayRange | null): UseQueryResult<FacilitiesJson> {
  return useRangeQuery('facilities', range, (api, r) => api.getFacilities(r));
}
