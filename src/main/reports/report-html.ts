// The report as e-mail-safe HTML, fluid and mobile-first: nested tables, inline CSS, at most 600 px wide and
// narrower on a phone (KPI cards that wrap two by two, tables that fit or drop secondary columns; see
// report-html-style.ts), light colour scheme only, system fonts, no external URL and no data: URI (the chart is an
// inline attachment, cid:). The headline comes first and is also the hidden preheader (the inbox preview). Layout
// tables carry role="presentation"; data tables are real tables with a caption and <th scope>. Every figure's text
// comes from the shared formatters; every KPI value carries data-kpi so tests and mail filters can read it.
// Why a small escaped template and not React Email or MJML: React Email would bring React (and its renderer)
// into the main process for two fixed layouts, MJML weighs megabytes and compiles at run time; the layout
// here is a handful of tables, and the html`` tag escapes every value by construction.
import type { InsightJson, Lang } from '../../shared/analytics-types';
import { figureName } from '../../shared/figures';
import { chartAltText } from './report-chart';
import type { KpiValue, ReportData } from './report-data';
import {
  changeLine,
  knowsNothing,
  kpiFigureOf,
  kpiText,
  periodTitle,
  reportTitle,
  staleLine,
  type KpiChange,
} from './report-format';
import { reportHeadline } from './report-headline';
import {
  FONT,
  H2,
  MSO_CLOSE,
  MSO_OPEN,
  MUTED,
  PAD_X,
  RESPONSIVE_STYLE,
  TONE_COLOR,
} from './report-html-style';
import {
  chartDaysTable,
  daysTable,
  delaysTable,
  facilitiesTable,
  partsTable,
  weekdaysTable,
} from './report-html-tables';
import { formatDate, formatInteger, t, weekdayName } from './report-i18n';
import { weekdayOf } from '../../shared/time';
import { html, SafeHtml } from './safe-html';

const PRIORITY_COLOR = { critical: '#b91c1c', high: '#c2410c', medium: '#a16207', low: '#4b5563' } as const;

export const CHART_CID = 'report-chart@dispatch-analytics';

/**
 * Four cards in a row from a 600 px window (whose client leaves ~584 px: 4 × 138 + padding); narrower, they wrap
 * two by two (and the media query makes them exactly half).
 */
const CARDS = 4;
const CARD_WIDTH = 138;
/** The chart's width at 600 px; on a phone it shrinks with the screen (max-width:100%). */
const CHART_SHOWN = 600 - 2 * PAD_X;

/** A section row: a heading (h2) and its body, or a body that carries its own title (a table's caption). */
function section(title: string | null, body: SafeHtml): SafeHtml {
  return html`<tr>
    <td class="da-pad" style="padding:16px ${PAD_X}px 8px ${PAD_X}px;">
      ${title === null ? '' : html`<h2 style="${H2}padding:0 0 8px 0;">${title}</h2>`} ${body}
    </td>
  </tr>`;
}

function changeHtml(lang: Lang, c: KpiChange): SafeHtml {
  return html`<div style="font-size:11px;line-height:15px;color:${TONE_COLOR[c.tone]};">
    ${changeLine(lang, c)}
  </div>`;
}

function kpiCard(lang: Lang, data: ReportData, k: KpiValue): SafeHtml {
  const { value, changes } = kpiText(lang, data, k);
  return html`<div
    class="da-kpi"
    style="display:inline-block;width:100%;max-width:${CARD_WIDTH}px;vertical-align:top;"
  >
    <table role="presentation" width="100%" cellpadding="0" cellspacing="4">
      <tr>
        <td
          valign="top"
          style="padding:10px 8px;border:1px solid #e5e7eb;background:#f9fafb;line-height:16px;${FONT}"
        >
          <div style="font-size:12px;${MUTED}">${figureName(lang, kpiFigureOf(k))}</div>
          <div style="font-size:22px;line-height:28px;font-weight:bold;color:#111827;padding:2px 0;">
            <span data-kpi="${k.key}">${value}</span>
          </div>
          ${changes.map((c) => changeHtml(lang, c))}
        </td>
      </tr>
    </table>
  </div>`;
}

// The cards are inline blocks that wrap on a narrow screen; Outlook (Word) knows no inline-block, so it gets
// them in a fixed row of table cells through conditional comments.
function kpiCards(lang: Lang, data: ReportData): SafeHtml {
  const cards = data.kpis.slice(0, CARDS).map((k) => kpiCard(lang, data, k));
  const msoCell = `<td width="${CARD_WIDTH}" valign="top">`;
  const joined = cards.map(
    (card, i) =>
      html`${new SafeHtml(i === 0 ? `<!--[if mso]><table role="presentation" width="${CARDS * CARD_WIDTH}" cellpadding="0" cellspacing="0"><tr>${msoCell}<![endif]-->` : `<!--[if mso]></td>${msoCell}<![endif]-->`)}${card}`,
  );
  return html`<tr>
    <td style="padding:8px 16px;font-size:0;line-height:0;">
      ${joined}${new SafeHtml('<!--[if mso]></td></tr></table><![endif]-->')}
    </td>
  </tr>`;
}

// The headline four carry data-kpi (what mail filters and tests read); the KPIs after them are listed below.
function moreKpisBlock(lang: Lang, data: ReportData): SafeHtml | '' {
  const more = data.kpis.slice(CARDS);
  if (more.length === 0) return '';
  return html`<tr>
    <td class="da-pad" style="padding:0 ${PAD_X}px 8px ${PAD_X}px;font-size:13px;${FONT}">
      ${more.map((k) => {
        const { value, changes } = kpiText(lang, data, k);
        return html`<div>
          ${figureName(lang, kpiFigureOf(k))} <span style="font-weight:bold;">${value}</span>
          ${changes.map((c) => changeHtml(lang, c))}
        </div>`;
      })}
    </td>
  </tr>`;
}

/** critical | warning | info: what a reader (and a mail filter) needs to know of an insight's weight. */
export function insightSeverity(i: InsightJson): 'critical' | 'warning' | 'info' {
  // The insight's own severity (docs/analytics.md#insight-order); the rule's kind for an insight without one.
  if (i.severity) return i.severity;
  if (i.priority === 'critical') return 'critical';
  return i.type === 'warning' ? 'warning' : 'info';
}

function insightsBlock(lang: Lang, insights: readonly InsightJson[]): SafeHtml {
  if (insights.length === 0)
    return html`<p style="margin:0;font-size:13px;${FONT}">${t(lang, 'reports.insights.none')}</p>`;
  return html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
    ${insights.map(
      (i) =>
        html`<tr>
          <td
            data-insight-severity="${insightSeverity(i)}"
            data-insight-rule="${i.rule}"
            ${i.day ? new SafeHtml(`data-insight-day="${i.day}"`) : ''}
            style="padding:6px 8px;border-bottom:1px solid #e5e7eb;font-size:13px;${FONT}border-left:4px solid ${PRIORITY_COLOR[i.priority]};"
          >
            <div style="font-weight:bold;">
              ${i.title}
              <span style="font-weight:normal;font-size:11px;${MUTED}"
                >(${t(lang, `reports.insights.priority.${i.priority}`)})</span
              >
            </div>
            <div>${i.message}</div>
            ${i.recommendation ? html`<div style="${MUTED}">${t(lang, 'reports.insights.recommendation', { text: i.recommendation })}</div>` : ''}
          </td>
        </tr>`,
    )}
  </table>`;
}

function nextWeekBlock(lang: Lang, next: NonNullable<ReportData['nextWeek']>): SafeHtml {
  return html`<p style="margin:0;font-size:14px;${FONT}">
    ${t(lang, 'reports.weekly.nextWeek', {
      bookings: formatInteger(lang, next.bookings),
      busiest: weekdayName(lang, weekdayOf(next.busiest) + 1),
    })}
  </p>`;
}

function chartBlock(data: ReportData): SafeHtml {
  const lang = data.lang;
  const title = t(lang, data.kind === 'daily' ? 'reports.daily.chartTitle' : 'reports.weekly.chartTitle');
  return section(
    title,
    html`<img
      src="cid:${CHART_CID}"
      width="${CHART_SHOWN}"
      alt="${chartAltText(data)}"
      style="display:block;width:100%;max-width:${CHART_SHOWN}px;height:auto;border:0;"
    />`,
  );
}

// Hidden in the message, shown by mail clients as the inbox preview; the filler keeps them from appending the
// body's first words after it.
function preheader(text: string): SafeHtml {
  return html`<div
    style="display:none;font-size:1px;color:#f3f4f6;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all;"
  >
    ${text}${new SafeHtml('&#847;&zwnj;&nbsp;'.repeat(40))}
  </div>`;
}

function headerBlock(lang: Lang, data: ReportData, title: string, headline: string): SafeHtml {
  const through = data.dataThrough
    ? t(lang, 'reports.dataThrough', { date: formatDate(lang, data.dataThrough), zone: data.timeZone })
    : `${t(lang, 'reports.noDataYet')} · ${data.timeZone}`;
  return html`<tr>
    <td class="da-pad" style="padding:20px ${PAD_X}px 4px ${PAD_X}px;${FONT}">
      <div style="font-size:13px;${MUTED}">${data.company}</div>
      <h1 style="margin:4px 0;font-size:20px;color:#111827;">${title}</h1>
      <p
        data-headline="true"
        style="margin:8px 0 4px 0;font-size:17px;line-height:23px;font-weight:bold;color:#111827;"
      >
        ${headline}
      </p>
      <div style="font-size:14px;">${periodTitle(lang, data)}</div>
      <div style="font-size:12px;${MUTED}padding-top:4px;">${through}</div>
    </td>
  </tr>`;
}

export function renderReportHtml(data: ReportData, opts: { withChart: boolean }): string {
  const lang = data.lang;
  const title = reportTitle(lang, data);
  const stale = staleLine(lang, data);
  const headline = reportHeadline(lang, data);
  const body = html`<!DOCTYPE html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light only" />
        <meta name="supported-color-schemes" content="light only" />
        <title>${title}</title>
        ${RESPONSIVE_STYLE}
      </head>
      <body style="margin:0;padding:0;background:#f3f4f6;">
        ${preheader(headline)}
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6;">
          <tr>
            <td align="center" style="padding:16px 8px;">
              ${MSO_OPEN}
              <table
                role="presentation"
                width="100%"
                align="center"
                cellpadding="0"
                cellspacing="0"
                style="width:100%;max-width:600px;background:#ffffff;color:#1f2937;${FONT}"
              >
                ${
                  stale !== null
                    ? html`<tr>
                        <td
                          data-stale="true"
                          class="da-pad"
                          style="padding:12px ${PAD_X}px;background:#fef3c7;color:#92400e;font-size:13px;font-weight:bold;${FONT}"
                        >
                          ${stale}
                        </td>
                      </tr>`
                    : ''
                }
                ${headerBlock(lang, data, title, headline)}
                ${
                  data.empty || knowsNothing(data)
                    ? html`<tr>
                        <td class="da-pad" style="padding:12px ${PAD_X}px;font-size:14px;${FONT}">
                          ${t(lang, knowsNothing(data) ? 'reports.noDataForPeriod' : 'reports.empty')}
                        </td>
                      </tr>`
                    : ''
                }
                ${kpiCards(lang, data)} ${moreKpisBlock(lang, data)} ${section(null, partsTable(lang, data))}
                ${data.kind === 'weekly' ? section(null, daysTable(lang, data)) : ''}
                ${section(t(lang, 'reports.insights.title'), insightsBlock(lang, data.insights))}
                ${data.kind === 'daily' ? section(null, delaysTable(lang, data)) : ''}
                ${opts.withChart ? chartBlock(data) : ''}
                ${data.kind === 'daily' && data.chart.length > 0 ? section(null, chartDaysTable(lang, data)) : ''}
                ${data.kind === 'weekly' && data.weekdays.length > 0 ? section(null, weekdaysTable(lang, data)) : ''}
                ${data.lateFacilities.length > 0 ? section(null, facilitiesTable(lang, data)) : ''}
                ${data.nextWeek ? section(t(lang, 'reports.weekly.nextWeekTitle'), nextWeekBlock(lang, data.nextWeek)) : ''}
                <tr>
                  <td
                    class="da-pad"
                    style="padding:16px ${PAD_X}px 20px ${PAD_X}px;font-size:11px;${MUTED}${FONT}"
                  >
                    ${t(lang, 'reports.footer')}
                  </td>
                </tr>
              </table>
              ${MSO_CLOSE}
            </td>
          </tr>
        </table>
      </body>
    </html>`;
  return body.value;
}
