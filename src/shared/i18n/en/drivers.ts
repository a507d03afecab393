// English texts, domain "drivers": typed against fr/drivers.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { drivers as fr } from '../fr/drivers';

export const drivers: Translation<typeof fr> = {
  title: 'Drivers',
  subtitle: 'Per driver over the chosen period — click a row to see their trips.',
  name: 'Driver',
  bookings: 'Trips',
  onTimeRate: 'On time',
  avgDelay: 'Average delay',
  distance: 'Distance',
  cancelled: 'Cancelled',
  serviceTime: 'Service time',
  sortBy: 'Sort by {{col}}',
  empty: 'No drivers in this period.',
  open: 'See the trips of {{name}}',
};
