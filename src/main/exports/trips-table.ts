// The trips part: exactly the rows the Trips screen lists for the same filters and sort (the same WHERE and
// ORDER BY in trips-repo), streamed a page at a time. Times are the company's local wall-clock times.
import type { AnalyticsSettings, TripFilter, TripJson, TripSort } from '../../shared/analytics-types';
import type { ExportsTexts } from '../../shared/i18n/fr/exports';
import { toTripJson } from '../analytics/trip-json';
import { offsetAt } from '../analytics/time-zone';
import type { Db } from '../store/open-store';
import { getCompany } from '../store/repos/company-repo';
import { listTripIds, tripRowsByIds, type ExportTripSource } from '../store/repos/trips-repo';
import type { Cell, Column, ExportTable } from './export-table';

/** Rows fetched per SQLite read: large enough to amortise the query, small enough to keep memory flat. */
export const TRIPS_PAGE_ROWS = 2000;

export interface TripsSelection {
  filter: TripFilter;
  sort: TripSort;
  dir: 'asc' | 'desc';
}

/** The ids of the selected trips in screen order (a few MB for a year), and a reader of their rows by page. */
export function tripPages(
  db: Db,
  sel: TripsSelection,
  settings: AnalyticsSettings,
): { total: number; pages(): Iterable<ExportTripSource[]> } {
  const company = getCompany(db);
  const ids =
    company === null
      ? []
      : listTripIds(db, company.id, {
          filter: sel.filter,
          sort: sel.sort,
          dir: sel.dir,
          onTimeThresholdMinutes: settings.onTimeThresholdMinutes,
        });
  return {
    total: ids.length,
    *pages() {
      for (let i = 0; i < ids.length; i += TRIPS_PAGE_ROWS) {
        yield tripRowsByIds(db, ids.slice(i, i + TRIPS_PAGE_ROWS));
      }
    },
  };
}

/** An instant → its naive local wall-clock time in the zone ('YYYY-MM-DDTHH:MM:SS'). */
export function localWallClock(ms: number, timeZone: string): string {
  return new Date(ms + offsetAt(ms, timeZone)).toISOString().slice(0, 19);
}

export function tripColumns(t: ExportsTexts): Column[] {
  const c = t.columns;
  return [
    { header: c.booking, kind: 'int', width: 10 },
    { header: c.date, kind: 'date', width: 12 },
    { header: c.scheduled, kind: 'datetime', width: 17 },
    { header: c.boarded, kind: 'datetime', width: 17 },
    { header: c.delayMinutes, kind: 'int', width: 12 },
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
  t: ExportsTexts,
): ExportTable {
  const source = tripPages(db, sel, settings);
  const threshold = settings.onTimeThresholdMinutes;
  const zone = settings.timeZone;
  return {
    part: 'trips',
    sheet: t.sheets.trips,
    columns: tripColumns(t),
    rowCount: source.total,
    *chunks() {
      for (const page of source.pages()) {
        yield page.map((r): Cell[] => {
          const j = toTripJson(r, threshold);
          return [
            j.id,
            j.date,
            j.scheduled_local,
            r.boardedAt === null ? null : localWallClock(r.boardedAt, zone),
            j.delay_minutes,
            t.outcomes[j.outcome],
            j.status,
            j.driver_id,
            j.driver_name,
            j.distance_km,
            j.customer_name,
            j.pickup_location,
            j.dropoff_location,
            r.medicalFacility,
          ];
        });
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
