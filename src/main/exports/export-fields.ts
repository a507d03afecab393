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
}

export const field = <Row>(
  header: string,
  kind: ColumnKind,
  width: number,
  value: (row: Row) => Cell,
): Field<Row> => ({ header, kind, width, value });

/** How a figure's unit is typed in a file: whole numbers, percentages (`0.0%` in XLSX), other numbers. */
export function kindOf(unit: FigureUnit): 'int' | 'percent' | 'number' {
  return unit === 'count' ? 'int' : unit === 'percent' ? 'percent' : 'number';
}

/** A figure's column: its catalogue header, typed by its unit, read from the row's source (null: empty). */
export function figureField<Row, Source>(
  t: ExportsTexts,
  f: Figure<Source>,
  source: (row: Row) => Source | undefined,
): Field<Row> {
  const header = t.figures[f.label].column;
  return field(header, kindOf(f.unit), Math.max(11, header.length + 1), (row) => {
    const s = source(row);
    return s === undefined ? null : f.read(s);
  });
}

export function tableOfFields<Row>(
  part: ExportTable['part'],
  sheet: string,
  fields: readonly Field<Row>[],
  rows: readonly Row[],
): ExportTable {
  return tableOf(
    part,
    sheet,
    fields.map(({ header, kind, width }) => ({ header, kind, width })),
    rows.map((r) => fields.map((f) => f.value(r))),
  );
}
