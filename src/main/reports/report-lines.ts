// Lines added to a rendered e-mail after its layout (report-html.ts) is done: the catch-up notice at the top
// (late-notice.ts) and the link back to the dashboard at the bottom, in both the HTML and the text part. Kept
// out of the layout so it stays one template; called once, where the runner stores each message.
import type { Lang } from '../../shared/analytics-types';
import type { StoredMessage } from '../mail/outbox-delivery';
import { t } from './report-i18n';
import { html } from './safe-html';

export interface ReportLines {
  /** a sentence shown first (the catch-up notice), or null */
  top: string | null;
  /** the dashboard's stable address (reports.dashboardUrl), or '' for no link */
  dashboardUrl: string;
}

// The hidden inbox preview (preheader) must stay the body's first text, so the notice goes after it.
const BODY_START = /<body\b[^>]*>(\s*<(div|span)\b[^>]*display:\s*none[^>]*>[\s\S]*?<\/\2>)?/i;

export function withReportLines(message: StoredMessage, lang: Lang, lines: ReportLines): StoredMessage {
  let { html: page, text } = message;
  if (lines.top) {
    const notice = html`<p
      data-late="true"
      style="margin:0;padding:8px 16px;font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#92400e;background:#fffbeb;"
    >
      ${lines.top}
    </p>`.value;
    page = BODY_START.test(page) ? page.replace(BODY_START, (open) => open + notice) : notice + page;
    text = `${lines.top}\n\n${text}`;
  }
  if (lines.dashboardUrl) {
    const label = t(lang, 'reports.link.dashboard');
    const link = html`<p
      data-dashboard-link="true"
      style="margin:0;padding:12px 16px;font-family:Arial,Helvetica,sans-serif;font-size:13px;"
    >
      <a href="${lines.dashboardUrl}" style="color:#1d4ed8;">${label}</a>
    </p>`.value;
    page = /<\/body>/i.test(page) ? page.replace(/<\/body>/i, (close) => link + close) : page + link;
    text = `${text.replace(/\n*$/, '')}\n\n${t(lang, 'reports.link.dashboardText', { url: lines.dashboardUrl })}\n`;
  }
  return { ...message, html: page, text };
}
