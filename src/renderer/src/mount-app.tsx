// Mounts the app once its code has loaded (main.tsx started the first dashboard call before that): react-query
// takes over the call already on its way, so the KPI cards render with their figures as soon as both are there.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { unwrapResult, type DispatchApi } from '../../shared/contract/dispatch-api';
import { ApiProvider } from './api/api-context';
import { App } from './App';
import { dashboardInput, sameDashboardInput, type FirstDashboard } from './boot/first-dashboard';
import { dashboardQuery } from './hooks/use-data';
import { setupI18n } from './i18n/setup-i18n';
import { NavigationProvider } from './state/navigation';
import { periodFromUrl } from './state/period';

export function mountApp(api: DispatchApi, first: FirstDashboard): void {
  setupI18n('fr');
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: 1, staleTime: 30_000, refetchOnWindowFocus: false } },
  });
  // The answer main.tsx asked for fills the cache under the dashboard's own key (when the app reads the URL's
  // period as the entry did); a later refetch (after a sync, a settings change) goes through the hook as usual.
  // Most often it has arrived while React was downloading: then the first render already shows the cards, before
  // anything else (the other views' code, the export control) is fetched and parsed.
  const period = periodFromUrl(window.location.search);
  if (sameDashboardInput(first.input, dashboardInput(period))) {
    const query = dashboardQuery(api, period);
    const arrived = first.arrived();
    if (arrived?.ok) queryClient.setQueryData(query.queryKey, arrived.data);
    else
      void queryClient.prefetchQuery({
        ...query,
        queryFn: async () => unwrapResult(await first.answer),
        retry: false,
      });
  }
  performance.mark('app:mount');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ApiProvider api={api}>
        <QueryClientProvider client={queryClient}>
          <NavigationProvider>
            <App />
          </NavigationProvider>
        </QueryClientProvider>
      </ApiProvider>
    </StrictMode>,
  );
}
