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
  heatmapLegend: 'Average delay (min): darker = more delay',
  heatmapCell: '{{weekday}} {{hour}}:00: {{delay}}, {{count}} trips',
  ariaSummary: '{{title}}: {{count}} points, from {{from}} to {{to}}',
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
