// Texts of the e-mailed reports, the Reports screen and the report/schedule commands (domain "reports").
import type { reports as fr } from '../fr/reports';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

export const reports: Texts<typeof fr> = {
  daily: {
    title: 'Daily report',
    subject: '{{company}} daily report — {{date}}',
    vsPrevious: 'vs previous day',
    vsWeekAgo: 'vs 7 days before',
    chartTitle: 'The last 14 days: bookings and on-time rate',
  },
  weekly: {
    title: 'Weekly report',
    subject: '{{company}} weekly report — week of {{date}}',
    vsPrevious: 'vs previous week',
    chartTitle: 'The week: bookings and on-time rate',
    daysTitle: 'Day by day',
    best: 'Best day: {{day}} (score {{score}})',
    worst: 'Weakest day: {{day}} (score {{score}})',
    patternTitle: 'By weekday (last 4 weeks)',
  },
  period: {
    day: '{{date}}',
    week: 'Week of {{from}} to {{to}}',
  },
  dataThrough: 'Data through {{date}} · time zone {{zone}}',
  noDataYet: 'No data synced yet',
  stale: 'Warning: the data only goes up to {{date}}; this report is incomplete.',
  empty: 'No bookings in this period.',
  kpi: {
    total_bookings: 'Bookings',
    on_time_rate: 'On-time rate',
    avg_delay_minutes: 'Average delay',
    quality_score: 'Quality score',
  },
  parts: {
    title: 'The quality score in three parts',
    punctuality: 'Punctuality',
    delay: 'Delays',
    cancellations: 'Cancellations',
    outOf: 'out of {{max}}',
  },
  insights: {
    title: 'Points of attention',
    none: 'Nothing to report.',
    recommendation: 'What to do: {{text}}',
    priority: {
      critical: 'critical',
      high: 'high',
      medium: 'medium',
      low: 'low',
    },
  },
  delays: {
    title: 'The 5 largest delays',
    time: 'Time',
    driver: 'Driver',
    delay: 'Delay',
    noDriver: 'no driver',
    none: 'No delays that day.',
  },
  table: {
    day: 'Day',
    bookings: 'Bookings',
    onTime: 'On time',
    delay: 'Average delay',
    score: 'Score',
    samples: 'Days',
  },
  chart: {
    bookings: 'Bookings',
    onTime: 'On-time rate (%)',
    alt: 'Chart of bookings per day and on-time rate',
  },
  footer: 'Sent by Dispatch Analytics from the office computer. The figures follow the dashboard’s definitions.',
  testEmail: {
    subject: 'Dispatch Analytics: test e-mail',
    body: 'This e-mail confirms that Dispatch Analytics can send the reports through {{host}}.',
  },
  outcome: {
    sent: 'sent',
    partial: 'partly sent',
    failed: 'failed',
    skipped: 'skipped (empty period)',
    running: 'in progress',
    held: 'held back (data not up to date)',
    never: 'never',
  },
  state: {
    pending: 'pending',
    sending: 'sending',
    retry: 'retry scheduled',
    sent: 'sent',
    failed: 'failed',
    unknown: 'unknown (interrupted while sending)',
  },
};
