// XLSX with exceljs's streaming writer: one sheet per table, each written and committed before the next is
// added (the zip reads sheet streams one after the other, so a later sheet opened early would sit in memory).
// Pitfalls handled here: styles only with `useStyles: true` (exceljs#2754); the frozen header only through
// addWorksheet's `views` (exceljs#507); column widths set before the first commit (exceljs#686); no shared
// strings (their table lives in memory until the end); the file is valid only after `workbook.commit()`
// (exceljs#404), hence the temporary file of atomic-file.ts. Printing and reading: xlsx-print.ts.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Lang } from '../../shared/analytics-types';
import type { FileSink } from './atomic-file';
import type { Cell, ColumnKind, ExportTable } from './export-table';
import { xlsxCell, xlsxStyles, type XlsxStyles } from './xlsx-cells';
import { PRINT_SETUP, columnWidth } from './xlsx-print';

type WorkbookWriter = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

export interface XlsxHooks {
  onRows(done: number): void;
  /** throws when the export was cancelled */
  check(): void;
  /** waits while the bytes already produced are not yet on disk (keeps memory flat) */
  pace(): Promise<void>;
}

export function openWorkbook(sink: FileSink): WorkbookWriter {
  return new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink.stream,
    useStyles: true,
    useSharedStrings: false,
  });
}

export async function writeXlsxTable(
  workbook: WorkbookWriter,
  table: ExportTable,
  lang: Lang,
  hooks: XlsxHooks,
): Promise<number> {
  const styles = xlsxStyles(lang);
  const n = table.columns.length;
  const sheet = workbook.addWorksheet(table.sheet, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    pageSetup: { ...PRINT_SETUP },
  });
  sheet.columns = table.columns.map((c) => ({ width: columnWidth(c) }));
  // The filter covers the data rows only, so sorting or filtering never moves the totals row into the days.
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + table.rowCount, column: n } };
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.eachCell((cell) => (cell.style = styles.header));
  header.commit();
  const kinds = table.columns.map((c) => c.kind);
  let done = 0;
  for (const chunk of table.chunks()) {
    hooks.check();
    for (const row of chunk) addRow(sheet, row, kinds, styles);
    done += chunk.length;
    hooks.onRows(done);
    await zipCaughtUp(sheet);
    await hooks.pace();
  }
  if (table.totals) {
    const totals = table.totals.map((cell, i) => xlsxCell(cell, kinds[i]!, styles));
    const r = sheet.addRow(totals.map((c) => c.value));
    totals.forEach(
      (c, i) => (r.getCell(i + 1).style = { ...c.style, font: { bold: true } } as ExcelJS.Style),
    );
    r.commit();
  }
  sheet.commit();
  return done;
}

/**
 * Where exceljs holds memory: a committed row goes into the sheet's buffer, which hands full 64 KB blocks to the
 * zip's deflate stream with `write()` and ignores its answer, so when rows come faster than deflate and the disk
 * take them, every block queues in memory (exceljs#1894: RSS grows with the rows). The deflate stream's
 * queue is that backlog: wait for its 'drain' between chunks once it holds a few MB, and memory stays flat. (The sheet's
 * `stream.pipes` is exceljs's StreamBuf internals, read defensively: without it we only lose the pacing.)
 */
type ZipEntryStream = Writable & { _writableState?: { length?: number } };
const MAX_QUEUED_BYTES = 4 * 1024 * 1024;

async function zipCaughtUp(sheet: ExcelJS.Worksheet): Promise<void> {
  const pipes = (sheet as unknown as { stream?: { pipes?: ZipEntryStream[] } }).stream?.pipes ?? [];
  for (const pipe of pipes) {
    // archiver's streams come from the `readable-stream` package, whose old API has no writableNeedDrain.
    const queued = pipe.writableLength ?? pipe._writableState?.length ?? 0;
    // Waiting at every block would stop our rows while deflate works and vice versa: let a few MB queue, so
    // both work at once, and only then wait for deflate to empty the queue.
    if (queued > MAX_QUEUED_BYTES) await once(pipe, 'drain');
  }
}

function addRow(sheet: ExcelJS.Worksheet, row: Cell[], kinds: ColumnKind[], styles: XlsxStyles): void {
  const cells = row.map((cell, i) => xlsxCell(cell, kinds[i]!, styles));
  const r = sheet.addRow(cells.map((c) => c.value));
  for (let i = 0; i < cells.length; i++) {
    if (cells[i]!.value !== null) r.getCell(i + 1).style = cells[i]!.style as ExcelJS.Style;
  }
  r.commit();
}
