// The day-to-day trends of a day (docs/analytics.md#daily-stats): exported per day after the day's KPIs.
import type { TrendPointJson } from '../analytics-types';
import type { Figure } from './figure';

export const TREND_FIGURES: readonly Figure<TrendPointJson>[] = [
  {
    key: 'bookings_trend',
    label: 'bookings_trend',
    read: (p) => p.bookings_trend,
    unit: 'percent',
    decimals: 1,
    change: 'points',
    higherIsBetter: true,
    doc: 'daily-stats',
  },
  {
    key: 'delay_trend',
    label: 'delay_trend',
    read: (p) => p.delay_trend,
    unit: 'percent',
    decimals: 1,
    change: 'points',
    higherIsBetter: false,
    doc: 'daily-stats',
  },
];
