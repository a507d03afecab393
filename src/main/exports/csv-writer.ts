// CSV of one table: UTF-8 with a BOM (Excel shows mojibake without it; no `sep=` line, which makes Excel drop
// the BOM), CRLF, RFC 4180 quoting. csv-stringify does the quoting: it is the node-csv project's writer, well
// kept, and gets the escaping cases (quotes, delimiters, line breaks inside fields) right; we give it each cell
// already typed, with numbers cast to the chosen decimal mark and formula-like texts neutralised and quoted.
import { stringify, type Options } from 'csv-stringify/sync';
import type { CsvDecimal, CsvDelimiter } from '../settings/sections/exports';
import { csvNumber, csvValue, neutralise, startsFormula } from './csv-cells';
import type { ExportTable } from './export-table';
import type { FileSink } from './atomic-file';

export const UTF8_BOM = '\uFEFF';

export interface CsvOptions {
  delimiter: CsvDelimiter;
  decimal: CsvDecimal;
}

function stringifyOptions(o: CsvOptions): Options {
  return {
    delimiter: o.delimiter,
    record_delimiter: 'windows',
    cast: {
      number: (n) => csvNumber(n, o.decimal),
      // A neutralised text is always quoted, as OWASP recommends, so the apostrophe stays inside the field.
      string: (s) => (startsFormula(s) ? { value: neutralise(s), quoted: true } : s),
    },
  };
}

/** Writes the table (header row first); `onRows` is called after each chunk with the rows written so far. */
export async function writeCsvTable(
  sink: FileSink,
  table: ExportTable,
  options: CsvOptions,
  hooks: { onRows(done: number): void; check(): void },
): Promise<number> {
  const opts = stringifyOptions(options);
  await sink.write(UTF8_BOM + stringify([table.columns.map((c) => c.header)], opts));
  const kinds = table.columns.map((c) => c.kind);
  let done = 0;
  for (const chunk of table.chunks()) {
    hooks.check();
    const records = chunk.map((row) => row.map((cell, i) => csvValue(cell, kinds[i]!)));
    if (records.length > 0) await sink.write(stringify(records, opts));
    done += chunk.length;
    hooks.onRows(done);
  }
  return done;
}
