// The summary, daily, weekday and driver tables of an export, from the figures the services return. Column
// order of `daily` starts with the reference server's CSV (Date, Bookings, On-Time Rate (%), Avg Delay (min),
// Quality Score; docs/dispatch-api.md#not-used); everything after is ours.
import type { DispatchMetricsJson, IsoDate, TrendPointJson } from '../../shared/analytics-types';
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
  const kpi = (item: string, kind: 'int' | 'number' | 'percent', now: number, before: number): Cell[] => [
    s.kpi,
    item,
    typed(kind, now),
    typed(kind, before),
    null,
  ];
  const part = (item: string, value: number): Cell[] => [s.score, item, typed('number', value), null, null];
  const rows: Cell[][] = [
    [s.period, s.periodStart, typed('date', d.period.start), null, null],
    [s.period, s.periodEnd, typed('date', d.period.end), null, null],
    [s.period, s.periodDays, typed('int', d.period.days), null, null],
    kpi(s.totalBookings, 'int', d.summary.total_bookings, d.previous_summary.total_bookings),
    kpi(s.onTimeRate, 'percent', d.summary.avg_on_time_rate, d.previous_summary.avg_on_time_rate),
    kpi(s.avgDelay, 'number', d.summary.avg_delay_minutes, d.previous_summary.avg_delay_minutes),
    kpi(s.qualityScore, 'number', d.summary.avg_quality_score, d.previous_summary.avg_quality_score),
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

export function dailyTable(src: ExportSources, t: ExportsTexts): ExportTable {
  const c = t.columns;
  const columns = [
    col(c.date, 'date', 12),
    col(c.bookings, 'int', 11),
    col(c.onTimeRate, 'percent', 17),
    col(c.avgDelay, 'number', 16),
    col(c.qualityScore, 'number', 14),
    col(c.bookingsTrend, 'percent', 17),
    col(c.delayTrend, 'percent', 17),
    col(c.onTime, 'int', 11),
    col(c.delayed, 'int', 11),
    col(c.cancelled, 'int', 11),
    col(c.served, 'int', 11),
    col(c.unserved, 'int', 13),
    col(c.maxDelay, 'number', 15),
    col(c.totalDelay, 'number', 16),
    col(c.totalDrivers, 'int', 11),
    col(c.activeDrivers, 'int', 14),
    col(c.bookingsPerDriver, 'number', 18),
    col(c.distanceKm, 'number', 13),
    col(c.distancePerBooking, 'number', 22),
    col(c.suggestionsGenerated, 'int', 20),
    col(c.suggestionsApplied, 'int', 20),
    col(c.scorePunctuality, 'number', 22),
    col(c.scoreDelay, 'number', 20),
    col(c.scoreCancellations, 'number', 24),
    col(c.dispatchRun, 'int', 16),
  ];
  const trends = new Map<IsoDate, TrendPointJson>(src.dashboard.trends.map((p) => [p.date, p]));
  const metrics = new Map<IsoDate, DispatchMetricsJson>(src.metrics.map((m) => [m.date, m]));
  const dates = [...new Set([...trends.keys(), ...metrics.keys()])].sort();
  const rows = dates.map((date): Cell[] => {
    const p = trends.get(date);
    const m = metrics.get(date);
    const q = m?.extra_data.quality_parts;
    return [
      date,
      p?.bookings ?? m?.total_bookings ?? null,
      p?.on_time_rate ?? null,
      p?.avg_delay ?? null,
      p?.quality_score ?? m?.quality_score ?? null,
      p?.bookings_trend ?? null,
      p?.delay_trend ?? null,
      m?.on_time_bookings ?? null,
      m?.delayed_bookings ?? null,
      m?.cancelled_bookings ?? null,
      m?.extra_data.served_bookings ?? null,
      m?.extra_data.unserved_bookings ?? null,
      m?.max_delay_minutes ?? null,
      m?.total_delay_minutes ?? null,
      m?.total_drivers ?? null,
      m?.active_drivers ?? null,
      m?.avg_bookings_per_driver ?? null,
      m?.total_distance_km ?? null,
      m?.avg_distance_per_booking ?? null,
      m?.suggestions_generated ?? null,
      m?.suggestions_applied ?? null,
      q?.punctuality ?? null,
      q?.delay ?? null,
      q?.cancellations ?? null,
      m?.dispatch_run_id ?? null,
    ];
  });
  return tableOf('daily', t.sheets.daily, columns, rows);
}

export function weekdaysTable(src: ExportSources, t: ExportsTexts): ExportTable {
  const c = t.columns;
  const columns = [
    col(c.weekday, 'text', 12),
    col(c.weekdayNumber, 'int', 22),
    col(c.avgDelay, 'number', 16),
    col(c.onTimeRate, 'percent', 17),
    col(c.avgBookings, 'number', 16),
    col(c.sampleSize, 'int', 14),
  ];
  const rows = src.insights.weekday_analysis.map((w): Cell[] => [
    w.weekday_name,
    w.weekday,
    w.avg_delay,
    w.avg_on_time_rate,
    w.avg_bookings,
    w.sample_size,
  ]);
  return tableOf('weekdays', t.sheets.weekdays, columns, rows);
}

export function driversTable(src: ExportSources, t: ExportsTexts): ExportTable {
  const c = t.columns;
  const columns = [
    col(c.driverId, 'int', 12),
    col(c.driver, 'text', 24),
    col(c.bookings, 'int', 11),
    col(c.served, 'int', 11),
    col(c.onTime, 'int', 11),
    col(c.delayed, 'int', 11),
    col(c.cancelled, 'int', 11),
    col(c.onTimeRate, 'percent', 17),
    col(c.avgDelay, 'number', 16),
    col(c.distanceKm, 'number', 13),
  ];
  const rows = src.drivers.map((d): Cell[] => [
    d.driver_id,
    d.driver_name,
    d.bookings,
    d.served,
    d.on_time,
    d.delayed,
    d.cancelled,
    d.on_time_rate,
    d.avg_delay,
    d.total_distance_km,
  ]);
  return tableOf('drivers', t.sheets.drivers, columns, rows);
}
