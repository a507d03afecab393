// Issue 17 §9: under `serve` a big export (a year, every part, XLSX) shows its job's progress and a cancel
// button, one click starts one export, a cancel starts no download, and the download starts when the file is
// ready. Against `serve` with the e2e data (400 days seeded).
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { AppPage } from './support/pages';

test.describe('export progress under serve', () => {
  test.setTimeout(240_000);

  test('a year’s workbook: progress, a cancel that downloads nothing, then the download once ready', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await app.choosePeriod('1y');
    const control = page.getByTestId('export-control');
    await control.getByTestId('export-part').selectOption('all');
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));

    // Start, then cancel: the running control replaces the button (no second job), and nothing is downloaded.
    await control.getByTestId('export-download').click();
    await expect(control.getByTestId('export-running')).toBeVisible();
    await expect(control.getByTestId('export-download')).toHaveCount(0);
    await expect(control.getByRole('progressbar')).toHaveAttribute('aria-label', /Export : \d+ %/, {
      timeout: 60_000,
    });
    await control.getByTestId('export-cancel').click();
    await expect(control.getByTestId('export-cancelled')).toBeVisible();
    await expect(control.getByTestId('export-running')).toHaveCount(0);

    // Again, to the end: the percentage moves, then the file arrives whole.
    const download = page.waitForEvent('download', { timeout: 200_000 });
    await control.getByTestId('export-download').click();
    await expect(control.getByRole('progressbar')).toHaveAttribute('aria-label', /Export : \d+ %/, {
      timeout: 60_000,
    });
    await app.screenshot('export-progress');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      /^dispatch-analytics_all_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    await expect(control.getByTestId('export-saved')).toBeVisible();
    expect(downloads).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await file.path())!);
    expect(wb.getWorksheet('Courses')!.rowCount).toBeGreaterThan(1000);
  });
});
