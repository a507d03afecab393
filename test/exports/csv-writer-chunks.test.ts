// The CSV writer's fast paths (per-column cell writers, bytes encoded straight into buffers) against the plain
// definition of a record, csvRecord(csvValue(cell, kind) …): the same bytes for every column kind and every tricky
// cell, with each delimiter, through a real file, and across buffer boundaries (a field larger than a buffer,
// chunks of many rows, characters of 2, 3 and 4 bytes in UTF-8).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSink } from '../../src/main/exports/atomic-file';
import { csvValue } from '../../src/main/exports/csv-cells';
import { csvRecord, UTF8_BOM, writeCsvTable, type CsvOptions } from '../../src/main/exports/csv-writer';
import type { Cell, Column, ColumnKind, ExportTable } from '../../src/main/exports/export-table';

const dir = mkdtempSync(join(tmpdir(), 'da-csv-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KINDS: ColumnKind[] = ['int', 'number', 'percent', 'minutes', 'date', 'datetime', 'text', 'mixed'];
const columns: Column[] = KINDS.map((kind) => ({ header: `h ${kind}; "x"`, kind, width: 10 }));

const TRICKY: Cell[] = [
  null,
  0,
  -0,
  7,
  -12,
  2 ** 53,
  1e21,
  1.5e21,
  12.5,
  -1.005,
  0.1 + 0.2,
  87.456,
  '',
  'plain',
  'Genève, Hôpital',
  'a;b',
  'a\tb',
  'say "hi"',
  'two\r\nlines',
  '=1+1',
  '+41 22',
  '-2',
  '@x',
  '＝1',
  '\tx',
  '2026-03-29T02:30:00',
  '2026-10-25T02:30:00.123',
  'Zürich 🚑 救护车',
  { kind: 'int', value: 3 },
  { kind: 'percent', value: 87.456 },
  { kind: 'datetime', value: '2026-07-01T08:00:00' },
  { kind: 'text', value: '=cmd' },
];

/** Rows where each column meets each tricky cell, in a few chunks of uneven sizes. */
function trickyTable(): { table: ExportTable; rows: Cell[][] } {
  const rows: Cell[][] = [];
  for (let r = 0; r < TRICKY.length * 40; r++) {
    rows.push(KINDS.map((_, c) => TRICKY[(r + c * 7) % TRICKY.length]!));
  }
  // One field larger than a whole buffer, in a row of its own chunk and in the middle of another.
  const big = `${'é'.repeat(150_000)};${'x'.repeat(100_000)}`;
  rows.splice(
    3,
    0,
    KINDS.map(() => big),
  );
  const chunks = [rows.slice(0, 1), rows.slice(1, 700), [], rows.slice(700)];
  return { table: { part: 'trips', sheet: 's', columns, rowCount: rows.length, chunks: () => chunks }, rows };
}

function expected(rows: Cell[][], o: CsvOptions): string {
  const lines = [
    columns.map((c) => c.header),
    ...rows.map((r) => r.map((cell, i) => csvValue(cell, KINDS[i]!))),
  ];
  return UTF8_BOM + lines.map((values) => `${csvRecord(values, o)}\r\n`).join('');
}

describe('writeCsvTable', () => {
  const options: CsvOptions[] = [
    { delimiter: ';', decimal: ',' },
    { delimiter: ',', decimal: '.' },
    { delimiter: ',', decimal: ',' },
    { delimiter: '\t', decimal: ',' },
  ];
  for (const o of options) {
    it(`writes the bytes of csvRecord for every kind and cell (${JSON.stringify(o)})`, async () => {
      const { table, rows } = trickyTable();
      const path = join(dir, `t-${options.indexOf(o)}.csv`);
      const sink = openSink(path);
      const progress: number[] = [];
      const done = await writeCsvTable(sink, table, o, { onRows: (n) => progress.push(n), check: () => {} });
      await sink.close();
      expect(done).toBe(rows.length);
      expect(progress).toEqual([1, 700, 700, rows.length]);
      const text = readFileSync(path, 'utf8');
      expect(text.length).toBe(expected(rows, o).length);
      expect(text === expected(rows, o)).toBe(true);
    });
  }
});
