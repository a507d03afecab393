// The short notice sent instead of a report held back for stale data (reports.holdWhenStale) once its catch-up
// window is over: a held report must never end in silence. It says which report, since when the data is not up to
// date, and what to do; same X-Dispatch-Report header as the report it stands for.
import type { IsoDate, Lang } from '../../shared/analytics-types';
import { addDays } from '../../shared/time';
import type { StoredMessage } from '../mail/outbox-delivery';
import type { ReportKind } from './report-kind';
import { REPORT_HEADER } from './render-report';
import { formatDate, formatDateTime, t } from './report-i18n';
import { html } from './safe-html';

export interface StaleNoticeInput {
  kind: ReportKind;
  periodKey: IsoDate;
  lang: Lang;
  company: string;
  timeZone: string;
  lastSyncedAt: number | null;
  catchUpDays: number;
}

export function renderStaleNotice(input: StaleNoticeInput): StoredMessage {
  const { lang } = input;
  const title = t(lang, input.kind === 'daily' ? 'reports.daily.title' : 'reports.weekly.title');
  const period =
    input.kind === 'daily'
      ? formatDate(lang, input.periodKey, 'long')
      : t(lang, 'reports.period.week', {
          from: formatDate(lang, input.periodKey),
          to: formatDate(lang, addDays(input.periodKey, 6)),
        });
  const body =
    input.lastSyncedAt === null
      ? t(lang, 'reports.notice.bodyNever', { period, days: input.catchUpDays })
      : t(lang, 'reports.notice.bodySince', {
          period,
          days: input.catchUpDays,
          since: formatDateTime(lang, input.lastSyncedAt, input.timeZone),
        });
  const todo = t(lang, 'reports.notice.whatToDo');
  const subject = t(lang, 'reports.notice.subject', {
    title,
    company: input.company,
    date: formatDate(lang, input.periodKey),
  });
  const page = html`<!DOCTYPE html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="color-scheme" content="light only" />
        <title>${subject}</title>
      </head>
      <body style="margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;color:#1f2937;">
        <p data-stale="true" style="margin:0 0 12px 0;font-size:14px;font-weight:bold;color:#92400e;">
          ${body}
        </p>
        <p style="margin:0;font-size:13px;">${todo}</p>
      </body>
    </html>`;
  return {
    subject,
    html: page.value,
    text: `⚠ ${body}\n\n${todo}\n`,
    headers: { [REPORT_HEADER]: `${input.kind} ${input.periodKey}` },
    images: [],
  };
}
