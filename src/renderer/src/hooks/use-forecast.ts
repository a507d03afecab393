// The dashboard's bookings forecast (analytics:get-forecast). Asked only once `enabled` (the KPI cards painted):
// the first paint waits for the dashboard's one answer, never for this one.
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ForecastJson } from '../../../shared/contract/forecast-schemas';
import { unwrapResult } from '../../../shared/contract/dispatch-api';
import { useApi } from '../api/api-context';
import { queryKeys } from '../api/query-keys';

/** The dashboard shows the week ahead. */
export const DASHBOARD_FORECAST_DAYS = 7;

export function useForecast(enabled: boolean): UseQueryResult<ForecastJson> {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.forecast(DASHBOARD_FORECAST_DAYS),
    queryFn: async () => unwrapResult(await api.getForecast({ days: DASHBOARD_FORECAST_DAYS })),
    enabled,
    placeholderData: (prev) => prev,
  });
}
