// What every component needs to render: the language and the theme in force, and the company's time zone.
import { createContext, useContext } from 'react';
import type { Lang } from '../../../shared/analytics-types';
import type { ResolvedTheme } from './theme';

export interface AppEnv {
  lang: Lang;
  theme: ResolvedTheme;
  timeZone: string;
}

export const AppEnvContext = createContext<AppEnv>({ lang: 'fr', theme: 'light', timeZone: 'Europe/Zurich' });

export function useAppEnv(): AppEnv {
  return useContext(AppEnvContext);
}
