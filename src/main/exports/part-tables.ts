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
import { weekdayName } from '../../shared/format';
import { weekdayOf } from '../../shared/time';
import type { Lang } from '../../shared/analytics-types';
import { field, figureField, kindOf, maxOf, sumOf, tableOfFields } from './export-fields';
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

/**
 * What the XLSX Days sheet adds for a person reading or printing it: a weekday column beside the date, and a
 * totals row. The CSV and JSON keep the reference server's columns in their order (scripts read them by
 * position, docs/dispatch-api.md#not-used), so these are asked for by the XLSX writer only.
 */
export interface DailyTableOptions {
  forReading?: { lang: Lang };
}

export function dailyTable(
  src: ExportSources,
  t: ExportsTexts,
  options: DailyTableOptions = {},
): ExportTable {
  const c = t.columns;
  const metric = (
    header: string,
    kind: Column['kind'],
    width: number,
    value: (m: DispatchMetricsJson) => Cell,
    total?: 'sum' | 'max' | ((rows: readonly DayRow[]) => Cell),
  ) => {
    const n = (r: DayRow) => (r.m ? (value(r.m) as number | null) : null);
    const totalOf = total === 'sum' ? sumOf(n) : total === 'max' ? maxOf(n) : total;
    return field<DayRow>(header, kind, width, (r) => (r.m ? value(r.m) : null), totalOf);
  };
  // A day's KPI totals over the period are the period's own KPIs (weighted by bookings, as the Summary shows
  // them: docs/analytics.md#period-summary), never a mean of the daily rates.
  const periodKpi = (key: string) => () =>
    KPI_FIGURES.find((k) => k.key === key)?.read(src.dashboard.summary) ?? null;
  const parts = src.dashboard.quality_parts;
  const reading = options.forReading;
  const fields = [
    field<DayRow>(c.date, 'date', 12, (r) => r.date),
    ...(reading
      ? [
          field<DayRow>(c.weekday, 'text', 11, (r) =>
            weekdayName(reading.lang, weekdayOf(r.date) + 1, 'short'),
          ),
        ]
      : []),
    ...DAY_FIGURES.map((f) => figureField(t, f, (r: DayRow) => r.point, periodKpi(f.key))),
    ...TREND_FIGURES.map((f) => figureField(t, f, (r: DayRow) => r.point)),
    metric(c.onTime, 'int', 11, (m) => m.on_time_bookings, 'sum'),
    metric(c.delayed, 'int', 11, (m) => m.delayed_bookings, 'sum'),
    metric(c.cancelled, 'int', 11, (m) => m.cancelled_bookings, 'sum'),
    metric(c.served, 'int', 11, (m) => m.extra_data.served_bookings, 'sum'),
    metric(c.unserved, 'int', 13, (m) => m.extra_data.unserved_bookings, 'sum'),
    metric(c.maxDelay, 'minutes', 15, (m) => m.max_delay_minutes, 'max'),
    metric(c.totalDelay, 'minutes', 16, (m) => m.total_delay_minutes, 'sum'),
    metric(c.totalDrivers, 'int', 11, (m) => m.total_drivers),
    metric(c.activeDrivers, 'int', 14, (m) => m.active_drivers),
    metric(c.bookingsPerDriver, 'number', 18, (m) => m.avg_bookings_per_driver),
    metric(c.distanceKm, 'number', 13, (m) => m.total_distance_km, 'sum'),
    metric(c.distancePerBooking, 'number', 22, (m) => m.avg_distance_per_booking),
    metric(c.suggestionsGenerated, 'int', 20, (m) => m.suggestions_generated, 'sum'),
    metric(c.suggestionsApplied, 'int', 20, (m) => m.suggestions_applied, 'sum'),
    metric(
      c.scorePunctuality,
      'number',
      22,
      (m) => m.extra_data.quality_parts.punctuality,
      () => parts.punctuality,
    ),
    metric(
      c.scoreDelay,
      'number',
      20,
      (m) => m.extra_data.quality_parts.delay,
      () => parts.delay,
    ),
    metric(
      c.scoreCancellations,
      'number',
      24,
      (m) => m.extra_data.quality_parts.cancellations,
      () => parts.cancellations,
    ),
    metric(c.dispatchRun, 'int', 16, (m) => m.dispatch_run_id),
  ];
  const points = new Map(src.dashboard.trends.map((p) => [p.date, p]));
  // A trend point is its metrics row seen through the daily_stats view: the metrics rows list the days.
  const rows = src.metrics.map((m): DayRow => ({ date: m.date, point: points.get(m.date), m }));
  return tableOfFields('daily', t.sheets.daily, fields, rows, reading ? t.printing.totals : undefined);
}

export function weekdaysTable(src: ExportSources, t: ExportsTexts): ExportTable {
  const c = t.columns;
  const fields = [
    field<WeekdayAnalysisJson>(c.weekday, 'text', 12, (w) => w.weekday_name),
    field<WeekdayAnalysisJson>(c.weekdayNumber, 'int', 22, (w) => w.weekday),
    field<WeekdayAnalysisJson>(c.avgDelay, 'minutes', 16, (w) => w.avg_delay),
    field<WeekdayAnalysisJson>(c.onTimeRate, 'percent', 17, (w) => w.avg_on_time_rate),
    field<WeekdayAnalysisJson>(c.avgBookings, 'number', 16, (w) => w.avg_bookings),
    field<WeekdayAnalysisJson>(c.sampleSize, 'int', 14, (w) => w.sample_size),
  ];
  return tableOfFields('weekdays', t.sheets.weekdays, fields, src.insights.weekday_analysis);
}

/** `withTotals`: the XLSX totals row (counts and distance added up; the rate over every driver's bookings). */
export function driversTable(src: ExportSources, t: ExportsTexts, withTotals = false): ExportTable {
  const c = t.columns;
  type D = DriverStatsJson;
  const sum = (value: (d: D) => number) => sumOf(value);
  // A driver's rate is on-time × 100 / bookings (docs/analytics.md#driver-stats): the same over all drivers.
  const rate = (rows: readonly D[]): Cell => {
    const bookings = rows.reduce((n, d) => n + d.bookings, 0);
    return bookings > 0 ? (rows.reduce((n, d) => n + d.on_time, 0) * 100) / bookings : null;
  };
  const fields = [
    field<D>(c.driverId, 'int', 12, (d) => d.driver_id),
    field<D>(c.driver, 'text', 24, (d) => d.driver_name),
    field<D>(
      c.bookings,
      'int',
      11,
      (d) => d.bookings,
      sum((d) => d.bookings),
    ),
    field<D>(
      c.served,
      'int',
      11,
      (d) => d.served,
      sum((d) => d.served),
    ),
    field<D>(
      c.onTime,
      'int',
      11,
      (d) => d.on_time,
      sum((d) => d.on_time),
    ),
    field<D>(
      c.delayed,
      'int',
      11,
      (d) => d.delayed,
      sum((d) => d.delayed),
    ),
    field<D>(
      c.cancelled,
      'int',
      11,
      (d) => d.cancelled,
      sum((d) => d.cancelled),
    ),
    field<D>(c.onTimeRate, 'percent', 17, (d) => d.on_time_rate, rate),
    field<D>(c.avgDelay, 'minutes', 16, (d) => d.avg_delay),
    field<D>(
      c.distanceKm,
      'number',
      13,
      (d) => d.total_distance_km,
      sum((d) => d.total_distance_km),
    ),
    // Service time, boarding → completion (docs/analytics.md#service-time): the trips that have one, their mean.
    field<D>(
      c.serviceTrips,
      'int',
      14,
      (d) => d.service_trips,
      sum((d) => d.service_trips),
    ),
    field<D>(c.avgServiceMinutes, 'minutes', 18, (d) => d.avg_service_minutes),
  ];
  return tableOfFields(
    'drivers',
    t.sheets.drivers,
    fields,
    src.drivers,
    withTotals ? t.printing.totals : undefined,
  );
}
