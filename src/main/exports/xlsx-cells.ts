// How a table cell becomes an XLSX cell: real numbers, percentages as the fraction with a `0.0%` format, dates and
// date-times as date cells. exceljs turns a Date into a serial from its UTC instant, so a Zurich 08:30 written as
// the instant would show 07:30 (exceljs#486): we build the Date from the local wall-clock parts with Date.UTC
// instead, which is exactly the serial Excel means by "08:30" (exceljs#205). Texts stay texts: an XLSX string cell
// is never a formula, so a customer named `=HYPERLINK(…)` needs no prefix here.
import type { Lang } from '../../shared/analytics-types';
import { spreadsheetDateFormat } from '../../shared/format';
import { isIsoDate, parseWallClock, wallClockUtcMs } from '../../shared/time';
import { round2 } from '../../shared/round';
import { type Cell, type ColumnKind, isTypedCell } from './export-table';

export interface XlsxStyle {
  numFmt?: string;
  font?: { bold: boolean };
}

// One style object per format, shared by every cell: exceljs caches style ids per object (a WeakMap), so a
// fresh object per cell would cost a lookup by content each time.
export interface XlsxStyles {
  header: XlsxStyle;
  int: XlsxStyle;
  number: XlsxStyle;
  percent: XlsxStyle;
  minutes: XlsxStyle;
  date: XlsxStyle;
  datetime: XlsxStyle;
  text: XlsxStyle;
}

/** Number format codes are written in English syntax (exceljs#613); Excel shows them in the reader's locale. */
export function xlsxStyles(lang: Lang): XlsxStyles {
  return {
    header: { font: { bold: true } },
    int: { numFmt: '0' },
    number: { numFmt: '0.00' },
    percent: { numFmt: '0.0%' },
    // Every delay (average, max, total, a trip's) reads the same way, one decimal like the app's « 4,2 min »;
    // the cell keeps 2 decimals (docs/analytics.md#rounding).
    minutes: { numFmt: '0.0' },
    date: { numFmt: spreadsheetDateFormat(lang, 'date') },
    datetime: { numFmt: spreadsheetDateFormat(lang, 'datetime') },
    text: {},
  };
}

/**
 * 'YYYY-MM-DD' or 'YYYY-MM-DD[T ]HH:MM[:SS]' read as wall-clock parts → the Date exceljs writes as that very serial
 * (exceljs writes a Date as its UTC parts, exceljs#486); null for anything else, which stays text.
 */
export function wallClockDate(text: string): Date | null {
  if (isIsoDate(text)) return new Date(`${text}T00:00:00Z`);
  const wall = parseWallClock(text, { allowSpace: true });
  // Whole seconds, as the sheet shows them.
  return wall && new Date(wallClockUtcMs({ ...wall, millisecond: 0 }));
}

export interface XlsxCell {
  value: string | number | Date | null;
  style: XlsxStyle;
}

export function xlsxCell(cell: Cell, kind: ColumnKind, styles: XlsxStyles): XlsxCell {
  if (cell === null || cell === undefined) return { value: null, style: styles.text };
  if (isTypedCell(cell)) return xlsxCell(cell.value, cell.kind, styles);
  if (typeof cell === 'number') {
    switch (kind) {
      case 'int':
        return { value: cell, style: Number.isInteger(cell) ? styles.int : styles.number };
      case 'percent':
        // Via whole hundredths of a percent, so 82.72 % is 0.8272 and not 0.8271999999999999.
        return { value: Math.round(round2(cell) * 100) / 10_000, style: styles.percent };
      case 'minutes':
        return { value: round2(cell), style: styles.minutes };
      default:
        return { value: round2(cell), style: styles.number };
    }
  }
  if (kind === 'date' || kind === 'datetime') {
    const d = wallClockDate(cell);
    if (d) return { value: d, style: styles[kind] };
  }
  return { value: cell, style: styles.text };
}
