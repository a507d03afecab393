import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportError } from '../../src/main/exports/export-errors';
import { getTrips } from '../../src/main/services/analytics-service';
import { round2 } from '../../src/shared/round';
import { createTestDb, type TestDb } from '../helpers/test-db';
import {
  FORMULA_NAME,
  PHONE_NAME,
  exportInput,
  readCsv,
  run,
  seedExportStore,
  settings,
} from './export-fixtures';

async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Every file in the folder but the store (a failed export must leave nothing, not even its `.part`). */
function filesIn(dir: string): string[] {
  return readdirSync(dir).filter((f) => !f.startsWith('dispatch-analytics.sqlite'));
}

describe('runExport', () => {
  let t: TestDb;
  let dstBookingId: number;
  beforeEach(() => {
    t = createTestDb();
    ({ dstBookingId } = seedExportStore(t));
  });
  afterEach(() => t.dispose());

  it('XLSX trips: real numbers, local wall-clock date-times (08:30 on the DST day), formulas stay text', async () => {
    const out = join(t.dir, 'trips.xlsx');
    const result = await run(t, exportInput(t, { format: 'xlsx', part: 'trips', out }));
    expect(result.rows).toBe(5);
    const wb = await readXlsx(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Trips', 'About']);
    const sheet = wb.getWorksheet('Trips')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['Booking', 'Scheduled', 'Delay (min)', 'Customer']));
    const col = (name: string) => headers.indexOf(name) + 1;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(col('Customer')).width).toBe(24);

    const rows = [...Array(sheet.rowCount - 1).keys()].map((i) => sheet.getRow(i + 2));
    const dst = rows.find((r) => r.getCell(col('Booking')).value === dstBookingId)!;
    const scheduled = dst.getCell(col('Scheduled'));
    expect(scheduled.type).toBe(ExcelJS.ValueType.Date);
    // The serial Excel shows is the wall-clock time: read back as UTC parts, it must say 08:30.
    expect((scheduled.value as Date).toISOString()).toBe('2026-03-29T08:30:00.000Z');
    expect(scheduled.numFmt).toMatch(/hh:mm/);
    expect((dst.getCell(col('Boarded')).value as Date).toISOString()).toBe('2026-03-29T08:30:30.000Z');
    expect(dst.getCell(col('Date')).type).toBe(ExcelJS.ValueType.Date);
    expect(dst.getCell(col('Distance (km)')).value).toBe(12.35);
    expect(dst.getCell(col('Distance (km)')).type).toBe(ExcelJS.ValueType.Number);
    expect(dst.getCell(col('Delay (min)')).value).toBe(0);

    for (const name of [FORMULA_NAME, PHONE_NAME, '-lookalike@example.ch']) {
      const cell = rows.map((r) => r.getCell(col('Customer'))).find((c) => c.text === name)!;
      expect(cell, name).toBeDefined();
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(name); // as typed, no prefix: an XLSX string cell never runs
      expect(cell.formula).toBeUndefined();
    }
  });

  it('XLSX trips are exactly the rows of the trips API for the same filter and sort', async () => {
    const out = join(t.dir, 'delayed.xlsx');
    await run(
      t,
      exportInput(t, {
        format: 'xlsx',
        part: 'trips',
        out,
        tripFilter: { outcome: 'served' },
        tripSort: 'delay',
        tripDir: 'desc',
      }),
    );
    const api = getTrips(t.db, {
      filter: { from: '2026-03-27', to: '2026-03-31', outcome: 'served' },
      sort: 'delay',
      dir: 'desc',
      settings,
    });
    const sheet = (await readXlsx(out)).getWorksheet('Trips')!;
    const ids = [...Array(sheet.rowCount - 1).keys()].map((i) => sheet.getRow(i + 2).getCell(1).value);
    expect(ids).toEqual(api.rows.map((r) => r.id));
    const delays = [...Array(sheet.rowCount - 1).keys()].map((i) => sheet.getRow(i + 2).getCell(5).value);
    expect(delays).toEqual(api.rows.map((r) => r.delay_minutes));
  });

  it('XLSX daily: percentages as fractions formatted 0.0%, the reference headers after the date and its weekday, About filled', async () => {
    const out = join(t.dir, 'all.xlsx');
    await run(t, exportInput(t, { format: 'xlsx', part: 'all', out }));
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
    const days = wb.getWorksheet('Days')!;
    expect((days.getRow(1).values as unknown[]).slice(1, 7)).toEqual([
      'Date',
      'Weekday',
      'Bookings',
      'On-Time Rate (%)',
      'Avg Delay (min)',
      'Quality Score',
    ]);
    const first = days.getRow(2);
    expect((first.getCell(1).value as Date).toISOString()).toBe('2026-03-27T00:00:00.000Z');
    expect(first.getCell(2).value).toBe('Fri');
    expect(first.getCell(3).value).toBe(1);
    expect(first.getCell(4).value).toBe(1); // 100 % on time
    expect(first.getCell(4).numFmt).toBe('0.0%');
    const about = wb.getWorksheet('About')!;
    const facts = new Map<string, unknown>();
    about.eachRow((r) => facts.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(facts.get('Version')).toBe('9.9.9-test');
    expect(facts.get('Company')).toBe('Taxis Léman');
    expect(facts.get('Time zone')).toBe('Europe/Zurich');
    expect((facts.get('Exported at') as Date).toISOString()).toBe('2026-04-01T10:00:00.000Z');
    expect((facts.get('Period start') as Date).toISOString()).toBe('2026-03-27T00:00:00.000Z');
  });

  it('French XLSX names its sheets in French', async () => {
    const out = join(t.dir, 'tout.xlsx');
    await run(t, exportInput(t, { format: 'xlsx', part: 'all', out, lang: 'fr' }));
    const wb = await readXlsx(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Résumé',
      'Jours',
      'Jours de semaine',
      'Chauffeurs',
      'Établissements',
      'Prévision',
      'Courses',
      'À propos',
    ]);
  });

  it('CSV (fr): BOM, `;`, CRLF, decimal comma, neutralised formula texts, bare numbers', async () => {
    const out = join(t.dir, 'courses.csv');
    await run(
      t,
      exportInput(t, { format: 'csv', part: 'trips', out, lang: 'fr', delimiter: ';', decimal: ',' }),
    );
    const { raw, rows } = readCsv(out, ';');
    expect(raw.split('\r\n').length).toBe(7); // header, 5 rows, the empty string after the last CRLF
    expect(raw.replaceAll('\r\n', '')).not.toContain('\n');
    expect(rows[0]).toContain('Client');
    const customer = rows[0]!.indexOf('Client');
    const customers = rows.slice(1).map((r) => r[customer]);
    expect(customers).toContain(`'${FORMULA_NAME}`);
    expect(customers).toContain(`'${PHONE_NAME}`);
    expect(customers).toContain(`'-lookalike@example.ch`);
    expect(customers).toContain('Marie Favre');
    // A neutralised field is quoted in the file itself, with the apostrophe inside the quotes.
    expect(raw).toContain(`"'+41 22 123 45 67"`);
    const dst = rows.find((r) => r[0] === String(dstBookingId))!;
    expect(dst[rows[0]!.indexOf('Prévue')]).toBe('2026-03-29 08:30:00');
    expect(dst[rows[0]!.indexOf('Distance (km)')]).toBe('12,35');
    expect(raw).toMatch(/;12,35;/); // a number, not a quoted text
  });

  it('CSV (en): `,` and `.`, quoting a field that holds the delimiter', async () => {
    const out = join(t.dir, 'trips.csv');
    await run(t, exportInput(t, { format: 'csv', part: 'trips', out, delimiter: ',', decimal: '.' }));
    const { rows } = readCsv(out, ',');
    const dst = rows.find((r) => r[0] === String(dstBookingId))!;
    expect(dst[rows[0]!.indexOf('Distance (km)')]).toBe('12.35');
    expect(rows.slice(1).map((r) => r[rows[0]!.indexOf('Customer')])).toContain(`'${FORMULA_NAME}`);
  });

  it('daily CSV equals the dashboard trends and the metrics rows of the same range', async () => {
    const out = join(t.dir, 'daily.csv');
    await run(t, exportInput(t, { format: 'csv', part: 'daily', out, delimiter: ',', decimal: '.' }));
    const { rows } = readCsv(out, ',');
    expect(rows[0]!.slice(0, 5)).toEqual([
      'Date',
      'Bookings',
      'On-Time Rate (%)',
      'Avg Delay (min)',
      'Quality Score',
    ]);
    const jsonOut = join(t.dir, 'daily.json');
    await run(t, exportInput(t, { format: 'json', part: 'daily', out: jsonOut }));
    const json = JSON.parse(readFileSync(jsonOut, 'utf8')) as {
      trends: {
        date: string;
        bookings: number;
        on_time_rate: number;
        avg_delay: number;
        quality_score: number;
      }[];
      daily_breakdown: unknown[];
    };
    expect(json.daily_breakdown).toEqual(json.trends);
    expect(rows.slice(1).map((r) => r.slice(0, 5))).toEqual(
      json.trends.map((p) => [
        p.date,
        String(p.bookings),
        String(round2(p.on_time_rate)),
        String(round2(p.avg_delay)),
        String(round2(p.quality_score)),
      ]),
    );
  });

  it('refuses an existing file unless forced, and an all-parts CSV; a missing folder is one sentence', async () => {
    const out = join(t.dir, 'exists.xlsx');
    writeFileSync(out, 'keep me');
    await expect(run(t, exportInput(t, { format: 'xlsx', part: 'daily', out }))).rejects.toMatchObject({
      kind: 'conflict',
    });
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    await run(t, exportInput(t, { format: 'xlsx', part: 'daily', out, force: true }));
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');

    await expect(
      run(t, exportInput(t, { format: 'csv', part: 'all', out: join(t.dir, 'x.csv') })),
    ).rejects.toMatchObject({ kind: 'validation' });
    const missing = run(t, exportInput(t, { format: 'csv', part: 'daily', out: join(t.dir, 'no', 'x.csv') }));
    await expect(missing).rejects.toBeInstanceOf(ExportError);
    await expect(missing).rejects.toMatchObject({
      kind: 'io',
      userMessage: { key: 'exports.errors.noFolder' },
    });
    await expect(
      run(
        t,
        exportInput(t, {
          format: 'csv',
          part: 'daily',
          out: join(t.dir, 'y.csv'),
          from: '2026-04-02',
          to: '2026-04-01',
        }),
      ),
    ).rejects.toMatchObject({ kind: 'validation' });
    expect(filesIn(t.dir).sort()).toEqual(['exists.xlsx']);
  });

  it.skipIf(process.getuid?.() === 0)(
    'an unwritable folder is refused before anything is written',
    async () => {
      const dir = join(t.dir, 'ro');
      mkdirSync(dir);
      chmodSync(dir, 0o500);
      await expect(
        run(t, exportInput(t, { format: 'csv', part: 'daily', out: join(dir, 'x.csv') })),
      ).rejects.toMatchObject({ kind: 'io', userMessage: { key: 'exports.errors.denied' } });
      chmodSync(dir, 0o700);
    },
  );

  it('a cancelled export leaves no file, not even its temporary one', async () => {
    for (const format of ['xlsx', 'csv', 'json'] as const) {
      const out = join(t.dir, `cancelled.${format}`);
      const abort = new AbortController();
      const done = run(t, exportInput(t, { format, part: 'trips', out }), {
        signal: abort.signal,
        // Cancel as soon as the first rows are out: the writer is mid-file.
        progress: (n) => {
          if (n > 0) abort.abort();
        },
      });
      await expect(done).rejects.toMatchObject({ kind: 'cancelled' });
      expect(existsSync(out)).toBe(false);
    }
    expect(filesIn(t.dir)).toEqual([]);
  });

  it('an empty period gives headers only and an About that says so', async () => {
    const out = join(t.dir, 'empty.xlsx');
    const result = await run(
      t,
      exportInput(t, { format: 'xlsx', part: 'all', out, from: '2025-01-01', to: '2025-01-31' }),
    );
    const wb = await readXlsx(out);
    for (const name of ['Days', 'Weekdays', 'Drivers', 'Trips'])
      expect(wb.getWorksheet(name)!.rowCount).toBe(1);
    // The summary still says which period and that it holds nothing: 0 bookings.
    expect(result.rows).toBe(wb.getWorksheet('Summary')!.rowCount - 1);
    const about = wb.getWorksheet('About')!;
    const texts: string[] = [];
    about.eachRow((r) => texts.push(String(r.getCell(1).value)));
    expect(texts.some((s) => s.startsWith('No data for this period'))).toBe(true);
  });

  it('JSON trips: the trips API rows (the medical facility included), streamed as one valid document', async () => {
    const out = join(t.dir, 'trips.json');
    await run(t, exportInput(t, { format: 'json', part: 'trips', out }));
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { total: number; rows: Record<string, unknown>[] };
    const api = getTrips(t.db, { filter: { from: '2026-03-27', to: '2026-03-31' }, settings });
    expect(doc.total).toBe(api.total);
    expect(doc.rows).toEqual(
      api.rows.map((r) => ({ ...r, distance_km: r.distance_km === null ? null : round2(r.distance_km) })),
    );
  });
});
