// The report as an A4 PDF (settings reports.daily.attachPdf / reports.weekly.attachPdf, `report … --pdf FILE`): the
// very HTML of the e-mail, its chart inlined, printed by a browser engine behind `PdfRenderer` — Electron's
// printToPDF in the desktop app (src/main/electron/electron-pdf.ts), a headless Chromium through playwright-core
// under `serve` and the CLI (chromium-pdf.ts). This module stays plain Node: it never imports either.
import type { IsoDate, Lang } from '../../shared/analytics-types';
import { translate } from '../../shared/i18n';
import type { StoredAttachment, StoredMessage } from '../mail/outbox-delivery';
import type { ReportKind } from './report-kind';

/** Prints a self-contained HTML page (no network: images inlined) to an A4 PDF. */
export interface PdfRenderer {
  /** what prints ("Electron printToPDF", "Chromium /usr/bin/chromium"), for logs */
  readonly name: string;
  print(html: string): Promise<Buffer>;
}

export const PDF_CONTENT_TYPE = 'application/pdf';

/**
 * Printed, the page is A4 with a light background whatever the reader's theme (the e-mail is light only), and
 * the 600 px e-mail fits its width (A4 minus margins is ~700 CSS px), so a daily report takes one or two pages.
 */
const PRINT_CSS = `<style>
@page { size: A4; margin: 12mm 10mm; }
html, body { background: #ffffff !important; color-scheme: light only; }
img { max-width: 100%; }
table { page-break-inside: auto; } tr { page-break-inside: avoid; }
</style>`;

/**
 * The e-mail's HTML made printable on its own: each `cid:` image becomes a data: URI (a browser printing the page
 * has no message to fetch the parts from) and the print CSS goes into the head.
 */
export function printableHtml(message: Pick<StoredMessage, 'html' | 'images'>): string {
  let html = message.html;
  for (const img of message.images) {
    html = html.replaceAll(`cid:${img.cid}`, `data:image/png;base64,${img.base64}`);
  }
  return html.includes('</head>') ? html.replace('</head>', `${PRINT_CSS}</head>`) : `${PRINT_CSS}${html}`;
}

export function reportPdfName(lang: Lang, kind: ReportKind, periodKey: IsoDate): string {
  return translate(lang, 'reports.pdf.file', {
    kind: translate(lang, `reports.pdf.kind.${kind}`),
    period: periodKey,
  });
}

/** The report's PDF as an attachment of its e-mail. */
export async function reportPdfAttachment(
  renderer: PdfRenderer,
  message: StoredMessage,
  req: { lang: Lang; kind: ReportKind; periodKey: IsoDate },
): Promise<StoredAttachment> {
  const pdf = await renderer.print(printableHtml(message));
  return {
    filename: reportPdfName(req.lang, req.kind, req.periodKey),
    contentType: PDF_CONTENT_TYPE,
    base64: pdf.toString('base64'),
  };
}
