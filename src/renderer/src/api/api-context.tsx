// Hands the DispatchApi to the components. Whether it is Electron's preload or HTTP is decided once, in main.tsx.
import { createContext, useContext, type ReactNode } from 'react';
import type { DispatchApi } from '../../../shared/contract/dispatch-api';

const ApiContext = createContext<DispatchApi | null>(null);

export function ApiProvider({ api, children }: { api: DispatchApi; children: ReactNode }): ReactNode {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): DispatchApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
