// A small store for the export tests: two drivers, a few days around the spring DST change in Zurich
// (2026-03-29), and customers whose names a spreadsheet would run as formulas.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { aggregateAll } from '../../src/main/aggregation/aggregate-service';
import { runExport } from '../../src/main/exports/export-task';
import type { ExportInput, ExportOutput } from '../../src/main/exports/export-types';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import type { TestDb } from '../helpers/test-db';
import { COMPANY_ID, insertBooking, insertCompanyWithDrivers } from '../aggregation/store-fixtures';

export const settings = DEFAULT_ANALYTICS_SETTINGS;
/** 2026-04-01 10:00 in Zurich */
export const NOW = Date.UTC(2026, 3, 1, 8, 0);
export const FORMULA_NAME = '=HYPERLINK("http://x","clic")';
export const PHONE_NAME = '+41 22 123 45 67';

export function seedExportStore(t: TestDb): { dstBookingId: number } {
  insertCompanyWithDrivers(t.db, ['Anna Keller', 'Marc Rossi']);
  insertBooking(t.db, {
    local: '2026-03-27T07:00:00',
    lateBy: 120,
    driverId: 1,
    customerName: 'Marie Favre',
  });
  insertBooking(t.db, { local: '2026-03-28T09:15:00', lateBy: 900, driverId: 2, customerName: FORMULA_NAME });
  insertBooking(t.db, { local: '2026-03-28T10:00:00', status: 'canceled', customerName: PHONE_NAME });
  // The DST day: clocks jump from 02:00 to 03:00, so 08:30 local is 06:30 UTC.
  const dstBookingId = insertBooking(t.db, {
    local: '2026-03-29T08:30:00',
    lateBy: 30,
    driverId: 1,
    distanceMeters: 12_345,
    customerName: '-lookalike@example.ch',
  });
  insertBooking(t.db, {
    local: '2026-03-30T17:45:00',
    lateBy: 420,
    driverId: 2,
    customerName: 'Jean Dupont',
  });
  aggregateAll(t.db, { companyId: COMPANY_ID, now: NOW, settings });
  return { dstBookingId };
}

export function exportInput(
  t: TestDb,
  over: Partial<ExportInput> & Pick<ExportInput, 'format' | 'part' | 'out'>,
): ExportInput {
  return {
    from: '2026-03-27',
    to: '2026-03-31',
    lang: 'en',
    appVersion: '9.9.9-test',
    analytics: settings,
    ...over,
  };
}

export function run(
  t: TestDb,
  input: ExportInput,
  opts: { signal?: AbortSignal; progress?: (done: number, total: number) => void } = {},
): Promise<ExportOutput> {
  return runExport(
    {
      db: t.db,
      now: NOW,
      signal: opts.signal ?? new AbortController().signal,
      progress: opts.progress ?? (() => {}),
    },
    input,
  );
}

/** A CSV file read back with a real parser (csv-parse), after checking and removing its BOM. */
export function readCsv(path: string, delimiter: string): { raw: string; rows: string[][] } {
  const raw = readFileSync(path, 'utf8');
  if (!raw.startsWith('\uFEFF')) throw new Error(`${path} has no BOM`);
  const rows = parse(raw.slice(1), {
    delimiter,
    record_delimiter: '\r\n',
    relax_column_count: false,
  }) as string[][];
  return { raw, rows };
}
