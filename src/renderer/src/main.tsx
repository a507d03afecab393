// Renderer entry: picks the transport (Electron preload, or HTTP with the session cookie of `serve`), then mounts
// the app. Under `serve` this also takes the page's one-time ?code= / ?token= out of the address bar.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveDispatchApi } from '../../shared/http-api-client';
import { ApiProvider } from './api/api-context';
import { App } from './App';
import { loadCharts } from './charts/lazy-charts';
import { setupI18n } from './i18n/setup-i18n';
import { dashboardQuery } from './hooks/use-data';
import { NavigationProvider } from './state/navigation';
import { periodFromUrl } from './state/period';
import './styles.css';

setupI18n('fr');
const root = createRoot(document.getElementById('root')!);
const api = resolveDispatchApi(window as unknown as Parameters<typeof resolveDispatchApi>[0]);

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, staleTime: 30_000, refetchOnWindowFocus: false } },
});
// The figures are asked for before React's first render, not after it mounts: the two overlap.
void queryClient.prefetchQuery(dashboardQuery(api, periodFromUrl(window.location.search)));
root.render(
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
// Fetch the charts' chunk while the first API answers are on their way.
setTimeout(() => void loadCharts(), 0);
