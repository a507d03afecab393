// The analytics services the handlers call. A port (not direct calls) so a test can count or fail calls.
import * as analytics from '../services/analytics-service';
import { getForecast } from '../services/forecast-service';
import { getTodaySoFar } from '../services/today-service';

export type AnalyticsPort = Pick<
  typeof analytics,
  'getDashboard' | 'getInsights' | 'getWeeklySummary' | 'getDelayHeatmap' | 'getTrips' | 'getDriverStats'
> & { getTodaySoFar: typeof getTodaySoFar; getForecast: typeof getForecast };

export const analyticsServices: AnalyticsPort = { ...analytics, getTodaySoFar, getForecast };
