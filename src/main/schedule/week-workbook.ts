// The weekly report's attachment (setting reports.weekly.attachXlsx): the week's workbook, built by the export
// code as `export --format xlsx --what all` would, in the recipient's language. The Trips sheet (patients' names,
// home addresses, facilities) is left out unless reports.weekly.attachXlsxTrips: an e-mail leaves the office and
// is forwarded; the README promises that a report never carries a patient's name. Written to a private
// temporary folder, read back as base64 for the outbox (which keeps each message whole, so a resend carries it
// too), then removed.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalyticsSettings, IsoDate, Lang } from '../../shared/analytics-types';
import { translate } from '../../shared/i18n';
import { addDays, mondayOf } from '../../shared/time';
import type { ExportInput, ExportOutput } from '../exports/export-types';
import type { StoredAttachment } from '../mail/outbox-delivery';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Runs the export task on the one task runner: the jobs' worker in the app (app-core.ts), the inline runner in the
 * CLI (src/main/worker/inline-runner.ts). Never a task context of its own: one place says how a task runs.
 */
export type RunExport = (input: ExportInput) => Promise<ExportOutput>;

export function weekWorkbookName(lang: Lang, monday: IsoDate): string {
  return translate(lang, 'reports.weekly.workbookFile', { from: monday, to: addDays(monday, 6) });
}

export async function weekWorkbook(
  run: RunExport,
  req: {
    periodKey: IsoDate;
    lang: Lang;
    analytics: AnalyticsSettings;
    version: string;
    /** include the Trips sheet (reports.weekly.attachXlsxTrips) */
    withTrips: boolean;
  },
): Promise<StoredAttachment> {
  const monday = mondayOf(req.periodKey);
  const filename = weekWorkbookName(req.lang, monday);
  const folder = await mkdtemp(join(tmpdir(), 'da-week-'));
  try {
    const result = await run({
      format: 'xlsx',
      part: 'all',
      leaveOut: req.withTrips ? [] : ['trips'],
      from: monday,
      to: addDays(monday, 6),
      // The week after the reported one, learned through its Sunday: a report caught up on Wednesday forecasts
      // the same week as one sent on Monday morning (docs/analytics.md#forecast).
      forecastFrom: addDays(monday, 7),
      out: join(folder, filename),
      lang: req.lang,
      appVersion: req.version,
      analytics: req.analytics,
    });
    const bytes = await readFile(result.path);
    return { filename, contentType: XLSX_CONTENT_TYPE, base64: bytes.toString('base64') };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
