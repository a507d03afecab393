// Renderer entry: picks the transport (Electron preload or HTTP with the page's token), then mounts the app.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveDispatchApi } from '../../shared/http-api-client';
import { ApiProvider } from './api/api-context';
import { App } from './App';
import { registerCharts } from './charts/register-charts';
import { setupI18n } from './i18n/setup-i18n';
import { NavigationProvider } from './state/navigation';
import './styles.css';

registerCharts();
const i18n = setupI18n('fr');
const root = createRoot(document.getElementById('root')!);
const api = resolveDispatchApi(window as unknown as Parameters<typeof resolveDispatchApi>[0]);

if (!api) {
  root.render(
    <p style={{ padding: 24 }}>
      {i18n.t('errors.noToken')}
    </p>,
  );
} else {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: 1, staleTime: 30_000, refetchOnWindowFocus: false } },
  });
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
}
