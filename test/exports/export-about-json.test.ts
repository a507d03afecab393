// What an export says about itself and what a script reads (mutation testing of export-task.ts and
// json-writer.ts): the About sheet names the trips filter, the parts left out and an export that holds nothing;
// the JSON documents keep their shapes (the CLI's `--json`), numbers rounded to 2 decimals, the trips' sort and
// the About in the all-parts document; a one-day period is a period; an unknown format or part is refused.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aggregateAll } from '../../src/main/aggregation/aggregate-service';
import type { ExportInput } from '../../src/main/exports/export-types';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { COMPANY_ID, insertBooking, insertCompanyWithDrivers } from '../aggregation/store-fixtures';
import { NOW, exportInput, run, settings } from './export-fixtures';

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
  insertCompanyWithDrivers(t.db, ['Anna Keller', 'Marc Rossi']);
  // Delays of 20 s and 50 s: a third and five sixths of a minute, so unrounded figures have many decimals.
  insertBooking(t.db, { local: '2026-03-27T07:00:00', lateBy: 20, driverId: 1, customerName: 'Marie Favre' });
  insertBooking(t.db, { local: '2026-03-27T08:00:00', lateBy: 50, driverId: 1, customerName: 'Jean Dupont' });
  insertBooking(t.db, { local: '2026-03-28T09:00:00', lateBy: 400, driverId: 2, distanceMeters: 3333 });
  insertBooking(t.db, { local: '2026-03-30T10:00:00', status: 'canceled', driverId: 2 });
  aggregateAll(t.db, { companyId: COMPANY_ID, now: NOW, settings });
});
afterEach(() => t.dispose());

async function aboutOf(out: string): Promise<{ names: string[]; facts: Map<string, unknown> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const facts = new Map<string, unknown>();
  wb.getWorksheet('About')!.eachRow(
    (r, n) => n > 1 && facts.set(String(r.getCell(1).value), r.getCell(2).value),
  );
  return { names: wb.worksheets.map((s) => s.name), facts };
}

function readJson<T = Record<string, unknown>>(out: string): T {
  return JSON.parse(readFileSync(out, 'utf8')) as T;
}

/** Every number of a JSON value whose text has more than 2 decimals. */
function overRounded(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return /\.\d{3,}/.test(String(value)) ? [`${path} = ${value}`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => overRounded(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => overRounded(v, `${path}.${k}`));
  return [];
}

describe('the About sheet', () => {
  it('names the trips filter of a trips export, and says nothing is left out', async () => {
    const out = join(t.dir, 'served.xlsx');
    const tripFilter = { outcome: 'served' } as const;
    await run(t, exportInput(t, { format: 'xlsx', part: 'trips', out, tripFilter }));
    const { names, facts } = await aboutOf(out);
    expect(names).toEqual(['Trips', 'About']);
    expect(facts.get('Trips filter')).toBe(JSON.stringify(tripFilter));
    expect(facts.get('Contents')).toBe('Trips');
    expect(facts.has('Left out (patients’ names and addresses)')).toBe(false);
    expect(facts.get('Data through')).toBe('never synced');
    expect(facts.has('No data for this period: the sheets hold their headers only.')).toBe(false);
  });

  it('an unfiltered export has no filter row; a filter whose keys are all unset is no filter', async () => {
    for (const tripFilter of [undefined, { driverId: undefined }]) {
      const out = join(t.dir, `plain-${String(tripFilter !== undefined)}.xlsx`);
      await run(t, exportInput(t, { format: 'xlsx', part: 'trips', out, tripFilter }));
      expect((await aboutOf(out)).facts.has('Trips filter')).toBe(false);
    }
  });

  it('an all-parts workbook without its trips says so, and shows no trips filter', async () => {
    const out = join(t.dir, 'week.xlsx');
    await run(
      t,
      exportInput(t, {
        format: 'xlsx',
        part: 'all',
        out,
        leaveOut: ['trips'],
        tripFilter: { outcome: 'served' },
      }),
    );
    const { names, facts } = await aboutOf(out);
    expect(names).not.toContain('Trips');
    expect(names).toHaveLength(7);
    expect(facts.get('Left out (patients’ names and addresses)')).toBe('Trips');
    expect(facts.get('Contents')).toBe('Summary, Days, Weekdays, Drivers, Facilities, Forecast');
    expect(facts.has('Trips filter')).toBe(false);
  });

  it('a trips export whose filter keeps no trip says it holds no data', async () => {
    const out = join(t.dir, 'none.xlsx');
    await run(t, exportInput(t, { format: 'xlsx', part: 'trips', out, tripFilter: { driverId: 99 } }));
    const { facts } = await aboutOf(out);
    expect(facts.has('No data for this period: the sheets hold their headers only.')).toBe(true);
  });

  it('names the last synced day', async () => {
    t.db.$client
      .prepare(
        'INSERT INTO sync_days (company_id, day, synced_at, bookings_count, assignments_count) VALUES (?, ?, 0, 1, 0)',
      )
      .run(COMPANY_ID, '2026-03-30');
    const out = join(t.dir, 'synced.xlsx');
    await run(t, exportInput(t, { format: 'xlsx', part: 'daily', out }));
    const { facts } = await aboutOf(out);
    expect((facts.get('Data through') as Date).toISOString()).toBe('2026-03-30T00:00:00.000Z');
  });
});

describe('the JSON documents', () => {
  it('all parts: the About, every small part, then the trips with their sort; numbers to 2 decimals', async () => {
    const out = join(t.dir, 'all.json');
    const result = await run(t, exportInput(t, { format: 'json', part: 'all', out }));
    const doc = readJson(out);
    expect(Object.keys(doc)).toEqual([
      'about',
      'summary',
      'daily',
      'weekdays',
      'drivers',
      'facilities',
      'forecast',
      'trips',
    ]);
    expect(doc.about).toEqual({
      app: 'Dispatch Analytics',
      version: '9.9.9-test',
      company: 'Taxis Léman',
      period: { start: '2026-03-27', end: '2026-03-31', days: 5 },
      data_through: null,
      exported_at: new Date(NOW).toISOString(),
      time_zone: 'Europe/Zurich',
    });
    const trips = doc.trips as Record<string, unknown> & { rows: { id: number }[] };
    expect(Object.keys(trips)).toEqual(['period', 'filter', 'sort', 'dir', 'total', 'rows']);
    expect(trips).toMatchObject({ sort: 'scheduled', dir: 'asc', total: 4 });
    expect(trips.filter).toEqual({ from: '2026-03-27', to: '2026-03-31' });
    expect(trips.rows).toHaveLength(4);
    expect(result.rows).toBe(4);
    expect(overRounded(doc)).toEqual([]);
    // The pieces each part's own document holds, nested in the same shapes.
    const summary = doc.summary as Record<string, unknown>;
    expect(summary.daily_breakdown).toEqual(summary.trends);
    expect(Array.isArray(summary.insights)).toBe(true);
    const daily = doc.daily as Record<string, unknown[]>;
    expect(daily.daily_breakdown).toEqual(daily.trends);
    expect(daily.dispatch_metrics!.length).toBeGreaterThan(0);
  });

  it('all parts of an empty period: the About says so, and the trips are an empty list', async () => {
    const out = join(t.dir, 'empty.json');
    await run(t, exportInput(t, { format: 'json', part: 'all', out, from: '2025-01-06', to: '2025-01-12' }));
    const doc = readJson<{ about: { message?: string }; trips: { total: number; rows: unknown[] } }>(out);
    expect(doc.about.message).toBe('No data for this period: the sheets hold their headers only.');
    expect(doc.trips).toMatchObject({ total: 0, rows: [] });
  });

  it('the trips alone, sorted as asked and with no trip at all, are still one valid document', async () => {
    const out = join(t.dir, 'trips.json');
    const input = { format: 'json', part: 'trips', out, tripSort: 'delay', tripDir: 'desc' } as const;
    await run(t, exportInput(t, { ...input, tripFilter: { driverId: 99 } }));
    const doc = readJson(out);
    expect(doc).toMatchObject({ sort: 'delay', dir: 'desc', total: 0, rows: [] });
    expect(Object.keys(doc)).toEqual(['period', 'filter', 'sort', 'dir', 'total', 'rows']);
  });

  it('each small part is its own document, in the shape of the CLI’s --json', async () => {
    const shapes: Record<string, (doc: unknown) => void> = {
      summary: (d) => expect(d).toHaveProperty('daily_breakdown'),
      daily: (d) => expect(d).toHaveProperty('dispatch_metrics'),
      weekdays: (d) => expect(d).toHaveProperty('weekday_analysis'),
      drivers: (d) =>
        expect((d as { driver_name: string }[]).map((r) => r.driver_name).sort()).toEqual([
          'Anna Keller',
          'Marc Rossi',
        ]),
      facilities: (d) => expect(d).toHaveProperty('facilities'),
      forecast: (d) => expect(d).toHaveProperty('days'),
    };
    for (const [part, check] of Object.entries(shapes)) {
      const out = join(t.dir, `${part}.json`);
      const result = await run(t, exportInput(t, { format: 'json', part: part as ExportInput['part'], out }));
      expect(result.rows, part).toBe(0);
      const doc = readJson<unknown>(out);
      check(doc);
      expect(overRounded(doc), part).toEqual([]);
    }
  });
});

describe('the export’s input', () => {
  it('a one-day period (from = to) is exported', async () => {
    const out = join(t.dir, 'day.csv');
    const result = await run(
      t,
      exportInput(t, { format: 'csv', part: 'trips', out, from: '2026-03-27', to: '2026-03-27' }),
    );
    expect(result.rows).toBe(2);
  });

  it('an unknown format or part is refused as the user’s input, before any file exists', async () => {
    const bad: [string, string, string][] = [
      ['pdf', 'trips', 'exports.errors.unknownFormat'],
      ['csv', 'everything', 'exports.errors.unknownPart'],
    ];
    for (const [format, part, key] of bad) {
      const out = join(t.dir, 'bad.out');
      // Plain JSON from the app's worker, the schedule or the API: not checked by the type system.
      const choice = { format, part } as unknown as Pick<ExportInput, 'format' | 'part'>;
      await expect(run(t, exportInput(t, { ...choice, out }))).rejects.toMatchObject({
        kind: 'validation',
        userMessage: { key },
      });
      expect(existsSync(out)).toBe(false);
    }
  });
});
