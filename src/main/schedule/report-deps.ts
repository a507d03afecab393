// The report runner's dependencies for a process that holds a store: the mailer from the settings and the
// secret store (DISPATCH_SMTP_PASSWORD first; a saved one only for the server it was saved for), the renderer, and an optional data refresh (a sync).
import { createMailer, smtpPassword } from '../mail/mailer';
import type { RenderReportInput, RenderedReport } from '../reports/render-report';
import type { SecretStore } from '../secrets/secret-store';
import { readSection } from '../settings/read-settings';
import type { Db } from '../store/open-store';
import type { ReportRunnerDeps } from './report-runner';
import type { RunExport } from './week-workbook';
import { chromiumFromSetting, type ChromiumLookup } from '../reports/chromium-pdf';
import type { PdfRenderer } from '../reports/report-pdf';
import type { PdfSource } from './report-pdf-attach';
import { msg, translateMessage, type Message } from '../../shared/i18n';

/** How long a report waits for the sync that brings its data up to date; after that it goes out stale. */
export const REPORT_SYNC_TIMEOUT_MS = 120_000;

/** `refresh`, waited for at most REPORT_SYNC_TIMEOUT_MS (it may go on in the background). */
export function boundedRefresh(
  refresh: () => Promise<void>,
  ms = REPORT_SYNC_TIMEOUT_MS,
): () => Promise<void> {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
    try {
      await Promise.race([refresh().catch(() => undefined), bound]);
    } finally {
      clearTimeout(timer);
    }
  };
}

export function reportRunnerDeps(opts: {
  db: Db;
  now: () => number;
  secrets: SecretStore | null;
  env?: NodeJS.ProcessEnv;
  refreshData?: () => Promise<void>;
  render?: (input: RenderReportInput) => Promise<RenderedReport>;
  runExport: RunExport;
  version?: string;
  /** the app's own PDF printer (Electron); without it, a Chromium from the settings (chromium-pdf.ts) */
  pdf?: PdfRenderer;
  /** prints with that Chromium on the jobs' worker (app-core.ts); default: from this thread */
  printPdf?: PrintPdf;
}): ReportRunnerDeps {
  return {
    db: opts.db,
    now: opts.now,
    mailer: async () => {
      const mail = readSection(opts.db, 'mail');
      return createMailer(mail, await smtpPassword(opts.secrets, mail, opts.env));
    },
    ...(opts.refreshData ? { refreshData: opts.refreshData } : {}),
    ...(opts.render ? { render: opts.render } : {}),
    runExport: opts.runExport,
    ...(opts.version ? { version: opts.version } : {}),
    pdf: opts.pdf ? async () => ({ renderer: opts.pdf! }) : settingsChromium(opts.db, opts.printPdf),
  };
}

/** Prints the HTML with the Chromium at `chromiumPath` somewhere else (the worker task 'reports:print-pdf'): base64. */
export type PrintPdf = (input: { html: string; chromiumPath: string }) => Promise<string>;

/**
 * The Chromium the settings lead to, looked up at each report (the reason, in the app's language, when none);
 * with `printPdf`, driven from there (the jobs' worker) rather than from this thread.
 */
export function settingsChromium(db: Db, printPdf?: PrintPdf): PdfSource {
  return async () => {
    const found = await chromiumFromSetting(readSection(db, 'reports').chromiumPath);
    // Stryker disable next-line LogicalOperator: chromiumFromSetting gives a renderer exactly when the lookup found one
    if (found.renderer && found.lookup.found && printPdf) {
      const chromiumPath = found.lookup.path;
      return {
        renderer: {
          name: found.renderer.name,
          print: async (html) => Buffer.from(await printPdf({ html, chromiumPath }), 'base64'),
        },
      };
    }
    if (found.renderer) return { renderer: found.renderer };
    const lang = readSection(db, 'ui').language;
    return { renderer: null, reason: translateMessage(lang, chromiumProblem(found.lookup)!) };
  };
}

/** Why a lookup found no Chromium, as one sentence that says what to do; null when it found one. */
export function chromiumProblem(lookup: ChromiumLookup): Message | null {
  if (lookup.found) return null;
  return lookup.reason === 'bad-path'
    ? msg('reports.pdf.badChromiumPath', { path: lookup.path })
    : msg('reports.pdf.noChromium');
}

/**
 * Said when the PDF settings are saved (`settings set`): a report asked to carry a PDF on a machine where no
 * Chromium prints it would otherwise go out without it unnoticed. Null when no PDF is asked for, or one prints.
 */
export async function pdfSettingWarning(db: Db): Promise<Message | null> {
  const reports = readSection(db, 'reports');
  if (!reports.daily.attachPdf && !reports.weekly.attachPdf) return null;
  return chromiumProblem((await chromiumFromSetting(reports.chromiumPath)).lookup);
}
