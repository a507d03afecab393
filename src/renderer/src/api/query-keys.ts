// react-query keys. Everything the app computes lives under 'data' so one invalidation refreshes it after a sync
// or a settings change (a new threshold or language changes every figure and text).
import type { TripFilter } from '../../../shared/analytics-types';

export const queryKeys = {
  all: ['data'] as const,
  appInfo: ['data', 'app-info'] as const,
  settings: ['settings'] as const,
  syncStatus: ['sync-status'] as const,
  dashboard: (period: string) => ['data', 'dashboard', period] as const,
  insights: (from: string, to: string) => ['data', 'insights', from, to] as const,
  /** today so far (the live view): under 'data', so each sync's invalidation refreshes it */
  today: ['data', 'today'] as const,
  /** the next days' bookings forecast (the dashboard's band): under 'data', a sync teaches it a new day */
  forecast: (days: number) => ['data', 'forecast', days] as const,
  heatmap: (from: string, to: string) => ['data', 'heatmap', from, to] as const,
  drivers: (from: string, to: string) => ['data', 'drivers', from, to] as const,
  facilities: (from: string, to: string) => ['data', 'facilities', from, to] as const,
  /** one page of the Trips table (page × TRIPS_PAGE_SIZE is its offset) */
  tripsPage: (filter: TripFilter, sort: string, dir: string, page: number) =>
    ['data', 'trips', filter, sort, dir, page] as const,
};
