// Trips per active driver (docs/analytics.md#trips-per-driver), the KPI added through the figures catalogue
// alone: on a demo store it is in `dashboard --json` (Σ bookings / Σ active drivers of the metrics rows), in
// the CLI's text in both languages and in the exported summary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardJson, DispatchMetricsJson } from '../../src/shared/analytics-types';
import { readCsv } from '../exports/export-fixtures';
import { cliSandbox, type CliSandbox } from './run-cli';
import { join } from 'node:path';

let cli: CliSandbox;
beforeAll(async () => {
  cli = cliSandbox();
  expect((await cli.run('demo', 'seed', '--days', '30', '--seed', '5')).code).toBe(0);
});
afterAll(() => cli.dispose());

const range = ['--from', '2026-03-02', '--to', '2026-03-08'];
const previous = ['--from', '2026-02-23', '--to', '2026-03-01'];

async function tripsPerDriver(...window: string[]): Promise<number> {
  const metrics = await cli.json<DispatchMetricsJson[]>('metrics', '--json', ...window);
  const sum = (pick: (m: DispatchMetricsJson) => number) => metrics.reduce((s, m) => s + pick(m), 0);
  expect(sum((m) => m.active_drivers)).toBeGreaterThan(0);
  return sum((m) => m.total_bookings) / sum((m) => m.active_drivers);
}

describe('trips per active driver', () => {
  it('is Σ bookings / Σ active drivers of the window in dashboard --json, and of the previous window', async () => {
    const d = await cli.json<DashboardJson>('dashboard', '--json', ...range);
    expect(d.summary.trips_per_driver).toBeCloseTo(await tripsPerDriver(...range), 2);
    expect(d.previous_summary.trips_per_driver).toBeCloseTo(await tripsPerDriver(...previous), 2);
  });

  it('is a KPI of the CLI’s dashboard text, named in French and English', async () => {
    const fr = await cli.run('dashboard', ...range);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toContain('Courses par chauffeur actif');
    const en = await cli.run('--lang', 'en', 'dashboard', ...range);
    expect(en.stdout).toContain('Trips per active driver');
  });

  it('is a row of the exported summary, with its previous window', async () => {
    const out = join(cli.dir, 'summary.csv');
    const r = await cli.run(
      'export',
      '--lang',
      'en',
      '--format',
      'csv',
      '--what',
      'summary',
      ...range,
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    const row = readCsv(out, ',').rows.find((x) => x[1] === 'Trips per active driver');
    expect(row).toBeDefined();
    const d = await cli.json<DashboardJson>('dashboard', '--json', ...range);
    expect(Number(row![2])).toBeCloseTo(d.summary.trips_per_driver, 2);
    expect(Number(row![3])).toBeCloseTo(d.previous_summary.trips_per_driver, 2);
  });
});
