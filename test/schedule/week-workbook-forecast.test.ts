// The weekly e-mail's workbook forecasts the week after the reported week, learned through its Sunday, whenever
// the report goes out: sent on Monday morning or caught up on Wednesday, the Forecast sheet is the same.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { localToInstant } from '../../src/shared/time';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { runExport } from '../../src/main/exports/export-task';
import { weekWorkbook } from '../../src/main/schedule/week-workbook';
import { createTestDb, type TestDb } from '../helpers/test-db';

const settings = DEFAULT_ANALYTICS_SETTINGS;
const REPORTED_MONDAY = '2026-03-02'; // the week of 2–8 March
const at = (local: string) => localToInstant(local, settings.timeZone);
let t: TestDb;

beforeAll(() => {
  t = createTestDb();
  // The store runs to Wednesday 11 March: the days after the reported week are known by the time of the catch-up.
  seedDemo(t.db, {
    seed: 5,
    days: 120,
    endDay: '2026-03-11',
    bookingsPerDay: 60,
    now: at('2026-03-11T10:00:00'),
    settings,
  });
});
afterAll(() => t.dispose());

/** The Forecast sheet of the weekly workbook made at `now`: [date, expected, low, high] per row. */
async function forecastSheet(now: number): Promise<unknown[][]> {
  const attachment = await weekWorkbook(
    (input) => runExport({ db: t.db, now, signal: new AbortController().signal, progress: () => {} }, input),
    { periodKey: REPORTED_MONDAY, lang: 'fr', analytics: settings, version: '9.9.9-test', withTrips: false },
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(attachment.base64, 'base64') as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Prévision')!;
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const date = row.getCell(1).value;
    rows.push([
      date instanceof Date ? date.toISOString().slice(0, 10) : date,
      row.getCell(3).value,
      row.getCell(4).value,
      row.getCell(5).value,
    ]);
  });
  return rows;
}

describe('the weekly workbook’s forecast', () => {
  it('is the week after the reported week, learned through its Sunday, on Monday and on a Wednesday catch-up', async () => {
    const monday = await forecastSheet(at('2026-03-09T07:00:00'));
    const wednesday = await forecastSheet(at('2026-03-11T10:00:00'));
    for (const [, bookings, low, high] of monday as number[][]) {
      expect(low).toBeLessThanOrEqual(bookings!);
      expect(high).toBeGreaterThanOrEqual(bookings!);
    }
    expect(monday.map((r) => r[0])).toEqual([
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
    ]);
    expect(wednesday).toEqual(monday);
  });

  it('never forecasts from a day that has not ended: sent before the reported week is over, it starts today', async () => {
    // Sunday 8 March 20:00, the reported week's last day still in progress.
    const early = await forecastSheet(at('2026-03-08T20:00:00'));
    expect(early.map((r) => r[0])).toEqual([
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
    ]);
  });
});
