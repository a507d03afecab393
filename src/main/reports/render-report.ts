// Renders one report in one language: data, HTML, plain text, chart PNG and the headers. Shaped as a worker
// task `(ctx, input) => Promise<output>` with a structured-cloneable input and output (the chart as base64),
// so it can run off the main thread; it only reads the store.
import type { AnalyticsSettings, IsoDate, Lang } from '../../shared/analytics-types';
import type { ReportKind } from './report-kind';
import type { Db } from '../store/open-store';
import type { StoredMessage } from '../mail/outbox-delivery';
import { buildReportData } from './report-data';
import { chartInputOf, renderChartPng } from './report-chart';
import { CHART_CID, renderReportHtml } from './report-html';
import { reportSubject } from './report-format';
import { renderReportText } from './report-text';

export interface RenderReportInput {
  kind: ReportKind;
  /** the day covered (daily) or any day of the week covered (weekly) */
  periodKey: IsoDate;
  lang: Lang;
  settings: AnalyticsSettings;
  /** false: no PNG (the CLI's --out preview and the plain-text output do not need it) */
  withChart?: boolean;
}

export interface RenderedReport extends StoredMessage {
  kind: ReportKind;
  periodKey: IsoDate;
  empty: boolean;
  stale: boolean;
  dataThrough: IsoDate | null;
  /** for the notice that replaces a report held too long (stale-notice.ts) */
  company?: string;
  timeZone?: string;
  /** the last time the dispatch server's data reached the store, or null */
  lastSyncedAt?: number | null;
}

export const REPORT_HEADER = 'X-Dispatch-Report';

export async function renderReport(ctx: { db: Db }, input: RenderReportInput): Promise<RenderedReport> {
  const data = buildReportData(ctx.db, input);
  const withChart = input.withChart ?? true;
  const images: StoredMessage['images'] = [];
  if (withChart) {
    const png = await renderChartPng(chartInputOf(data));
    images.push({
      cid: CHART_CID,
      filename: `chart-${data.kind}-${data.periodKey}.png`,
      base64: png.toString('base64'),
    });
  }
  return {
    kind: data.kind,
    periodKey: data.periodKey,
    empty: data.empty,
    stale: data.stale,
    dataThrough: data.dataThrough,
    company: data.company,
    timeZone: data.timeZone,
    lastSyncedAt: data.lastSyncedAt,
    subject: reportSubject(input.lang, data),
    html: renderReportHtml(data, { withChart }),
    text: renderReportText(data),
    headers: { [REPORT_HEADER]: `${data.kind} ${data.periodKey}` },
    images,
  };
}
