// An export bigger than one chunk of trips (500 rows): the writers' work between chunks (mutation testing of
// csv-writer.ts, json-writer.ts, xlsx-writer.ts, export-task.ts). Every row of every chunk reaches the file once,
// in order, with the chunks joined as the format wants; the progress counts the rows written so far; a cancel is
// obeyed at the next chunk rather than after the last row (on a year of trips, minutes later).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aggregateAll } from '../../src/main/aggregation/aggregate-service';
import { TRIPS_CHUNK_ROWS } from '../../src/main/exports/trips-table';
import { getTrips } from '../../src/main/services/analytics-service';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { COMPANY_ID, insertCompanyWithDrivers, insertMany } from '../aggregation/store-fixtures';
import { exportInput, NOW, readCsv, run, settings } from './export-fixtures';

const PER_DAY = 155;
const DAYS = ['2026-03-27', '2026-03-28', '2026-03-30', '2026-03-31'];
const TOTAL = PER_DAY * DAYS.length;

let t: TestDb;
let apiIds: number[];
beforeEach(() => {
  t = createTestDb();
  insertCompanyWithDrivers(t.db, ['Anna Keller', 'Marc Rossi']);
  for (const day of DAYS) insertMany(t.db, PER_DAY, day, { lateBy: 90, driverId: 2 });
  aggregateAll(t.db, { companyId: COMPANY_ID, now: NOW, settings });
  apiIds = getTrips(t.db, {
    filter: { from: '2026-03-27', to: '2026-03-31' },
    settings,
    limit: TOTAL,
  }).rows.map((r) => r.id);
});
afterEach(() => t.dispose());

/** Runs the export and keeps every progress call. */
async function exportWithProgress(format: 'csv' | 'json' | 'xlsx') {
  const calls: [number, number][] = [];
  const out = join(t.dir, `trips.${format}`);
  const result = await run(t, exportInput(t, { format, part: 'trips', out, delimiter: ';', decimal: ',' }), {
    progress: (done, total) => calls.push([done, total]),
  });
  return { out, result, calls };
}

describe('an export of more than one chunk of trips', () => {
  it('the fixture is more than one chunk, and the API lists every trip', () => {
    expect(TOTAL).toBeGreaterThan(TRIPS_CHUNK_ROWS);
    expect(apiIds).toHaveLength(TOTAL);
  });

  it('CSV: every trip once, in the API’s order, one CRLF record each; progress counts the rows', async () => {
    const { out, result, calls } = await exportWithProgress('csv');
    const { raw, rows } = readCsv(out, ';');
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(apiIds);
    expect(raw.split('\r\n')).toHaveLength(1 + TOTAL + 1);
    expect(result.rows).toBe(TOTAL);
    expect(calls).toEqual([
      [0, TOTAL],
      [TRIPS_CHUNK_ROWS, TOTAL],
      [TOTAL, TOTAL],
    ]);
  });

  it('JSON: one valid document holding every trip once, in the API’s order; progress counts the rows', async () => {
    const { out, result, calls } = await exportWithProgress('json');
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { total: number; rows: { id: number }[] };
    expect(doc.total).toBe(TOTAL);
    expect(doc.rows.map((r) => r.id)).toEqual(apiIds);
    expect(result.rows).toBe(TOTAL);
    expect(calls).toEqual([
      [0, TOTAL],
      [TRIPS_CHUNK_ROWS, TOTAL],
      [TOTAL, TOTAL],
    ]);
  });

  it('XLSX: every trip once, in the API’s order; progress counts the trips, then the About rows', async () => {
    const { out, result, calls } = await exportWithProgress('xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('Trips')!;
    const ids: unknown[] = [];
    sheet.eachRow((r, n) => n > 1 && ids.push(r.getCell(1).value));
    expect(ids).toEqual(apiIds);
    expect(result.rows).toBe(TOTAL);
    const aboutRows = wb.getWorksheet('About')!.rowCount - 1;
    const total = TOTAL + aboutRows;
    expect(calls).toEqual([
      [0, total],
      [TRIPS_CHUNK_ROWS, total],
      [TOTAL, total],
      [total, total],
    ]);
  });

  for (const format of ['csv', 'json', 'xlsx'] as const) {
    it(`${format}: a cancel during the first chunk stops the writer before the next one`, async () => {
      const abort = new AbortController();
      const seen: number[] = [];
      const out = join(t.dir, `cancelled.${format}`);
      const done = run(t, exportInput(t, { format, part: 'trips', out }), {
        signal: abort.signal,
        progress: (n) => {
          seen.push(n);
          if (n >= TRIPS_CHUNK_ROWS) abort.abort();
        },
      });
      await expect(done).rejects.toMatchObject({ kind: 'cancelled' });
      expect(Math.max(...seen)).toBe(TRIPS_CHUNK_ROWS);
    });
  }
});
