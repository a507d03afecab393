// `report daily|weekly --pdf FILE`: the report as the e-mail's PDF attachment would carry it, printed by the
// Chromium the settings lead to (reports/chromium-pdf.ts). No Chromium: one sentence that says how to get one,
// exit 1, no file.
import { writeFile } from 'node:fs/promises';
import type { RenderedReport } from '../reports/render-report';
import { chromiumFromSetting } from '../reports/chromium-pdf';
import { printableHtml } from '../reports/report-pdf';
import { chromiumProblem } from '../schedule/report-deps';
import { readSection } from '../settings';
import type { Db } from '../store/open-store';
import { CliError } from './cli-errors';

export async function writeReportPdf(db: Db, report: RenderedReport, path: string): Promise<void> {
  const found = await chromiumFromSetting(readSection(db, 'reports').chromiumPath);
  if (!found.renderer) throw new CliError('no-data', chromiumProblem(found.lookup)!, 1);
  await writeFile(path, await found.renderer.print(printableHtml(report)));
}
