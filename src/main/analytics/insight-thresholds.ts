// Every threshold of the insight rules and weekday patterns, with ANALYTICS.md's defaults.

export interface InsightThresholds {
  /** punctuality warning below this on-time % */
  lowOnTimeRate: number;
  /** punctuality success at or above this on-time % */
  excellentOnTimeRate: number;
  /** delays warning above this mean delay (minutes) */
  highAvgDelayMinutes: number;
  /** the trend rules need at least this many days with data */
  trendMinDays: number;
  /** the trend compares the mean quality of the last N days with the first N */
  trendWindowDays: number;
  /** change in % of that mean quality that fires the trend rules (+ improving, − declining) */
  trendChangePercent: number;
  /** a day "has many delays" above this mean delay (minutes) */
  patternDayDelayMinutes: number;
  /** the pattern rule fires when more than this share of the days have many delays */
  patternDayShare: number;
  /** volume info below this mean of bookings per day with data */
  lowVolumePerDay: number;
  /** volume success above this mean of bookings per day with data */
  highVolumePerDay: number;
  /** quality success at or above this score */
  excellentQuality: number;
  /** quality critical below this score */
  lowQuality: number;
  /** weekday pattern high_delay_day above this weekday mean delay (minutes) */
  weekdayHighDelayMinutes: number;
}

export const DEFAULT_INSIGHT_THRESHOLDS: Readonly<InsightThresholds> = Object.freeze({
  lowOnTimeRate: 70,
  excellentOnTimeRate: 90,
  highAvgDelayMinutes: 15,
  trendMinDays: 7,
  trendWindowDays: 7,
  trendChangePercent: 10,
  patternDayDelayMinutes: 20,
  patternDayShare: 1 / 3,
  lowVolumePerDay: 10,
  highVolumePerDay: 50,
  excellentQuality: 85,
  lowQuality: 60,
  weekdayHighDelayMinutes: 10,
});
