// The analytics services the handlers call. A port (not direct calls) so a test can count or fail calls.
import * as analytics from '../services/analytics-service';
import { getFacilityStats } from '../services/facility-service';
import { getForecast } from '../services/forecast-service';
import { getTodaySoFar } from '../services/today-service';

export type AnalyticsPort = Pick<
  typeof analytics,
  'getDashboard' | 'getInsights' | 'getWeeklySummary' | 'getDelayHeatmap' | 'getTrips' | 'getDriverStats'
> & {
  getTodaySoFar: typeof getTodaySoFar;
  getFacilityStats: typeof getFacilityStats;
  getForecast: typeof getForecast;
};

export const analyticsServices: AnalyticsPort = {
  ...analytics,
  getTodaySoFar,
  getFacilityStats,
  getForecast,
};
