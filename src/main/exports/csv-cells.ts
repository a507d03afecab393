// How a table cell becomes CSV text. Numbers stay bare numbers (with the chosen decimal mark) so a spreadsheet
// reads them as numbers; text that a spreadsheet would run as a formula is neutralised as OWASP's "CSV
// Injection" page recommends: a leading `'` inside a quoted field. Dates are ISO (every Excel locale reads
// 2026-03-29 as a date); date-times are the local wall-clock time 'YYYY-MM-DD HH:MM:SS'.
import { round2 } from '../../shared/round';
import type { CsvDecimal } from '../settings/sections/exports';
import { type Cell, type ColumnKind, isTypedCell } from './export-table';

// = + - @, tab, CR, LF, and the full-width forms of = + - @ that some spreadsheets fold to ASCII. A set of first
// character codes rather than an anchored regex: it is asked for every text cell of an export.
const FORMULA_START = new Set(
  ['=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'].map((c) => c.charCodeAt(0)),
);

/** True when a text cell would start a formula in Excel, LibreOffice or Google Sheets. */
export function startsFormula(text: string): boolean {
  return FORMULA_START.has(text.charCodeAt(0));
}

/** The text with a leading apostrophe when it would start a formula (the caller quotes such a field). */
export function neutralise(text: string): string {
  return startsFormula(text) ? `'${text}` : text;
}

export type CsvValue = string | number | null;

/** A cell as csv-stringify gets it: numbers as numbers (cast later with the decimal mark), texts as texts. */
export function csvValue(cell: Cell, kind: ColumnKind): CsvValue {
  if (cell === null || cell === undefined) return null;
  if (isTypedCell(cell)) return csvValue(cell.value, cell.kind);
  switch (kind) {
    case 'int':
    case 'number':
    case 'minutes':
    case 'percent':
      return typeof cell === 'number' ? round2(cell) : cell;
    case 'datetime':
      return typeof cell === 'string' ? cell.slice(0, 19).replace('T', ' ') : cell;
    case 'mixed':
      return typeof cell === 'number' ? round2(cell) : cell;
    default:
      return cell;
  }
}

/** A number in CSV with the decimal mark (never a thousands separator, never an exponent for our values). */
export function csvNumber(n: number, decimal: CsvDecimal): string {
  const text = String(n);
  return decimal === ',' ? text.replace('.', ',') : text;
}
