// The summary, daily, weekday and driver tables of an export, from the figures the services return. Each column
// is declared with its values (export-fields.ts); the KPIs and the per-day figures come from the figures
// catalogue (src/shared/figures), so a new figure is exported without touching this file. Column order of
// `daily` starts with the reference server's CSV (Date, Bookings, On-Time Rate (%), Avg Delay (min), Quality
// Score; docs/dispatch-api.md#not-used); everything after is ours.
import type {
  DispatchMetricsJson,
  DriverStatsJson,
  IsoDate,
  TrendPointJson,
  WeekdayAnalysisJson,
} from '../../shared/analytics-types';
import { DAY_FIGURES, KPI_FIGURES, TREND_FIGURES } from '../../shared/figures';
import { field, figureField, kindOf, tableOfFields } from './export-fields';
import type { ExportsTexts } from './export-texts';
import type { ExportSources } from './export-sources';
import { type Cell, type Column, type ExportTable, tableOf, typed } from './export-table';

const col = (header: string, kind: Column['kind'], width = 14): Column => ({ header, kind, width });

export function summaryTable(src: ExportSources, t: ExportsTexts): ExportTable {
  const c = t.columns;
  const s = t.summary;
  const d = src.dashboard;
  const columns = [
    col(c.section, 'text', 16),
    col(c.item, 'text', 34),
    col(c.value, 'mixed', 14),
    col(c.previous, 'mixed', 18),
    col(c.detail, 'text', 100),
  ];
  const part = (item: string, value: number): Cell[] => [s.score, item, typed('number', value), null, null];
  const rows: Cell[][] = [
    [s.period, s.periodStart, typed('date', d.period.start), null, null],
    [s.period, s.periodEnd, typed('date', d.period.end), null, null],
    [s.period, s.periodDays, typed('int', d.period.days), null, null],
    ...KPI_FIGURES.map((f): Cell[] => {
      const name = t.figures[f.label].name;
      return [
        s.kpi,
        f.unit === 'minutes' ? `${name} (min)` : name,
        typed(kindOf(f.unit), f.read(d.summary)),
        typed(kindOf(f.unit), f.read(d.previous_summary)),
        null,
      ];
    }),
    part(c.scorePunctuality, d.quality_parts.punctuality),
    part(c.scoreDelay, d.quality_parts.delay),
    part(c.scoreCancellations, d.quality_parts.cancellations),
    ...d.insights.map((i): Cell[] => [
      `${s.insight} (${t.insightTypes[i.type]})`,
      i.title,
      null,
      null,
      i.recommendation ? `${i.message} — ${i.recommendation}` : i.message,
    ]),
  ];
  return tableOf('summary', t.sheets.summary, columns, rows);
}

/** A day of the export: its metrics row and its trend point (the same row, through the daily_stats view). */
interface DayRow {
  date: IsoDate;
  point?: TrendPointJson;
  m?: DispatchMetricsJson;
}

export function dailyTable(src: ExportSources, t: ExportsTexts): ExportTable {
  const c = t.columns;
  const metric = (
    header: string,
    kind: Column['kind'],
    width: number,
    value: (m: DispatchMetricsJson) => Cell,
  ) => field<DayRow>(header, kind, width, (r) => (r.m ? value(r.m) : null));
  const fields = [
    field<DayRow>(c.date, 'date', 12, (r) => r.date),
    ...[...DAY_FIGURES, ...TREND_FIGURES].map((f) => figureField(t, f, (r: DayRow) => r.point)),
    metric(c.onTime, 'int', 11, (m) => m.on_time_bookings),
    metric(c.delayed, 'int', 11, (m) => m.delayed_bookings),
    metric(c.cancelled, 'int', 11, (m) => m.cancelled_bookings),
    metric(c.served, 'int', 11, (m) => m.extra_data.served_bookings),
    metric(c.unserved, 'int', 13, (m) => m.extra_data.unserved_bookings),
    metric(c.maxDelay, 'number', 15, (m) => m.max_delay_minutes),
    metric(c.totalDelay, 'number', 16, (m) => m.total_delay_minutes),
    metric(c.totalDrivers, 'int', 11, (m) => m.total_drivers),
    metric(c.activeDrivers, 'int', 14, (m) => m.active_drivers),
    metric(c.bookingsPerDriver, 'number', 18, (m) => m.avg_bookings_per_driver),
    metric(c.distanceKm, 'number', 13, (m) => m.total_distance_km),
    metric(c.distancePerBooking, 'number', 22, (m) => m.avg_distance_per_booking),
    metric(c.suggestionsGenerated, 'int', 20, (m) => m.suggestions_generated),
    metric(c.suggestionsApplied, 'int', 20, (m) => m.suggestions_applied),
    metric(c.scorePunctuality, 'number', 22, (m) => m.extra_data.quality_parts.punctuality),
    metric(c.scoreDelay, 'number', 20, (m) => m.extra_data.quality_parts.delay),
    metric(c.scoreCancellations, 'number', 24, (m) => m.extra_data.quality_parts.cancellations),
    metric(c.dispatchRun, 'int', 16, (m) => m.dispatch_run_id),
  ];
  const points = new Map(src.dashboard.trends.map((p) => [p.date, p]));
  // A trend point is its metrics row seen through the daily_stats view: the metrics rows list the days.
  const rows = src.metrics.map((m): DayRow => ({ date: m.date, point: points.get(m.date), m }));
  return tableOfFields('daily', t.sheets.daily, fields, rows);
}

export function weekdaysTable(src: ExportSources, t: ExportsTexts): ExportTable {
  const c = t.columns;
  const fields = [
    field<WeekdayAnalysisJson>(c.weekday, 'text', 12, (w) => w.weekday_name),
    field<WeekdayAnalysisJson>(c.weekdayNumber, 'int', 22, (w) => w.weekday),
    field<WeekdayAnalysisJson>(c.avgDelay, 'number', 16, (w) => w.avg_delay),
    field<WeekdayAnalysisJson>(c.onTimeRate, 'percent', 17, (w) => w.avg_on_time_rate),
    field<WeekdayAnalysisJson>(c.avgBookings, 'number', 16, (w) => w.avg_bookings),
    field<WeekdayAnalysisJson>(c.sampleSize, 'int', 14, (w) => w.sample_size),
  ];
  return tableOfFields('weekdays', t.sheets.weekdays, fields, src.insights.weekday_analysis);
}

export function driversTable(src: ExportSources, t: ExportsTexts): ExportTable {
  const c = t.columns;
  const fields = [
    field<DriverStatsJson>(c.driverId, 'int', 12, (d) => d.driver_id),
    field<DriverStatsJson>(c.driver, 'text', 24, (d) => d.driver_name),
    field<DriverStatsJson>(c.bookings, 'int', 11, (d) => d.bookings),
    field<DriverStatsJson>(c.served, 'int', 11, (d) => d.served),
    field<DriverStatsJson>(c.onTime, 'int', 11, (d) => d.on_time),
    field<DriverStatsJson>(c.delayed, 'int', 11, (d) => d.delayed),
    field<DriverStatsJson>(c.cancelled, 'int', 11, (d) => d.cancelled),
    field<DriverStatsJson>(c.onTimeRate, 'percent', 17, (d) => d.on_time_rate),
    field<DriverStatsJson>(c.avgDelay, 'number', 16, (d) => d.avg_delay),
    field<DriverStatsJson>(c.distanceKm, 'number', 13, (d) => d.total_distance_km),
  ];
  return tableOfFields('drivers', t.sheets.drivers, fields, src.drivers);
}
