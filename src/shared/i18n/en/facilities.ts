// English texts, domain "facilities" (the Facilities screen); keys typed against fr/facilities.ts.
import type { facilities as fr } from '../fr/facilities';
import type { Translation } from '../translation';

export const facilities: Translation<typeof fr> = {
  title: 'Facilities',
  subtitle: 'Punctuality per medical facility over the chosen period — click a facility to see its trips.',
  name: 'Facility',
  bookings: 'Trips',
  onTimeRate: 'On time',
  avgDelay: 'Average delay',
  cancelled: 'Cancelled',
  trend: 'Trend',
  sortBy: 'Sort by {{col}}',
  empty: 'No trips in this period.',
  open: 'See the trips of {{name}}',
  others: 'Others ({{n}} facilities with fewer than 10 trips)',
  noFacility: 'No facility',
  trendBetter: '{{change}} vs previous period (better)',
  trendWorse: '{{change}} vs previous period (worse)',
  trendFlat: 'Unchanged vs previous period',
  trendNone: 'Fewer than 10 trips in the previous period: no comparison',
};
