// English texts, domain "charts": typed against fr/charts.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { charts as fr } from '../fr/charts';

export const charts: Translation<typeof fr> = {
  bookings: 'Trips per day',
  onTime: 'On-time rate per day',
  delay: 'Average delay per day',
  quality: 'Quality score per day',
  weekday: 'Weekday analysis',
  heatmap: 'Delays by weekday and hour',
  heatmapLegend: 'Average delay, darker = more delay:',
  heatmapNoData: 'no trip served',
  heatmapAtLeast: '{{delay}} or more',
  heatmapSkip: 'Skip the delay map',
  heatmapCell: '{{weekday}} {{hour}}:00: {{delay}}, {{count}} trips',
  ariaSummary: '{{title}}, {{from}} to {{to}}: {{values}}',
  weekdaySummary: '{{title}}: {{values}}',
  weekdayValue: '{{weekday}} {{bookings}} trips on average, average delay {{delay}}',
  date: 'Date',
  weekdayCol: 'Day',
  hour: 'Hour',
  bookingsCol: 'Trips',
  onTimeCol: 'On time',
  delayCol: 'Average delay',
  qualityCol: 'Score',
  daysCol: 'Days',
  band85: 'Good (≥ 85)',
  band60: 'Critical (< 60)',
  noData: 'No data for this period.',
};
