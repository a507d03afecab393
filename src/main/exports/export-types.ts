// What an export is asked for and what it produces. The input is structured-cloneable: it crosses into the
// worker thread that writes the file.
import type { AnalyticsSettings, IsoDate, Lang, TripFilter, TripSort } from '../../shared/analytics-types';
import { EXPORT_FILE_PARTS } from '../../shared/contract/export-inputs';
import type { ResolvedPeriod } from '../analytics/period';
import type { CsvDecimal, CsvDelimiter } from '../settings/sections/exports';

export const EXPORT_FORMATS = ['csv', 'json', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportPart = (typeof EXPORT_FILE_PARTS)[number];
/** The contract's parts (src/shared/contract/export-inputs.ts), `all` last: the CLI's help lists them so. */
export const EXPORT_PARTS: readonly ExportPart[] = [...EXPORT_FILE_PARTS.filter((p) => p !== 'all'), 'all'];
/** The parts one sheet (or one CSV file) can hold. */
export type SinglePart = Exclude<ExportPart, 'all'>;
/** In the order of the sheets; the trips (the big one) last. `facilities` and `forecast` carry no personal data,
 * so the weekly e-mail's workbook keeps them (it leaves out the trips only). */
export const SINGLE_PARTS: readonly SinglePart[] = [
  'summary',
  'daily',
  'weekdays',
  'drivers',
  'facilities',
  'forecast',
  'trips',
];

export interface ExportInput {
  format: ExportFormat;
  part: ExportPart;
  /** with part 'all': parts left out of the file (the weekly e-mail's workbook leaves out the trips, which carry
   * patients' names and addresses, unless reports.weekly.attachXlsxTrips); the About sheet names them */
  leaveOut?: readonly SinglePart[];
  from: IsoDate;
  to: IsoDate;
  /** the Trips screen's filters beyond the period (driver, outcome, weekday, hour, days…), and its sort */
  tripFilter?: Omit<TripFilter, 'from' | 'to'>;
  tripSort?: TripSort;
  tripDir?: 'asc' | 'desc';
  /** where the file goes; written as `<out>.<random>.part` first, renamed when complete */
  out: string;
  /** replace an existing file (refused otherwise) */
  force?: boolean;
  lang: Lang;
  /** CSV only; default: the settings, then the language's */
  delimiter?: CsvDelimiter;
  decimal?: CsvDecimal;
  /** the forecast part's first day, learned from the complete days before it (default and latest: today). The
   * weekly e-mail's workbook forecasts the week after the reported one, whenever the report goes out. */
  forecastFrom?: IsoDate;
  /** shown in About */
  appVersion: string;
  /** the analytics settings in force (on-time threshold, time zone), read by the caller */
  analytics: AnalyticsSettings;
}

/** The same, its period resolved once at the edge (checkExportInput, or the CLI's arguments). */
export type ResolvedExportInput = Omit<ExportInput, 'from' | 'to'> & { period: ResolvedPeriod };

export interface ExportOutput {
  path: string;
  bytes: number;
  /** data rows written (headers and About excluded) */
  rows: number;
}
