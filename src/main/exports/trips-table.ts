// The trips part: exactly the rows the Trips screen lists for the same filters and sort (the same WHERE and
// ORDER BY in trips-repo), streamed a page at a time. Times are the company's local wall-clock times.
import type { AnalyticsSettings, Lang, TripFilter, TripJson, TripSort } from '../../shared/analytics-types';
import { catalogues } from '../../shared/i18n';
import { exportTexts, type ExportsTexts } from './export-texts';
import { bookingOutcome, delayMinutes } from '../analytics/booking-outcome';
import { toTripJson } from '../analytics/trip-json';
import { wallClockStream } from '../../shared/time';
import type { Db } from '../store/open-store';
import { getCompany } from '../store/repos/company-repo';
import { countTrips, iterateTrips, type ExportTripSource } from '../store/repos/trips-repo';
import type { Cell, Column, ExportTable } from './export-table';

/**
 * Rows per chunk handed to a writer: between two chunks the writer waits for the disk and lets the event loop
 * answer (progress, cancel), so a chunk must be quick to format (a few ms) yet large enough to amortise that.
 */
export const TRIPS_CHUNK_ROWS = 500;

export interface TripsSelection {
  filter: TripFilter;
  sort: TripSort;
  dir: 'asc' | 'desc';
}

/**
 * The selected trips in screen order: their count now, their rows in chunks when asked. The SQLite statement is
 * only opened by `pages()` (it keeps the connection busy until the last row or an early stop closes it).
 */
export function tripPages(
  db: Db,
  sel: TripsSelection,
  settings: AnalyticsSettings,
): { total: number; pages(): Iterable<ExportTripSource[]> } {
  const company = getCompany(db);
  const q = {
    filter: sel.filter,
    sort: sel.sort,
    dir: sel.dir,
    onTimeThresholdMinutes: settings.onTimeThresholdMinutes,
  };
  return {
    total: company === null ? 0 : countTrips(db, company.id, q),
    *pages() {
      if (company === null) return;
      const rows = iterateTrips(db, company.id, q);
      try {
        let page: ExportTripSource[] = [];
        for (const row of rows) {
          page.push(row);
          if (page.length === TRIPS_CHUNK_ROWS) {
            yield page;
            page = [];
          }
        }
        if (page.length > 0) yield page;
      } finally {
        rows.return?.();
      }
    },
  };
}

export function tripColumns(t: ExportsTexts): Column[] {
  const c = t.columns;
  return [
    { header: c.booking, kind: 'int', width: 10 },
    { header: c.date, kind: 'date', width: 12 },
    { header: c.scheduled, kind: 'datetime', width: 17 },
    { header: c.boarded, kind: 'datetime', width: 17 },
    { header: c.delayMinutes, kind: 'minutes', width: 12 },
    { header: c.outcome, kind: 'text', width: 14 },
    { header: c.status, kind: 'text', width: 16 },
    { header: c.driverId, kind: 'int', width: 12 },
    { header: c.driver, kind: 'text', width: 22 },
    { header: c.distanceKm, kind: 'number', width: 13 },
    { header: c.customer, kind: 'text', width: 24 },
    { header: c.pickup, kind: 'text', width: 32 },
    { header: c.dropoff, kind: 'text', width: 32 },
    { header: c.medicalFacility, kind: 'text', width: 28 },
  ];
}

export function tripsTable(
  db: Db,
  sel: TripsSelection,
  settings: AnalyticsSettings,
  lang: Lang,
): ExportTable {
  const t = exportTexts(lang);
  const source = tripPages(db, sel, settings);
  const threshold = settings.onTimeThresholdMinutes;
  const boardedWallClock = wallClockStream(settings.timeZone);
  // The outcome words of the Trips screen, so the file and the screen say the same thing.
  const outcomes = catalogues[lang].trips.outcomes;
  const statuses: Partial<Record<string, string>> = catalogues[lang].trips.statuses;
  return {
    part: 'trips',
    sheet: t.sheets.trips,
    columns: tripColumns(t),
    rowCount: source.total,
    *chunks() {
      for (const page of source.pages()) {
        // toTripJson's fields without its ISO instants, which no cell shows (two Date objects a row: ~15 % of a
        // 730k-row CSV). test/exports checks the rows against the trips API's.
        yield page.map((r): Cell[] => [
          r.id,
          r.day,
          r.scheduledLocal,
          r.boardedAt === null ? null : boardedWallClock(r.boardedAt),
          delayMinutes(r),
          outcomes[bookingOutcome(r, threshold)],
          statuses[r.status] ?? r.status,
          r.driverId,
          r.driverName,
          r.distanceMeters === null ? null : r.distanceMeters / 1000,
          r.customerName,
          r.pickupLocation,
          r.dropoffLocation,
          r.medicalFacility,
        ]);
      }
    },
  };
}

/** A trip as the JSON export writes it: the Trips API's row plus the medical facility. */
export type TripExportJson = TripJson & { medical_facility: string | null };

/** The same trips as JSON rows (the trips API's shape), a page at a time. */
export function tripJsonPages(
  db: Db,
  sel: TripsSelection,
  settings: AnalyticsSettings,
): { total: number; pages(): Iterable<TripExportJson[]> } {
  const source = tripPages(db, sel, settings);
  return {
    total: source.total,
    *pages() {
      for (const page of source.pages()) {
        yield page.map((r) => ({
          ...toTripJson(r, settings.onTimeThresholdMinutes),
          medical_facility: r.medicalFacility,
        }));
      }
    },
  };
}
