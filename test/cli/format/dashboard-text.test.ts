// The CLI's dashboard text uses the figures catalogue's one change rule: the average delay moves in minutes,
// as on the KPI card and in the e-mail (it was a % of the previous delay here).
import { describe, expect, it } from 'vitest';
import type { DashboardJson, PeriodSummaryJson } from '../../../src/shared/analytics-types';
import { normaliseSpaces } from '../../../src/shared/format';
import { renderDashboard } from '../../../src/main/cli/format/dashboard-text';

const summary = (s: Partial<PeriodSummaryJson>): PeriodSummaryJson => ({
  total_bookings: 100,
  avg_on_time_rate: 80,
  avg_delay_minutes: 4,
  avg_quality_score: 70,
  cancellation_rate: 5,
  trips_per_driver: 6,
  ...s,
});

const dashboard = (now: PeriodSummaryJson, before: PeriodSummaryJson): DashboardJson => ({
  period: { start: '2026-03-09', end: '2026-03-15', days: 7 },
  summary: now,
  previous_summary: before,
  quality_parts: { punctuality: 40, delay: 20, cancellations: 15, total: 75 },
  trends: [],
  insights: [],
});

function kpiRow(lines: string[], name: string): string {
  return normaliseSpaces(lines.find((l) => l.startsWith(name)) ?? '');
}

describe('dashboard text: the change of each KPI', () => {
  const lines = renderDashboard(
    dashboard(summary({ total_bookings: 110, avg_delay_minutes: 6 }), summary({})),
    'Dashboard',
    { kind: 'day', rows: [] },
    'en',
  );

  it('gives the average delay as a difference in minutes', () => {
    expect(kpiRow(lines, 'Average delay')).toBe('Average delay 6.0 min 4.0 min +2.0 min');
  });

  it('gives volumes in % and rates in points', () => {
    expect(kpiRow(lines, 'Bookings')).toBe('Bookings 110 100 +10.0%');
    expect(kpiRow(lines, 'On-time rate')).toBe('On-time rate 80.0% 80.0% 0.0 pts');
    expect(kpiRow(lines, 'Cancellation rate')).toBe('Cancellation rate 5.0% 5.0% 0.0 pts');
  });

  it('says "—" for the previous period and its change when it had no bookings', () => {
    const empty = renderDashboard(
      dashboard(summary({}), summary({ total_bookings: 0 })),
      'Dashboard',
      { kind: 'day', rows: [] },
      'en',
    );
    expect(kpiRow(empty, 'Average delay')).toBe('Average delay 4.0 min — —');
  });
});
