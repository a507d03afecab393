// The facilities and forecast tables of an export, from `facilities --json` and `forecast --json`'s figures
// (services/facility-service.ts, services/forecast-service.ts), so a file and the CLI agree to the booking.
import type { FacilityStatsJson, Lang } from '../../shared/analytics-types';
import { capitalise, weekdayName } from '../../shared/format';
import { weekdayOf } from '../../shared/time';
import type { ForecastDayJson } from '../services/forecast-service';
import { field, sumOf, tableOfFields } from './export-fields';
import type { ExportSources } from './export-sources';
import type { Cell } from './export-table';
import type { ExportsTexts } from './export-texts';

/**
 * One row per facility with 10 bookings or more, then « autres » (the smaller ones, grouped: their number in
 * its own column) and the bookings without a facility, so the rows add up to the period's bookings and
 * cancellations (docs/analytics.md#facilities). `withTotals`: the XLSX totals row.
 */
export function facilitiesTable(src: ExportSources, t: ExportsTexts, withTotals = false) {
  const c = t.columns;
  type F = FacilityStatsJson;
  const name = (f: F): string =>
    f.kind === 'others'
      ? t.facilities.others
      : f.kind === 'none'
        ? t.facilities.noFacility
        : (f.facility ?? t.facilities.noFacility);
  // The rate over every booking of the period, as a facility's own (on-time × 100 / bookings).
  const rate = (rows: readonly F[]): Cell => {
    const bookings = rows.reduce((n, f) => n + f.bookings, 0);
    return bookings > 0 ? (rows.reduce((n, f) => n + f.on_time, 0) * 100) / bookings : null;
  };
  const count = (header: string, width: number, value: (f: F) => number) =>
    field<F>(header, 'int', width, value, sumOf(value));
  const fields = [
    field<F>(c.medicalFacility, 'text', 34, name),
    field<F>(c.groupedFacilities, 'int', 14, (f) => (f.kind === 'none' ? null : f.facilities)),
    count(c.bookings, 11, (f) => f.bookings),
    count(c.served, 11, (f) => f.served),
    count(c.onTime, 11, (f) => f.on_time),
    count(c.delayed, 11, (f) => f.delayed),
    count(c.cancelled, 11, (f) => f.cancelled),
    field<F>(c.onTimeRate, 'percent', 17, (f) => f.on_time_rate, rate),
    field<F>(c.avgDelay, 'minutes', 16, (f) => f.avg_delay),
    field<F>(c.previousOnTimeRate, 'percent', 22, (f) => f.previous_on_time_rate),
  ];
  return tableOfFields(
    'facilities',
    t.sheets.facilities,
    fields,
    src.facilities?.facilities ?? [],
    withTotals ? t.printing.totals : undefined,
  );
}

/** Today and the next 6 days: expected bookings and their 80 % interval (docs/analytics.md#forecast). */
export function forecastTable(src: ExportSources, t: ExportsTexts, lang: Lang) {
  const c = t.columns;
  type D = ForecastDayJson;
  const fields = [
    field<D>(c.date, 'date', 12, (d) => d.date),
    field<D>(c.weekday, 'text', 12, (d) => capitalise(lang, weekdayName(lang, weekdayOf(d.date) + 1))),
    field<D>(c.expectedBookings, 'int', 16, (d) => d.bookings),
    field<D>(c.low, 'int', 20, (d) => d.low),
    field<D>(c.high, 'int', 20, (d) => d.high),
  ];
  return tableOfFields('forecast', t.sheets.forecast, fields, src.forecast?.days ?? []);
}
