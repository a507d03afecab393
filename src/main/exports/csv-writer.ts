// CSV of one table: UTF-8 with a BOM (Excel shows mojibake without it; no `sep=` line, which makes Excel drop
// the BOM), CRLF, RFC 4180 quoting (a field is quoted when it holds the delimiter, a quote, CR or LF, and its
// quotes are doubled; a neutralised formula-like text is always quoted, as OWASP recommends).
//
// Hand-written rather than csv-stringify: measured here on 200k trip rows, csv-stringify took 4.1 s without and
// 6–7 s with the casts we need (decimal mark, neutralisation), the ~20 lines below 1.1 s; the 730k-row target
// (< 4 s) is out of reach with the library. The tests read every file back with csv-parse, a real parser.
import type { CsvDecimal, CsvDelimiter } from '../settings/sections/exports';
import { csvNumber, csvValue, neutralise, startsFormula } from './csv-cells';
import type { Cell, ColumnKind, ExportTable } from './export-table';
import type { FileSink } from './atomic-file';

export const UTF8_BOM = '\uFEFF';
const CRLF = '\r\n';

export interface CsvOptions {
  delimiter: CsvDelimiter;
  decimal: CsvDecimal;
}

const QUOTE_TRIGGERS: Record<CsvDelimiter, RegExp> = { ',': /[,"\r\n]/, ';': /[;"\r\n]/, '\t': /[\t"\r\n]/ };

/** One field's text: empty, a number with the decimal mark, or a text quoted and neutralised as needed. */
export function csvField(v: string | number | null, o: CsvOptions): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    const text = csvNumber(v, o.decimal);
    // `12,5` with a `,` delimiter must be quoted to stay one field.
    return text.includes(o.delimiter) ? `"${text}"` : text;
  }
  const formula = startsFormula(v);
  const text = formula ? neutralise(v) : v;
  return formula || QUOTE_TRIGGERS[o.delimiter].test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

type CellWriter = (cell: Cell) => string;

const SEEN_NUMBERS = 65_536;

/**
 * A column's cell → its field text: csvField(csvValue(cell, kind)), with the common cases (a whole number, a text
 * with nothing to quote or neutralise) answered first, since a year of trips has ~10M cells.
 */
export function cellWriter(kind: ColumnKind, o: CsvOptions): CellWriter {
  const slow: CellWriter = (cell) => csvField(csvValue(cell, kind), o);
  const triggers = QUOTE_TRIGGERS[o.delimiter];
  const text = (s: string) => (startsFormula(s) || triggers.test(s) ? csvField(s, o) : s);
  switch (kind) {
    case 'int':
    case 'number':
    case 'minutes':
    case 'percent':
    case 'mixed': {
      // Other numbers repeat (a year of trips has ~23k distinct distances): each is rounded and printed once.
      const seen = new Map<number, string>();
      // Below 1e21 a whole number prints without a decimal mark or an exponent, and round2 leaves it as it is.
      return (cell) => {
        if (typeof cell !== 'number') return slow(cell);
        if (Number.isInteger(cell) && Math.abs(cell) < 1e21) return String(cell);
        let text = seen.get(cell);
        if (text === undefined) {
          if (seen.size >= SEEN_NUMBERS) seen.clear();
          seen.set(cell, (text = slow(cell)));
        }
        return text;
      };
    }
    case 'datetime':
      return (cell) => (typeof cell === 'string' ? text(cell.slice(0, 19).replace('T', ' ')) : slow(cell));
    default:
      return (cell) => (typeof cell === 'string' ? text(cell) : cell === null ? '' : slow(cell));
  }
}

/** One CSV record (without its CRLF). */
export function csvRecord(values: readonly (string | number | null)[], o: CsvOptions): string {
  // Fields joined once, not appended one by one: a record built with `+=` is a rope of ~30 pieces, and turning
  // 730k such ropes into bytes cost more than formatting them (measured: see the README's Benchmarks).
  return values.map((v) => csvField(v, o)).join(o.delimiter);
}

// A chunk's bytes are written straight into a buffer, field by field: joining ~7,000 strings a chunk into one
// and encoding it after cost ~1.5 s of a 1-year export, more than formatting the cells (measured: README,
// Benchmarks). A buffer goes to the file whole and is never reused (the stream may still hold it).
const BUFFER_BYTES = 256 * 1024;
const CR = 13;
const LF = 10;

/**
 * Writes the table (header row first); `onRows` is called after each chunk with the rows written so far. Each
 * chunk is encoded into one buffer (more when its rows outgrow it), written with backpressure.
 */
export async function writeCsvTable(
  sink: FileSink,
  table: ExportTable,
  options: CsvOptions,
  hooks: { onRows(done: number): void; check(): void },
): Promise<number> {
  await sink.write(
    UTF8_BOM +
      csvRecord(
        table.columns.map((c) => c.header),
        options,
      ) +
      CRLF,
  );
  const fields = table.columns.map((c) => cellWriter(c.kind, options));
  const generic = cellWriter('text', options);
  const delimiter = options.delimiter.charCodeAt(0);
  let done = 0;
  for (const chunk of table.chunks()) {
    hooks.check();
    let buf = Buffer.allocUnsafe(BUFFER_BYTES);
    let at = 0;
    for (let r = 0; r < chunk.length; r++) {
      const row = chunk[r]!;
      for (let i = 0; i < row.length; i++) {
        const text = (fields[i] ?? generic)(row[i]!);
        // A UTF-16 code unit takes at most 3 bytes in UTF-8; then the delimiter or CRLF.
        if (at + text.length * 3 + 2 > buf.length) {
          if (at > 0) await sink.write(buf.subarray(0, at));
          buf = Buffer.allocUnsafe(Math.max(BUFFER_BYTES, text.length * 3 + 2));
          at = 0;
        }
        at += buf.write(text, at);
        if (i < row.length - 1) buf[at++] = delimiter;
      }
      if (at + 2 > buf.length) {
        await sink.write(buf.subarray(0, at));
        buf = Buffer.allocUnsafe(BUFFER_BYTES);
        at = 0;
      }
      buf[at++] = CR;
      buf[at++] = LF;
    }
    if (at > 0) await sink.write(buf.subarray(0, at));
    done += chunk.length;
    hooks.onRows(done);
  }
  return done;
}
