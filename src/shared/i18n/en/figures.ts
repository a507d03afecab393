// English texts, domain "figures": typed against fr/figures.ts, so a missing or extra key fails the type-check.
// `column` keeps the reference server's CSV headers (Bookings, On-Time Rate (%), Avg Delay (min), Quality Score):
// scripts read them.
import type { Translation } from '../translation';
import type { figures as fr } from '../fr/figures';

export const figures: Translation<typeof fr> = {
  total_bookings: { name: 'Bookings', short: 'Bookings', column: 'Bookings' },
  on_time_rate: { name: 'On-time rate', short: 'On time', column: 'On-Time Rate (%)' },
  avg_delay: { name: 'Average delay', short: 'Avg delay', column: 'Avg Delay (min)' },
  quality_score: { name: 'Quality score', short: 'Score', column: 'Quality Score' },
  cancellation_rate: { name: 'Cancellation rate', short: 'Cancelled', column: 'Cancellation Rate (%)' },
  trips_per_driver: {
    name: 'Trips per active driver',
    short: 'Trips/driver',
    column: 'Trips per Active Driver',
  },
  bookings_trend: { name: 'Bookings trend', short: 'Bookings trend', column: 'Bookings Trend (%)' },
  delay_trend: { name: 'Delay trend', short: 'Delay trend', column: 'Delay Trend (%)' },
};
