// A column of an export declared with the value of its cells, so a header and its values cannot drift apart
// (they were two lists matched by position); and the column of a figure of the catalogue (src/shared/figures).
import type { Figure, FigureUnit } from '../../shared/figures';
import type { ExportsTexts } from './export-texts';
import { type Cell, type ColumnKind, type ExportTable, tableOf } from './export-table';

export interface Field<Row> {
  header: string;
  kind: ColumnKind;
  /** XLSX width in characters */
  width: number;
  value: (row: Row) => Cell;
  /** its cell in the XLSX totals row, from every row; absent: left empty (an average of averages means nothing) */
  total?: (rows: readonly Row[]) => Cell;
}

export const field = <Row>(
  header: string,
  kind: ColumnKind,
  width: number,
  value: (row: Row) => Cell,
  total?: (rows: readonly Row[]) => Cell,
): Field<Row> => ({ header, kind, width, value, ...(total ? { total } : {}) });

/** A total that adds the column's numbers up (empty cells count as nothing). */
export const sumOf =
  <Row>(value: (row: Row) => number | null | undefined) =>
  (rows: readonly Row[]): Cell =>
    rows.reduce((n, r) => n + (value(r) ?? 0), 0);

/** The column's largest number (empty when there is none). */
export const maxOf =
  <Row>(value: (row: Row) => number | null | undefined) =>
  (rows: readonly Row[]): Cell => {
    const values = rows.map(value).filter((v): v is number => typeof v === 'number');
    return values.length > 0 ? Math.max(...values) : null;
  };

/** How a figure's unit is typed in a file: whole numbers, percentages (`0.0%` in XLSX), minutes, other numbers. */
export function kindOf(unit: FigureUnit): 'int' | 'percent' | 'minutes' | 'number' {
  if (unit === 'count') return 'int';
  return unit === 'percent' ? 'percent' : unit === 'minutes' ? 'minutes' : 'number';
}

/** A figure's column: its catalogue header, typed by its unit, read from the row's source (null: empty). */
export function figureField<Row, Source>(
  t: ExportsTexts,
  f: Figure<Source>,
  source: (row: Row) => Source | undefined,
  total?: (rows: readonly Row[]) => Cell,
): Field<Row> {
  const header = t.figures[f.label].column;
  return field(
    header,
    kindOf(f.unit),
    Math.max(11, header.length + 1),
    (row) => {
      const s = source(row);
      return s === undefined ? null : f.read(s);
    },
    total,
  );
}

export function tableOfFields<Row>(
  part: ExportTable['part'],
  sheet: string,
  fields: readonly Field<Row>[],
  rows: readonly Row[],
  totalsLabel?: string,
): ExportTable {
  const table = tableOf(
    part,
    sheet,
    fields.map(({ header, kind, width }) => ({ header, kind, width })),
    rows.map((r) => fields.map((f) => f.value(r))),
  );
  // The label goes in the first column, whose own values (a date, an id) have no total.
  if (totalsLabel === undefined || rows.length === 0) return table;
  const totals = fields.map((f, i): Cell => (i === 0 ? totalsLabel : (f.total?.(rows) ?? null)));
  return { ...table, totals };
}
