// The `facilities` and `forecast` export parts on a seeded demo store, each format read back with a real parser
// (exceljs, csv-parse, JSON.parse): the facilities rows add up to the period's bookings and cancellations, the
// forecast is today and the next 6 days inside their 80 % interval, and the files equal `facilities --json` and
// `forecast --json`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardJson } from '../../src/shared/analytics-types';
import type { FacilitiesJson } from '../../src/main/services/facility-service';
import type { ForecastJson } from '../../src/main/services/forecast-service';
import { addDays } from '../../src/shared/time';
import { readCsv } from '../exports/export-fixtures';
import { cliSandbox, TODAY, type CliSandbox } from './run-cli';

let cli: CliSandbox;
beforeAll(async () => {
  cli = cliSandbox();
  expect((await cli.run('demo', 'seed', '--days', '60', '--seed', '4')).code).toBe(0);
});
afterAll(() => cli.dispose());

// 30 complete days before the sandbox's today.
const range = ['--from', addDays(TODAY, -30), '--to', addDays(TODAY, -1)];
const week = [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(TODAY, i));

async function exportOk(...argv: string[]): Promise<string> {
  const out = join(cli.dir, `${Math.random().toString(36).slice(2)}-${argv.join('_').replace(/\W+/g, '')}`);
  const r = await cli.run('export', ...argv, '--out', out);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return out;
}

async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

const num = (v: string) => Number(v.replace(',', '.'));

describe('export of the facilities and forecast parts', () => {
  it('XLSX all (en): Facilities add up to the Summary’s bookings and the Days’ cancellations; Forecast is 7 days', async () => {
    const out = await exportOk('--lang', 'en', '--format', 'xlsx', '--what', 'all', ...range);
    const wb = await readXlsx(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Days',
      'Weekdays',
      'Drivers',
      'Facilities',
      'Forecast',
      'Trips',
      'About',
    ]);
    const facilities = rowsOf(wb.getWorksheet('Facilities')!);
    const head = facilities[0]!;
    expect(head.slice(0, 3)).toEqual(['Medical Facility', 'Facilities Grouped', 'Bookings']);
    const col = (name: string) => head.indexOf(name);
    const body = facilities.slice(1, -1);
    const totals = facilities.at(-1)!;
    expect(totals[0]).toBe('Period total');
    expect(body.length).toBeGreaterThan(3);
    const sum = (name: string) => body.reduce((n: number, r) => n + (r[col(name)] as number), 0);

    const summary = rowsOf(wb.getWorksheet('Summary')!);
    const bookings = summary.find((r) => r[1] === 'Bookings')![2];
    expect(bookings).toBeGreaterThan(0);
    expect(sum('Bookings')).toBe(bookings);
    expect(totals[col('Bookings')]).toBe(bookings);

    const days = rowsOf(wb.getWorksheet('Days')!);
    const cancelled = days.at(-1)![days[0]!.indexOf('Cancelled')];
    expect(cancelled).toBeGreaterThan(0);
    expect(sum('Cancelled')).toBe(cancelled);
    expect(totals[col('Cancelled')]).toBe(cancelled);

    const dashboard = await cli.json<DashboardJson>('--lang', 'en', 'dashboard', '--json', ...range);
    expect(sum('Bookings')).toBe(dashboard.summary.total_bookings);

    const forecast = rowsOf(wb.getWorksheet('Forecast')!);
    expect(forecast[0]).toEqual([
      'Date',
      'Weekday',
      'Expected Bookings',
      'Low (80 % interval)',
      'High (80 % interval)',
    ]);
    expect(forecast.slice(1).map((r) => (r[0] as Date).toISOString().slice(0, 10))).toEqual(week);
    expect(forecast[1]![1]).toBe('Sunday');
    for (const [, , expected, low, high] of forecast.slice(1)) {
      expect(low as number).toBeLessThanOrEqual(expected as number);
      expect(expected as number).toBeLessThanOrEqual(high as number);
    }
  });

  it('XLSX (fr): French sheet names and headers, « autres » for the facilities under 10 bookings', async () => {
    // One day: most facilities have fewer than 10 bookings, so the « autres » row is there.
    const day = ['--from', addDays(TODAY, -2), '--to', addDays(TODAY, -2)];
    const out = await exportOk('--format', 'xlsx', '--what', 'all', ...day);
    const wb = await readXlsx(out);
    expect(wb.worksheets.map((s) => s.name)).toContain('Établissements');
    expect(wb.worksheets.map((s) => s.name)).toContain('Prévision');
    const forecast = rowsOf(wb.getWorksheet('Prévision')!);
    expect(forecast[0]).toEqual([
      'Date',
      'Jour',
      'Courses prévues',
      'Bas (intervalle 80 %)',
      'Haut (intervalle 80 %)',
    ]);
    expect(forecast[1]![1]).toBe('Dimanche');
    const facilities = rowsOf(wb.getWorksheet('Établissements')!);
    expect(facilities[0]!.slice(0, 3)).toEqual([
      'Établissement médical',
      'Établissements regroupés',
      'Courses',
    ]);
    const json = await cli.json<FacilitiesJson>('facilities', '--json', ...day);
    const others = json.facilities.find((f) => f.kind === 'others')!;
    expect(others.facilities).toBeGreaterThan(1);
    expect(json.facilities.find((f) => f.kind === 'none')!.bookings).toBeGreaterThan(0);
    const byName = new Map(facilities.map((r) => [r[0], r]));
    expect(byName.get('autres')!.slice(1, 3)).toEqual([others.facilities, others.bookings]);
    expect(byName.get('sans établissement')).toBeDefined();
    expect(facilities.at(-1)![0]).toBe('Total de la période');
    const bookings = rowsOf(wb.getWorksheet('Résumé')!).find((r) => r[1] === 'Courses')![2];
    expect(facilities.at(-1)![2]).toBe(bookings);
  });

  it('CSV: one part each, French and English headers, the same figures as --json', async () => {
    const json = await cli.json<FacilitiesJson>('facilities', '--json', ...range);
    const fr = readCsv(await exportOk('--format', 'csv', '--what', 'facilities', ...range), ';').rows;
    expect(fr[0]!.slice(0, 3)).toEqual(['Établissement médical', 'Établissements regroupés', 'Courses']);
    // No totals row in a CSV: the rows are the facilities, and add up to the period's bookings.
    expect(fr.length - 1).toBe(json.facilities.length);
    const total = (rows: string[][], i: number) => rows.slice(1).reduce((n, r) => n + num(r[i]!), 0);
    expect(total(fr, 2)).toBe(json.facilities.reduce((n, f) => n + f.bookings, 0));
    const cancelled = fr[0]!.indexOf('Annulées');
    expect(total(fr, cancelled)).toBe(json.facilities.reduce((n, f) => n + f.cancelled, 0));

    const en = readCsv(
      await exportOk('--lang', 'en', '--format', 'csv', '--what', 'forecast', ...range),
      ',',
    ).rows;
    const forecast = await cli.json<ForecastJson>('forecast', '--days', '7', '--json');
    expect(en[0]).toEqual([
      'Date',
      'Weekday',
      'Expected Bookings',
      'Low (80 % interval)',
      'High (80 % interval)',
    ]);
    expect(en.slice(1).map((r) => [r[0], num(r[2]!), num(r[3]!), num(r[4]!)])).toEqual(
      forecast.days.map((d) => [d.date, d.bookings, d.low, d.high]),
    );
  });

  it('JSON: each part is `facilities --json` / `forecast --json`, and `all` holds both', async () => {
    const facilities = await cli.json<FacilitiesJson>('facilities', '--json', ...range);
    const forecast = await cli.json<ForecastJson>('forecast', '--days', '7', '--json');
    const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as unknown;
    expect(read(await exportOk('--format', 'json', '--what', 'facilities', ...range))).toEqual(facilities);
    const part = read(await exportOk('--format', 'json', '--what', 'forecast', ...range)) as ForecastJson;
    expect(part).toEqual(forecast);
    expect(part.days.map((d) => d.date)).toEqual(week);
    for (const d of part.days) {
      expect(d.low).toBeLessThanOrEqual(d.bookings);
      expect(d.bookings).toBeLessThanOrEqual(d.high);
    }
    const all = read(await exportOk('--format', 'json', '--what', 'all', ...range)) as Record<
      string,
      unknown
    >;
    expect(all.facilities).toEqual(facilities);
    expect(all.forecast).toEqual(forecast);
  });
});
