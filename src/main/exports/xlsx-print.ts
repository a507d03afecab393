// How an exported sheet prints and reads: A4 landscape, one page wide (as many pages down as the rows need),
// the header row repeated at the top of every page, and columns wide enough for their header *and* the
// autofilter's drop-down button, which Excel and LibreOffice draw over the header cell's right end.
import type { Column } from './export-table';

/** exceljs's page setup of every sheet (paperSize 9 is A4 in the OOXML spec). */
export const PRINT_SETUP = {
  paperSize: 9,
  orientation: 'landscape',
  // fitToHeight 0: "as many pages as needed" down; exceljs sets fitToPage when either is given.
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: '1:1',
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
} as const;

/**
 * The filter button takes about 2.5 characters' width at the right of the header cell, and a bold header is
 * about a tenth wider than the characters counted: below this the header's end sits under the button.
 */
const FILTER_BUTTON_CHARS = 3;
const BOLD_FACTOR = 1.1;

export function headerWidth(header: string): number {
  return Math.ceil([...header].length * BOLD_FACTOR) + FILTER_BUTTON_CHARS;
}

/** The column's declared width, widened where its header would be cut by the filter button. */
export function columnWidth(c: Column): number {
  return Math.max(c.width, headerWidth(c.header));
}
