// The worker task 'reports:print-pdf': prints a report's HTML to a PDF with the Chromium at `chromiumPath`, from
// the jobs' worker thread, where the report itself was rendered (app-core.ts under `serve`): the main thread
// only hands the HTML over and gets the bytes back. The output crosses the thread as base64 (structured clone).
import { chromiumPdfRenderer } from './chromium-pdf';

export interface PrintPdfInput {
  html: string;
  chromiumPath: string;
}

/** The task context is not needed: the page is self-contained and Chromium reads no store. */
export async function printPdfTask(_ctx: unknown, input: PrintPdfInput): Promise<string> {
  return (await chromiumPdfRenderer(input.chromiumPath).print(input.html)).toString('base64');
}
