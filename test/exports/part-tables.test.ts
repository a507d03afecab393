// Each exported column is declared with its values, and the figures catalogue's KPIs and per-day figures are
// all exported: a cell is read by its header, never by its position.
import { describe, expect, it } from 'vitest';
import type { DashboardJson, DispatchMetricsJson, TrendPointJson } from '../../src/shared/analytics-types';
import { DAY_FIGURES, KPI_FIGURES, TREND_FIGURES } from '../../src/shared/figures';
import { catalogues } from '../../src/shared/i18n';
import { exportTexts } from '../../src/main/exports/export-texts';
import type { ExportSources } from '../../src/main/exports/export-sources';
import type { Cell, ExportTable } from '../../src/main/exports/export-table';
import { dailyTable, summaryTable } from '../../src/main/exports/part-tables';

const point: TrendPointJson = {
  date: '2026-03-10',
  bookings: 40,
  on_time_rate: 87.5,
  avg_delay: 3.25,
  quality_score: 81.2,
  bookings_trend: 11.1,
  delay_trend: -4.5,
};

const summary = {
  total_bookings: 40,
  avg_on_time_rate: 87.5,
  avg_delay_minutes: 3.25,
  avg_quality_score: 81.2,
  cancellation_rate: 2.5,
  trips_per_driver: 5,
};

const dashboard: DashboardJson = {
  period: { start: '2026-03-10', end: '2026-03-10', days: 1 },
  summary,
  previous_summary: { ...summary, total_bookings: 30 },
  quality_parts: { punctuality: 43.75, delay: 23.5, cancellations: 17.5, total: 84.75 },
  trends: [point],
  insights: [],
};

// The day's metrics row (the daily_stats view reads the point from it): the export lists the metrics rows' days.
const metricsRow: DispatchMetricsJson = {
  date: '2026-03-10',
  dispatch_run_id: null,
  total_bookings: 40,
  on_time_bookings: 35,
  delayed_bookings: 4,
  cancelled_bookings: 1,
  average_delay_minutes: 3.25,
  max_delay_minutes: 12,
  total_delay_minutes: 126.75,
  total_drivers: 9,
  active_drivers: 8,
  avg_bookings_per_driver: 5,
  total_distance_km: 300,
  avg_distance_per_booking: 7.7,
  suggestions_generated: 0,
  suggestions_applied: 0,
  quality_score: 81.2,
  extra_data: {
    served_bookings: 39,
    unserved_bookings: 0,
    run_status: null,
    quality_parts: { punctuality: 43.75, delay: 23.5, cancellations: 17.5, total: 84.75 },
  },
};

const sources = (metrics: DispatchMetricsJson[] = [metricsRow]): ExportSources => ({
  dashboard,
  metrics,
  insights: { lookback_days: 0, period: dashboard.period, patterns: [], weekday_analysis: [] },
  drivers: [],
  facilities: null,
  forecast: null,
});

function rowsOf(table: ExportTable): Cell[][] {
  return [...table.chunks()].flat();
}

const valueOf = (c: Cell) => (typeof c === 'object' && c !== null ? c.value : c);

describe.each(['fr', 'en'] as const)('export part tables (%s)', (lang) => {
  const t = exportTexts(lang);

  it('exports every per-day figure of the catalogue under its own header', () => {
    const table = dailyTable(sources(), t);
    const [row] = rowsOf(table);
    const headers = table.columns.map((c) => c.header);
    for (const f of [...DAY_FIGURES, ...TREND_FIGURES]) {
      const i = headers.indexOf(catalogues[lang].figures[f.label].column);
      expect(i).toBeGreaterThan(0);
      expect(row![i]).toBe(f.read(point));
    }
    expect(row![headers.indexOf(t.columns.date)]).toBe('2026-03-10');
  });

  it('lists every KPI of the catalogue in the summary with this and the previous period', () => {
    const rows = rowsOf(summaryTable(sources(), t)).filter((r) => r[0] === t.summary.kpi);
    expect(rows).toHaveLength(KPI_FIGURES.length);
    KPI_FIGURES.forEach((f, i) => {
      expect(valueOf(rows[i]![2]!)).toBe(f.read(dashboard.summary));
      expect(valueOf(rows[i]![3]!)).toBe(f.read(dashboard.previous_summary));
    });
  });
});
