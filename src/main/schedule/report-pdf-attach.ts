// The report's PDF on its e-mails (settings reports.<kind>.attachPdf). Printing is the heavy part of a report
// (a browser engine lays the page out), so it runs where reports are rendered and outside this process's loop:
// a Chromium process under `serve` and the CLI, Electron's printing in the app. Where no renderer is found, or
// it fails, the report still goes out, without the PDF; the run's record says why, and `schedule status` shows it.
import type { IsoDate, Lang } from '../../shared/analytics-types';
import type { StoredMessage } from '../mail/outbox-delivery';
import type { ReportKind } from '../reports/report-kind';
import { reportPdfAttachment, type PdfRenderer } from '../reports/report-pdf';
import type { ReportsSettings } from '../settings/sections/reports';

/** Which renderer prints the PDFs, found when needed (a Chromium installed later is found without a restart). */
export type PdfSource = () => Promise<{ renderer: PdfRenderer | null; reason?: string }>;

/** What a run records when the PDF it should carry is missing (job_runs.detail). */
export interface PdfNote {
  pdf: 'missing' | 'failed';
  pdfDetail?: string;
}

export function wantsPdf(reports: ReportsSettings, kind: ReportKind): boolean {
  return reports[kind].attachPdf;
}

/** Adds the PDF to each language's message; a note when it could not. */
export async function attachReportPdfs(
  source: PdfSource | undefined,
  req: { kind: ReportKind; periodKey: IsoDate },
  byLang: Map<Lang, StoredMessage>,
): Promise<PdfNote | null> {
  // Stryker disable next-line ObjectLiteral: `{}` has no renderer either: the same note follows
  const found = source ? await source() : { renderer: null };
  if (!found.renderer) return { pdf: 'missing', ...(found.reason ? { pdfDetail: found.reason } : {}) };
  try {
    for (const [lang, message] of byLang) {
      const pdf = await reportPdfAttachment(found.renderer, message, { lang, ...req });
      message.attachments = [...(message.attachments ?? []), pdf];
    }
    return null;
  } catch (err) {
    // Never a PDF on some messages and not on others: all of them go without.
    for (const message of byLang.values()) {
      message.attachments = message.attachments?.filter((a) => a.contentType !== 'application/pdf');
    }
    return {
      pdf: 'failed',
      pdfDetail: (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 200),
    };
  }
}
