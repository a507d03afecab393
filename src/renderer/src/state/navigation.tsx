// Which view is open and, for the trips view, which bookings it shows. Plain state instead of a router: the app
// has four screens and no URLs to deep-link (the page URL carries the API token).
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { TripFilter } from '../../../shared/analytics-types';
import type { AppScreen } from '../../../shared/contract/navigation-schemas';
import { useApi } from '../api/api-context';

/** the contract's screens: the shell may ask for any of them ('app:navigate') */
export type ViewName = AppScreen;
export const VIEWS: ViewName[] = [
  'dashboard',
  'trips',
  'drivers',
  'facilities',
  'reports',
  'today',
  'settings',
];
/** id of the element the view tabs control (inside <main>) */
export const VIEW_PANEL_ID = 'view-panel';

export interface TripsTarget {
  filter: TripFilter;
  /** what the user clicked to get there (an insight title, a driver's name), shown above the table */
  label?: string;
}

interface Navigation {
  view: ViewName;
  trips: TripsTarget | null;
  go: (view: ViewName) => void;
  openTrips: (target: TripsTarget) => void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children }: { children: ReactNode }): ReactNode {
  const [view, setView] = useState<ViewName>('dashboard');
  const [trips, setTrips] = useState<TripsTarget | null>(null);
  const api = useApi();
  // A clicked desktop notification opens the screen it is about. Its payload's parser (zod) loads after the first
  // screen, not in the first bundle; an event sent before that waits for it (api/early-events.ts).
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    void import('./follow-navigate-events').then((m) => {
      if (live) stop = m.followNavigateEvents(api, setView);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [api]);
  const value = useMemo<Navigation>(
    () => ({
      view,
      trips,
      go: setView,
      openTrips: (target) => {
        setTrips(target);
        setView('trips');
      },
    }),
    [view, trips],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation outside NavigationProvider');
  return nav;
}
