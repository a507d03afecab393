// Export bugs that once went unnoticed (a mutation probe): a `;` file not quoting a text that holds `;` (Excel in
// French splits the customer's name over two columns), percentages written as 0.8271999…, and writes that do not
// wait for the disk (a big export held whole in memory). The suite runs in Europe/Zurich (vitest.config.mts), so
// the XLSX wall-clock tests of export-task.test.ts no longer pass by the luck of a UTC machine.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSink } from '../../src/main/exports/atomic-file';
import { xlsxCell, xlsxStyles } from '../../src/main/exports/xlsx-cells';
import { aggregateAll } from '../../src/main/aggregation/aggregate-service';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { COMPANY_ID, insertBooking, insertCompanyWithDrivers } from '../aggregation/store-fixtures';
import { exportInput, NOW, readCsv, run, settings } from './export-fixtures';

const SEMICOLON_NAME = 'Favre; Dupont & Cie';
const TAB_NAME = 'EMS\tLes Tilleuls';
const COMMA_NAME = 'Keller, Anna';

describe('CSV texts holding the delimiter', () => {
  let t: TestDb;
  beforeEach(() => {
    t = createTestDb();
    insertCompanyWithDrivers(t.db, ['Anna Keller']);
    for (const [i, customerName] of [SEMICOLON_NAME, TAB_NAME, COMMA_NAME].entries()) {
      insertBooking(t.db, { local: `2026-03-2${7 + i}T08:00:00`, lateBy: 60, driverId: 1, customerName });
    }
    aggregateAll(t.db, { companyId: COMPANY_ID, now: NOW, settings });
  });
  afterEach(() => t.dispose());

  for (const delimiter of [';', '\t', ','] as const) {
    it(`stay one field with the delimiter ${JSON.stringify(delimiter)}`, async () => {
      const out = join(t.dir, 'trips.csv');
      await run(t, exportInput(t, { format: 'csv', part: 'trips', out, delimiter, decimal: '.' }));
      // csv-parse refuses a row whose field count differs from the header's.
      const { rows } = readCsv(out, delimiter);
      const customer = rows[0]!.indexOf('Customer');
      expect(
        rows
          .slice(1)
          .map((r) => r[customer])
          .sort(),
      ).toEqual([SEMICOLON_NAME, TAB_NAME, COMMA_NAME].sort());
    });
  }
});

describe('XLSX percentages', () => {
  it('are the exact fraction of every hundredth of a percent (82.72 % is 0.8272, not 0.8271999…)', () => {
    const styles = xlsxStyles('fr');
    const wrong: string[] = [];
    for (let k = 0; k <= 10_000; k++) {
      const cell = xlsxCell(k / 100, 'percent', styles);
      if (cell.value !== k / 10_000) wrong.push(`${k / 100} → ${String(cell.value)}`);
    }
    expect(wrong).toEqual([]);
    expect(xlsxCell(82.72, 'percent', styles)).toEqual({ value: 0.8272, style: styles.percent });
  });
});

describe('the export file’s writes', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('resolve only once the chunk has reached the file (backpressure), never while it sits in memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'da-sink-'));
    dirs.push(dir);
    const path = join(dir, 'big.part');
    const sink = openSink(path);
    const chunk = Buffer.alloc(4 * 1024 * 1024, 'x');
    for (let i = 1; i <= 3; i++) {
      await sink.write(chunk);
      expect(sink.stream.writableLength).toBe(0);
      expect(statSync(path).size).toBe(i * chunk.length);
    }
    await sink.close();
    expect(statSync(path).size).toBe(3 * chunk.length);
  });
});
