// One part of an export as a table: typed columns and rows, written the same way by the CSV and XLSX writers.
// A column's kind says what its cells hold, so a number stays a number in both formats; only `mixed` columns
// (the Summary's value column) carry a kind per cell.
import type { SinglePart } from './export-types';

export type ColumnKind =
  /** a string (or null) */
  | 'text'
  /** a whole number */
  | 'int'
  /** a decimal number, rounded to 2 decimals at the edge */
  | 'number'
  /** a percentage given in % (87.5): `87.5` in CSV, the fraction 0.875 formatted `0.0%` in XLSX */
  | 'percent'
  /** a delay in minutes: a number like `number`, one format for every delay column in XLSX */
  | 'minutes'
  /** an IsoDate 'YYYY-MM-DD' (a local calendar day) */
  | 'date'
  /** a naive local wall-clock time 'YYYY-MM-DDTHH:MM[:SS]' in the company's zone */
  | 'datetime'
  /** a primitive (text or number) or a TypedCell */
  | 'mixed';

export interface TypedCell {
  kind: Exclude<ColumnKind, 'mixed'>;
  value: string | number;
}

export type Cell = string | number | null | TypedCell;

export interface Column {
  header: string;
  kind: ColumnKind;
  /** XLSX width in characters */
  width: number;
}

export interface ExportTable {
  part: SinglePart | 'about';
  /** the sheet name in the export's language */
  sheet: string;
  columns: Column[];
  /** how many rows `chunks` will give (for the progress) */
  rowCount: number;
  /**
   * The rows, a chunk at a time. Pulled lazily: the trips part reads its next page from SQLite only when the
   * writer has flushed the previous one, so memory stays flat whatever the period.
   */
  chunks(): Iterable<Cell[][]>;
  /**
   * A totals row under the data, XLSX only (a CSV or a script reading the rows must not meet a row that is not a
   * day / a driver); set only where a total means something (export-fields.ts: each column says how it adds up).
   */
  totals?: Cell[];
}

export function typed(kind: TypedCell['kind'], value: string | number | null): Cell {
  return value === null ? null : { kind, value };
}

export function isTypedCell(c: Cell): c is TypedCell {
  return typeof c === 'object' && c !== null;
}

/** A table whose rows are all in memory already (every part but the trips). */
export function tableOf(
  part: ExportTable['part'],
  sheet: string,
  columns: Column[],
  rows: Cell[][],
): ExportTable {
  return { part, sheet, columns, rowCount: rows.length, chunks: () => [rows] };
}
