// Hand-built report data (the shape buildReportData returns) for tests of the renderers alone: every figure
// known, so a test can write out the exact line a reader gets. No store: the renderers only read this object.
import type { InsightJson } from '../../src/shared/analytics-types';
import type { KpiValue, ReportData } from '../../src/main/reports/report-data';

const kpis: KpiValue[] = [
  { key: 'total_bookings', value: 40, previous: 50, hasPrevious: true, weekAgo: 40, hasWeekAgo: true },
  { key: 'on_time_rate', value: 82.5, previous: 90, hasPrevious: true, weekAgo: 80, hasWeekAgo: true },
  { key: 'avg_delay_minutes', value: 4.5, previous: 6, hasPrevious: true, weekAgo: null, hasWeekAgo: false },
  { key: 'quality_score', value: 75.2, previous: 75.2, hasPrevious: true, weekAgo: 70, hasWeekAgo: true },
  { key: 'cancellation_rate', value: 5, previous: 2.5, hasPrevious: true, weekAgo: 5, hasWeekAgo: true },
  { key: 'trips_per_driver', value: 8, previous: 8, hasPrevious: false, weekAgo: 6, hasWeekAgo: true },
];

export const INSIGHT: InsightJson = {
  rule: 'punctuality_low',
  type: 'warning',
  category: 'punctuality',
  priority: 'high',
  title: 'Punctuality below 85 %',
  message: '82.5 % on time',
  recommendation: 'Plan more time',
  action: 'Plan more time',
  trips: { from: '2026-03-10', to: '2026-03-10' },
  severity: 'warning',
};

/** Tuesday 10 March 2026, compared with Monday and the Tuesday before. */
export function dailyFixture(over: Partial<ReportData> = {}): ReportData {
  return {
    kind: 'daily',
    periodKey: '2026-03-10',
    from: '2026-03-10',
    to: '2026-03-10',
    lang: 'en',
    company: 'Taxis Léman',
    timeZone: 'Europe/Zurich',
    dataThrough: '2026-03-10',
    stale: false,
    empty: false,
    unknownDays: [],
    lastSyncedAt: Date.UTC(2026, 2, 10, 22, 0),
    kpis,
    parts: { punctuality: 41.25, delay: 21, cancellations: 15, total: 77.25 },
    insights: [
      INSIGHT,
      {
        ...INSIGHT,
        rule: 'delay_high',
        priority: 'medium',
        title: 'Delays',
        message: 'Long',
        recommendation: null,
      },
    ],
    topDelays: [
      { time: '08:10', driver: 'Anna Keller', delayMinutes: 25 },
      { time: '14:00', driver: null, delayMinutes: 7.5 },
    ],
    chart: [
      { date: '2026-03-08', bookings: null, onTimeRate: null },
      { date: '2026-03-09', bookings: 50, onTimeRate: 90 },
      { date: '2026-03-10', bookings: 40, onTimeRate: 82.5 },
    ],
    days: [],
    best: null,
    worst: null,
    weekdays: [],
    nextWeek: null,
    lateFacilities: [],
    previousDay: '2026-03-09',
    onTimeHistory: [],
    ...over,
  };
}

/** The week of Monday 2 March 2026. */
export function weeklyFixture(over: Partial<ReportData> = {}): ReportData {
  const day = (date: string, bookings: number | null, rate: number | null) => ({
    date,
    bookings,
    on_time_rate: rate,
    avg_delay: rate === null ? null : 3,
    quality_score: rate === null ? null : rate - 10,
  });
  return {
    ...dailyFixture(),
    kind: 'weekly',
    periodKey: '2026-03-02',
    from: '2026-03-02',
    to: '2026-03-08',
    dataThrough: '2026-03-08',
    kpis: kpis.map(({ weekAgo: _w, hasWeekAgo: _h, ...k }) => k),
    topDelays: [],
    days: [day('2026-03-02', 10, 90), day('2026-03-03', null, null), day('2026-03-04', 0, null)],
    chart: [],
    best: { date: '2026-03-02', quality_score: 80 },
    worst: { date: '2026-03-04', quality_score: 60.5 },
    weekdays: [
      {
        weekday: 0,
        weekday_name: 'Monday',
        avg_delay: 2.5,
        avg_on_time_rate: 91.25,
        avg_bookings: 12.5,
        sample_size: 4,
      },
    ],
    nextWeek: { bookings: 70, busiest: '2026-03-11' },
    lateFacilities: [
      {
        kind: 'facility',
        facility: 'Hôpital <Nord>',
        facilities: 1,
        bookings: 12,
        served: 12,
        on_time: 9,
        delayed: 3,
        cancelled: 0,
        on_time_rate: 75,
        avg_delay: 4,
        previous_on_time_rate: null,
      } as ReportData['lateFacilities'][number],
    ],
    previousDay: undefined,
    ...over,
  };
}
