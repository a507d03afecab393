// The views behind the other tabs, as separate chunks: the first bundle holds what the dashboard's first screen
// needs, and these load in the background once it is painted (prefetchViews), so a tab opens without waiting.
import { lazy } from 'react';

const loaders = {
  trips: () => import('./TripsView'),
  drivers: () => import('./DriversView'),
  facilities: () => import('./FacilitiesView'),
  reports: () => import('./ReportsView'),
  settings: () => import('./SettingsView'),
  today: () => import('./TodayView'),
};

export const LazyTripsView = lazy(() => loaders.trips().then((m) => ({ default: m.TripsView })));
export const LazyDriversView = lazy(() => loaders.drivers().then((m) => ({ default: m.DriversView })));
export const LazyFacilitiesView = lazy(() =>
  loaders.facilities().then((m) => ({ default: m.FacilitiesView })),
);
export const LazyReportsView = lazy(() => loaders.reports().then((m) => ({ default: m.ReportsView })));
export const LazySettingsView = lazy(() => loaders.settings().then((m) => ({ default: m.SettingsView })));
export const LazyTodayView = lazy(() => loaders.today().then((m) => ({ default: m.TodayView })));

/** Loads every view's chunk when the page is idle (import() caches: the lazy components then resolve at once). */
export function prefetchViews(): void {
  const load = () => {
    for (const loader of Object.values(loaders)) void loader();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}
