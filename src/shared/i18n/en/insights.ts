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
  rules: {
    punctuality_low: {
      title: 'Low punctuality',
      message: 'Your on-time rate ({{value}}) is below the recommended {{threshold}}.',
      recommendation:
        'Look into the causes of recurring delays: which trips, drivers and hours are involved.',
    },
    punctuality_excellent: {
      title: 'Excellent punctuality',
      message: 'Your on-time rate ({{value}}) is excellent!',
    },
    delay_high: {
      title: 'High average delay',
      message: 'The average delay is {{value}}. This affects customer satisfaction.',
      recommendation: 'Review the planning: travel times, slack between trips and the number of drivers.',
    },
    trend_improving: {
      title: 'Steady improvement',
      message:
        'Your quality score is improving ({{value}} over the last {{days}} days of data against the first {{days}}).',
      recommendation: 'Find out what changed so you can keep it.',
    },
    trend_declining: {
      title: 'Quality is declining',
      message:
        'Your quality score is falling ({{value}} over the last {{days}} days of data against the first {{days}}).',
      recommendation: 'Review the recent days’ operations: delays, cancellations and staffing.',
    },
    pattern_frequent_delays: {
      title: 'Frequent delays',
      message: '{{count}} days out of {{days}} have an average delay over {{threshold}}.',
      recommendation: 'Look for patterns (weekday, hour, driver) to find the cause.',
    },
    volume_low: {
      title: 'Volume far down',
      message:
        '{{value}} trips per day, {{change}} against the usual ({{threshold}} trips per day over the same previous periods).',
      recommendation:
        'Check the sync and the cancellations, then what changed with customers and facilities.',
    },
    volume_high: {
      title: 'Volume far up',
      message:
        '{{value}} trips per day, {{change}} against the usual ({{threshold}} trips per day over the same previous periods).',
      recommendation: 'Check that driver staffing keeps up with demand at peak hours.',
    },
    quality_excellent: {
      title: 'Excellent quality score',
      message: 'Overall score of {{value}}/100. Excellent work!',
    },
    quality_low: {
      title: 'Low quality score',
      message: 'Overall score of {{value}}/100, below the {{threshold}} threshold.',
      recommendation:
        'An improvement plan is needed: start with the weakest part of the score (punctuality, delays or cancellations).',
    },
  },
  // A day far outside its own baseline (docs/analytics.md#day-outliers). Values arrive formatted.
  outliers: {
    title: 'Unusual days',
    none: 'No unusual day in this period.',
    day: '{{weekday}} {{date}}',
    sentence: '{{day}}: {{details}}',
    separator: '; ',
    metrics: {
      on_time_rate: '{{value}} on time (usually {{baseline}})',
      avg_delay: '{{value}} average delay (usually {{baseline}})',
      bookings: '{{value}} bookings (usually {{baseline}})',
    },
    hours: '{{share}} of the delay between {{from}}:00 and {{toEnd}}:00',
    drivers: { one: '1 driver concerned', other: '{{n}} drivers concerned' },
    cancelled: { one: '1 cancellation', other: '{{n}} cancellations' },
    severity: { critical: 'critical', warning: 'warning', info: 'info' },
  },
  weekdayPatterns: {
    highDelayDay: {
      title: '{{Weekday}}: systematic delays',
      message: '{{Weekday}} consistently has more delays (avg: {{avgDelay}})',
      recommendation: 'Add buffer time or extra drivers on {{weekday}}s',
    },
    busyDay: {
      message: '{{Weekday}} is the busiest day (avg: {{avgBookings}} trips)',
      recommendation: 'Make sure enough drivers are available',
    },
    notEnoughData: 'Not enough data to detect patterns',
  },
  today: {
    line: 'Today up to {{time}}: {{due}}, {{late}}',
    due: { one: '1 booking', other: '{{n}} bookings' },
    late: { one: '1 late', other: '{{n}} late' },
    none: 'Today: no data yet.',
    dataThrough: 'Data through {{date}} {{time}}',
  },
  baseline: {
    unusual_day: {
      title: 'Unusual day: {{day}}',
      recommendation: 'Open the late trips of that day to find the cause.',
    },
  },
};
