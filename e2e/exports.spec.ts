// Export from the Trips screen under `serve`: the browser downloads the file and it reads back with the rows the
// app lists for the same filters.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { TripJson } from '../src/shared/analytics-types';
import { callApi, e2eEnv } from './support/api';
import { AppPage } from './support/pages';

type TripsPage = { total: number; rows: TripJson[] };

test.describe('exports', () => {
  test('the Trips screen downloads its trips as XLSX and as CSV', async ({ page }) => {
    const { baseUrl, token } = e2eEnv();
    const app = new AppPage(page);
    await app.open();
    await app.goTo('trips');
    await expect(page.getByTestId('trip-row').first()).toBeVisible();
    const filter = {
      from: (await page.getByTestId('trips-from').getAttribute('data-iso-date'))!,
      to: (await page.getByTestId('trips-to').getAttribute('data-iso-date'))!,
    };
    const expected = await callApi<TripsPage>(baseUrl, token, 'trips:list-trips', { filter, limit: 5 });

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-download').click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(`dispatch-analytics_trips_${filter.from}_${filter.to}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await xlsx.path())!);
    const sheet = wb.getWorksheet('Courses')!;
    expect(sheet.rowCount - 1).toBe(expected.total);
    expect(sheet.getRow(1).getCell(1).value).toBe('Course');
    expect(sheet.getRow(2).getCell(1).value).toBe(expected.rows[0]!.id);
    expect(sheet.getRow(2).getCell(3).type).toBe(ExcelJS.ValueType.Date);
    expect(wb.getWorksheet('À propos')).toBeTruthy();

    await page.getByTestId('export-format').selectOption('csv');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-download').click(),
    ]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFFCourse;Date;Prévue;')).toBe(true);
    expect(text.split('\r\n').length - 2).toBe(expected.total);
  });
});
