// The XLSX as a manager prints and reads it (issue 17 §8): A4 landscape, one page wide, the header row on every
// page, headers wider than the filter button, a weekday beside each day, totals rows where a total means
// something (Days, Drivers), every delay in the same minutes format. And the JSON's About says "no data" only
// for a period without bookings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { headerWidth } from '../../src/main/exports/xlsx-print';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { exportInput, readCsv, run, seedExportStore } from './export-fixtures';

async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function headersOf(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.getRow(1).values as unknown[]).slice(1).map(String);
}

describe('XLSX for printing and reading', () => {
  let t: TestDb;
  beforeEach(() => {
    t = createTestDb();
    seedExportStore(t);
  });
  afterEach(() => t.dispose());

  it('every sheet: A4 landscape, one page wide, header row repeated, headers clear of the filter button', async () => {
    const out = join(t.dir, 'tout.xlsx');
    await run(t, exportInput(t, { format: 'xlsx', part: 'all', out, lang: 'fr' }));
    const wb = await readXlsx(out);
    expect(wb.worksheets).toHaveLength(8);
    for (const sheet of wb.worksheets) {
      expect(sheet.pageSetup, sheet.name).toMatchObject({
        orientation: 'landscape',
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      });
      headersOf(sheet).forEach((h, i) => {
        expect(sheet.getColumn(i + 1).width, `${sheet.name} / ${h}`).toBeGreaterThanOrEqual(headerWidth(h));
        expect(sheet.getColumn(i + 1).width, `${sheet.name} / ${h}`).toBeGreaterThan(h.length + 2);
      });
    }
    // A long French header that the declared width (22) used to leave under the button.
    const days = wb.getWorksheet('Jours')!;
    const perBooking = headersOf(days).indexOf('Distance par course (km)') + 1;
    expect(days.getColumn(perBooking).width).toBeGreaterThanOrEqual(27);
  });

  it('Days: the weekday beside the date, a totals row outside the filter, Retard max in minutes like the others', async () => {
    const out = join(t.dir, 'jours.xlsx');
    await run(t, exportInput(t, { format: 'xlsx', part: 'daily', out, lang: 'fr' }));
    const days = (await readXlsx(out)).getWorksheet('Jours')!;
    const h = headersOf(days);
    expect(h.slice(0, 3)).toEqual(['Date', 'Jour', 'Courses']);
    const col = (name: string) => h.indexOf(name) + 1;
    // The days with data, 2026-03-27 … 2026-03-30: a Friday to a Monday, then the totals row.
    expect([2, 3, 4, 5].map((r) => days.getRow(r).getCell(2).value)).toEqual([
      'ven.',
      'sam.',
      'dim.',
      'lun.',
    ]);
    expect(days.rowCount).toBe(6);
    expect(days.autoFilter).toMatch(/^A1:[A-Z]+5$/);
    const totals = days.getRow(6);
    expect(totals.getCell(1).value).toBe('Total de la période');
    expect(totals.getCell(col('Courses')).value).toBe(5);
    expect(totals.getCell(col('Courses')).font?.bold).toBe(true);
    expect(totals.getCell(col('Annulées')).value).toBe(1);
    // 2 of the 5 bookings on time (docs/analytics.md#period-summary): the period's rate, not a mean of the
    // daily rates (100 %, 0 %, 100 %, 0 % → 50 %).
    expect(totals.getCell(col('À l’heure')).value).toBe(2);
    expect(totals.getCell(col('Ponctualité (%)')).value).toBe(0.4);
    // 900 s late is the largest delay: 15 minutes.
    expect(totals.getCell(col('Retard max (min)')).value).toBe(15);
    const daysTotal = [2, 3, 4, 5].map(
      (r) => days.getRow(r).getCell(col('Retard total (min)')).value as number,
    );
    expect(totals.getCell(col('Retard total (min)')).value).toBe(daysTotal.reduce((a, b) => a + b, 0));
    expect(totals.getCell(col('Retard total (min)')).value).toBeGreaterThanOrEqual(15 + 7);
    // An average of the days' trends means nothing: left empty.
    expect(totals.getCell(col('Évolution des courses (%)')).value).toBeNull();
    const day = days.getRow(3);
    const minutes = ['Retard moyen (min)', 'Retard max (min)', 'Retard total (min)'].map(
      (name) => day.getCell(col(name)).numFmt,
    );
    expect(new Set(minutes)).toEqual(new Set(['0.0']));
  });

  it('Drivers: a totals row; Weekdays and Trips: none; the CSV keeps its columns and rows', async () => {
    const out = join(t.dir, 'all.xlsx');
    await run(t, exportInput(t, { format: 'xlsx', part: 'all', out }));
    const wb = await readXlsx(out);
    const drivers = wb.getWorksheet('Drivers')!;
    const h = headersOf(drivers);
    const last = drivers.getRow(drivers.rowCount);
    expect(drivers.rowCount).toBe(4);
    expect(last.getCell(1).value).toBe('Period total');
    const bookings = h.indexOf('Bookings') + 1;
    const perDriver = [2, 3].map((r) => drivers.getRow(r).getCell(bookings).value as number);
    expect(last.getCell(bookings).value).toBe(perDriver[0]! + perDriver[1]!);
    expect(last.getCell(h.indexOf('Avg Delay (min)') + 1).value).toBeNull();
    expect(
      wb.getWorksheet('Weekdays')!.getRow(wb.getWorksheet('Weekdays')!.rowCount).getCell(1).value,
    ).not.toBe('Period total');
    const trips = wb.getWorksheet('Trips')!;
    expect(trips.rowCount).toBe(6);
    expect(trips.getRow(2).getCell(headersOf(trips).indexOf('Delay (min)') + 1).numFmt).toBe('0.0');

    const csv = join(t.dir, 'daily.csv');
    await run(t, exportInput(t, { format: 'csv', part: 'daily', out: csv }));
    const { rows } = readCsv(csv, ',');
    expect(rows[0]!.slice(0, 2)).toEqual(['Date', 'Bookings']);
    expect(rows).toHaveLength(5); // the header and the 4 days, no totals row
  });

  it('JSON about.message: only for a period without bookings', async () => {
    const full = join(t.dir, 'full.json');
    await run(t, exportInput(t, { format: 'json', part: 'all', out: full }));
    const about = JSON.parse(readFileSync(full, 'utf8')).about;
    expect(about.company).toBe('Taxis Léman');
    expect(about).not.toHaveProperty('message');

    const empty = join(t.dir, 'empty.json');
    await run(
      t,
      exportInput(t, { format: 'json', part: 'all', out: empty, from: '2026-01-05', to: '2026-01-11' }),
    );
    expect(JSON.parse(readFileSync(empty, 'utf8')).about.message).toMatch(/No data/i);
  });
});
