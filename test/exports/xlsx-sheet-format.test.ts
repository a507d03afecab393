// How each XLSX cell reads (mutation testing of xlsx-writer.ts and xlsx-cells.ts), read back with exceljs: a bold
// header, a date column formatted as a date (no time) and a date-time column with its time, whole numbers without
// decimals, empty cells empty, the workbook signed by the app.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { xlsxCell, xlsxStyles } from '../../src/main/exports/xlsx-cells';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { exportInput, run, seedExportStore } from './export-fixtures';

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
  seedExportStore(t);
});
afterEach(() => t.dispose());

describe('an XLSX trips sheet read back', () => {
  it('bold headers, date and date-time formats, whole numbers as such, empty cells empty', async () => {
    const out = join(t.dir, 'trips.xlsx');
    await run(t, exportInput(t, { format: 'xlsx', part: 'trips', out }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.creator).toBe('Dispatch Analytics');
    const sheet = wb.getWorksheet('Trips')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    sheet.getRow(1).eachCell((c) => expect(c.font?.bold, String(c.value)).toBe(true));
    expect(sheet.getRow(2).getCell(1).font?.bold).not.toBe(true);
    const col = (name: string) => headers.indexOf(name) + 1;
    const row = sheet.getRow(2);
    const date = row.getCell(col('Date'));
    expect(date.type).toBe(ExcelJS.ValueType.Date);
    expect(date.numFmt).not.toMatch(/h/i);
    expect(row.getCell(col('Scheduled')).numFmt).toMatch(/hh:mm/);
    expect(row.getCell(col('Booking')).numFmt).toBe('0');
    expect(row.getCell(col('Distance (km)')).numFmt).toBe('0.00');
    // The cancelled booking was never boarded: its Boarded cell is empty, not a zero date.
    const cancelled = [...Array(sheet.rowCount - 1).keys()]
      .map((i) => sheet.getRow(i + 2))
      .find((r) => r.getCell(col('Boarded')).value === null);
    expect(cancelled).toBeDefined();
    expect(cancelled!.getCell(col('Delay (min)')).value).toBeNull();
  });
});

describe('an XLSX cell', () => {
  const styles = xlsxStyles('fr');
  it('a whole number in a whole-number column has no decimals; a fraction there keeps two', () => {
    expect(xlsxCell(12, 'int', styles)).toEqual({ value: 12, style: styles.int });
    expect(xlsxCell(2.5, 'int', styles)).toEqual({ value: 2.5, style: styles.number });
  });

  it('a text that is not a date stays text in a date column (the totals label)', () => {
    expect(xlsxCell('Total de la période', 'date', styles)).toEqual({
      value: 'Total de la période',
      style: styles.text,
    });
    expect(xlsxCell('2026-03-29 08:30', 'datetime', styles).value).toEqual(
      new Date('2026-03-29T08:30:00.000Z'),
    );
  });
});
