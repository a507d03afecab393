// The weekly e-mail's workbook leaves out the trips (patients' names) but keeps the facilities and the forecast,
// which carry none, in the recipient's language.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExport } from '../../src/main/exports/export-task';
import { weekWorkbook } from '../../src/main/schedule/week-workbook';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { NOW, seedExportStore, settings } from '../exports/export-fixtures';

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
  seedExportStore(t);
});
afterEach(() => t.dispose());

describe('the weekly workbook without trips', () => {
  for (const [lang, sheets] of [
    ['fr', ['Résumé', 'Jours', 'Jours de semaine', 'Chauffeurs', 'Établissements', 'Prévision', 'À propos']],
    ['en', ['Summary', 'Days', 'Weekdays', 'Drivers', 'Facilities', 'Forecast', 'About']],
  ] as const) {
    it(`keeps Facilities and Forecast (${lang})`, async () => {
      const attachment = await weekWorkbook(
        (input) =>
          runExport({ db: t.db, now: NOW, signal: new AbortController().signal, progress: () => {} }, input),
        { periodKey: '2026-03-23', lang, analytics: settings, version: '9.9.9-test', withTrips: false },
      );
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(attachment.base64, 'base64') as unknown as ArrayBuffer);
      expect(wb.worksheets.map((s) => s.name)).toEqual(sheets);
      // The week's 4 bookings (27–29 March; the seeded store has no facility): one « sans établissement » row and the total.
      const facilities = wb.getWorksheet(sheets[4])!;
      expect(facilities.getRow(2).getCell(3).value).toBe(4);
      expect(facilities.getRow(3).getCell(3).value).toBe(4);
    });
  }
});
