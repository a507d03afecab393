// `export` on a seeded demo store: the files read back equal `dashboard --json`, `metrics --json` and
// `insights --json` for the same range, and every refusal is one sentence with the right exit code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardJson, DispatchMetricsJson, DriverStatsJson } from '../../src/shared/analytics-types';
import { readCsv } from '../exports/export-fixtures';
import { cliSandbox, type CliSandbox } from './run-cli';

let cli: CliSandbox;
beforeAll(async () => {
  cli = cliSandbox();
  const seeded = await cli.run('demo', 'seed', '--days', '45', '--seed', '3');
  expect(seeded.code).toBe(0);
});
afterAll(() => cli.dispose());

const range = ['--from', '2026-02-10', '--to', '2026-03-11'];

async function json<T>(...argv: string[]): Promise<T> {
  const r = await cli.run(...argv);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

async function exportOk(...argv: string[]): Promise<string> {
  const out = join(cli.dir, `${Math.random().toString(36).slice(2)}-${argv.join('_').replace(/\W+/g, '')}`);
  const r = await cli.run('export', ...argv, '--out', out);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return out;
}

describe('export command', () => {
  it('daily CSV in English starts with the reference columns and equals dashboard/metrics --json', async () => {
    const out = await exportOk('--lang', 'en', '--format', 'csv', '--what', 'daily', ...range);
    const { rows } = readCsv(out, ',');
    expect(rows[0]!.slice(0, 5)).toEqual([
      'Date',
      'Bookings',
      'On-Time Rate (%)',
      'Avg Delay (min)',
      'Quality Score',
    ]);
    const dashboard = await json<DashboardJson>('--lang', 'en', 'dashboard', '--json', ...range);
    const metrics = await json<DispatchMetricsJson[]>('metrics', '--json', ...range);
    expect(rows.length - 1).toBe(dashboard.trends.length);
    const h = rows[0]!;
    rows.slice(1).forEach((r, i) => {
      const p = dashboard.trends[i]!;
      const m = metrics.find((x) => x.date === p.date)!;
      expect(r.slice(0, 5)).toEqual([
        p.date,
        `${p.bookings}`,
        `${p.on_time_rate}`,
        `${p.avg_delay}`,
        `${p.quality_score}`,
      ]);
      expect(Number(r[h.indexOf('Delayed')])).toBe(m.delayed_bookings);
      expect(Number(r[h.indexOf('Distance (km)')])).toBe(m.total_distance_km);
      expect(Number(r[h.indexOf('Score: Punctuality (/50)')])).toBe(m.extra_data.quality_parts.punctuality);
    });
  });

  it('French CSV defaults to `;` and a decimal comma', async () => {
    const out = await exportOk('--format', 'csv', '--what', 'drivers', ...range);
    const { rows } = readCsv(out, ';');
    expect(rows[0]![1]).toBe('Chauffeur');
    expect(rows.slice(1).some((r) => /^\d+,\d+$/.test(r[rows[0]!.indexOf('Distance (km)')]!))).toBe(true);
  });

  it('XLSX all: the Summary, Days and Drivers sheets equal the --json figures', async () => {
    const out = await exportOk('--lang', 'en', '--format', 'xlsx', '--what', 'all', ...range);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const dashboard = await json<DashboardJson>('--lang', 'en', 'dashboard', '--json', ...range);

    const summary = new Map<string, [unknown, unknown]>();
    wb.getWorksheet('Summary')!.eachRow((r) =>
      summary.set(String(r.getCell(2).value), [r.getCell(3).value, r.getCell(4).value]),
    );
    expect(summary.get('Bookings')).toEqual([
      dashboard.summary.total_bookings,
      dashboard.previous_summary.total_bookings,
    ]);
    const rate = summary.get('On-time rate')!;
    expect(Math.round((rate[0] as number) * 10_000) / 100).toBe(dashboard.summary.avg_on_time_rate);
    expect(summary.get('Quality score')![0]).toBe(dashboard.summary.avg_quality_score);
    expect(summary.get('Average delay (min)')![1]).toBe(dashboard.previous_summary.avg_delay_minutes);

    // The header, one row per day (its weekday in column 2), then the totals row: the period's own KPIs.
    const days = wb.getWorksheet('Days')!;
    expect(days.rowCount - 2).toBe(dashboard.trends.length);
    dashboard.trends.forEach((p, i) => {
      const r = days.getRow(i + 2);
      expect((r.getCell(1).value as Date).toISOString().slice(0, 10)).toBe(p.date);
      expect(r.getCell(3).value).toBe(p.bookings);
      expect(Math.round((r.getCell(4).value as number) * 10_000) / 100).toBe(p.on_time_rate);
      expect(r.getCell(5).value).toBe(p.avg_delay);
      expect(r.getCell(6).value).toBe(p.quality_score);
    });
    const totals = days.getRow(days.rowCount);
    expect(totals.getCell(3).value).toBe(dashboard.summary.total_bookings);
    expect(Math.round((totals.getCell(4).value as number) * 10_000) / 100).toBe(
      dashboard.summary.avg_on_time_rate,
    );
    expect(totals.getCell(5).value).toBe(dashboard.summary.avg_delay_minutes);

    const jsonOut = await exportOk('--format', 'json', '--what', 'drivers', ...range);
    const drivers = JSON.parse(readFileSync(jsonOut, 'utf8')) as DriverStatsJson[];
    const sheet = wb.getWorksheet('Drivers')!;
    expect(sheet.rowCount - 2).toBe(drivers.length); // and the totals row
    drivers.forEach((d, i) => {
      const r = sheet.getRow(i + 2);
      expect([r.getCell(1).value, r.getCell(2).value, r.getCell(3).value, r.getCell(9).value]).toEqual([
        d.driver_id,
        d.driver_name,
        d.bookings,
        d.avg_delay,
      ]);
    });
  });

  it('JSON summary is the dashboard --json document', async () => {
    const out = await exportOk('--lang', 'en', '--format', 'json', '--what', 'summary', ...range);
    const dashboard = await json<DashboardJson>('--lang', 'en', 'dashboard', '--json', ...range);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as unknown;
    // The day in progress is shown apart on screen only: a file about a period holds finished days.
    const { today: _today, ...period } = dashboard;
    expect(doc).toEqual(period);
  });

  it('refusals: one sentence, exit 2 for bad arguments, 1 for an existing file; nothing left behind', async () => {
    const before = readdirSync(cli.dir).length;
    const allCsv = await cli.run(
      '--lang',
      'en',
      'export',
      '--format',
      'csv',
      '--what',
      'all',
      '--period',
      '30d',
      '--out',
      join(cli.dir, 'a.csv'),
    );
    expect(allCsv.code).toBe(2);
    expect(allCsv.stderr).toMatch(/^A CSV holds one table only: choose xlsx or json.*\n$/);
    const badRange = await cli.run(
      'export',
      '--format',
      'csv',
      '--what',
      'daily',
      '--from',
      '2026-03-10',
      '--to',
      '2026-03-01',
      '--out',
      join(cli.dir, 'b.csv'),
    );
    expect(badRange.code).toBe(2);
    expect(badRange.stderr).toMatch(/inversez/);
    const badFormat = await cli.run(
      'export',
      '--format',
      'pdf',
      '--what',
      'daily',
      '--period',
      '7d',
      '--out',
      join(cli.dir, 'c.pdf'),
    );
    expect(badFormat.code).toBe(2);
    const out = await exportOk('--format', 'xlsx', '--what', 'daily', '--period', '7d');
    const again = await cli.run(
      '--lang',
      'en',
      'export',
      '--format',
      'xlsx',
      '--what',
      'daily',
      '--period',
      '7d',
      '--out',
      out,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists: choose another name, or add --force/);
    const forced = await cli.run(
      'export',
      '--format',
      'xlsx',
      '--what',
      'daily',
      '--period',
      '7d',
      '--out',
      out,
      '--force',
    );
    expect(forced.code).toBe(0);
    const noFolder = await cli.run(
      'export',
      '--format',
      'csv',
      '--what',
      'daily',
      '--period',
      '7d',
      '--out',
      join(cli.dir, 'nope', 'x.csv'),
    );
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toMatch(/n’existe pas/);
    expect(existsSync(join(cli.dir, 'a.csv'))).toBe(false);
    expect(readdirSync(cli.dir).length).toBe(before + 1);
  });
});
