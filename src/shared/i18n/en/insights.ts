// English texts, domain "insights": typed against fr/insights.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { insights as fr } from '../fr/insights';

export const insights: Translation<typeof fr> = {
  title: 'Insights and recommendations',
  empty: 'Nothing to report for this period.',
  seeTrips: 'See the trips',
  recommendation: 'Recommendation:',
  types: { warning: 'Warning', success: 'Good', info: 'Info' },
  priorities: { low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
  priority: '{{p}} priority',
  patterns: 'Weekday patterns',
};
