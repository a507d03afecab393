// The report as e-mail-safe HTML: nested tables, inline CSS, 600 px wide, light colour scheme only, system fonts,
// no external URL and no data: URI (the chart is an inline attachment, cid:). Every figure's text comes from the
// shared formatters; every KPI value carries data-kpi so tests and mail filters can read it.
// Why a small escaped template and not React Email or MJML: React Email would bring React (and its renderer)
// into the main process for two fixed layouts, MJML weighs megabytes and compiles at run time; the layout
// here is a handful of tables, and the html`` tag escapes every value by construction.
import type { InsightJson, Lang } from '../../shared/analytics-types';
import { weekdayOf } from '../../shared/time';
import { DAY_KPI_FIGURES, figureName, figureShortName, formatFigure } from '../../shared/figures';
import type { KpiValue, ReportData } from './report-data';
import {
  knowsNothing,
  kpiFigureOf,
  kpiText,
  periodTitle,
  reportTitle,
  shortDay,
  staleLine,
} from './report-format';
import {
  formatDate,
  formatInteger,
  formatMinutes,
  formatNumber,
  formatPercent,
  t,
  weekdayName,
} from './report-i18n';
import { html, type SafeHtml } from './safe-html';

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const MUTED = 'color:#6b7280;';
const CELL = 'padding:6px 8px;border-bottom:1px solid #e5e7eb;font-size:13px;';
const HEAD = 'padding:6px 8px;border-bottom:2px solid #d1d5db;font-size:12px;text-align:left;color:#374151;';
const H2 = `margin:0;padding:20px 24px 8px 24px;font-size:16px;color:#111827;${FONT}`;
const PRIORITY_COLOR = { critical: '#b91c1c', high: '#c2410c', medium: '#a16207', low: '#4b5563' } as const;

export const CHART_CID = 'report-chart@dispatch-analytics';

function section(title: string, body: SafeHtml): SafeHtml {
  return html`<tr>
      <td style="${H2}">${title}</td>
    </tr>
    <tr>
      <td style="padding:0 24px 8px 24px;">${body}</td>
    </tr>`;
}

// 600 px hold four cards; the KPIs after the fourth are listed under them, without data-kpi (which marks the
// headline four that mail filters and tests read).
const CARDS = 4;

function kpiCell(lang: Lang, data: ReportData, k: KpiValue): SafeHtml {
  const { value, changes } = kpiText(lang, data, k);
  return html`<td
    width="25%"
    valign="top"
    style="padding:12px 8px;border:1px solid #e5e7eb;background:#f9fafb;${FONT}"
  >
    <div style="font-size:12px;${MUTED}">${figureName(lang, kpiFigureOf(k))}</div>
    <div style="font-size:22px;font-weight:bold;color:#111827;padding:4px 0;">
      <span data-kpi="${k.key}">${value}</span>
    </div>
    ${changes.map((c) => html`<div style="font-size:11px;${MUTED}">${c}</div>`)}
  </td>`;
}

function moreKpisBlock(lang: Lang, data: ReportData): SafeHtml | '' {
  const more = data.kpis.slice(CARDS);
  if (more.length === 0) return '';
  return html`<tr>
    <td style="padding:0 24px 8px 24px;font-size:13px;${FONT}">
      ${more.map((k) => {
        const { value, changes } = kpiText(lang, data, k);
        return html`<div>
          ${figureName(lang, kpiFigureOf(k))} <span style="font-weight:bold;">${value}</span>
          <span style="font-size:11px;${MUTED}">(${changes.join(' · ')})</span>
        </div>`;
      })}
    </td>
  </tr>`;
}

function insightsBlock(lang: Lang, insights: readonly InsightJson[]): SafeHtml {
  if (insights.length === 0)
    return html`<p style="margin:0;font-size:13px;${FONT}">${t(lang, 'reports.insights.none')}</p>`;
  return html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
    ${insights.map(
      (i) =>
        html`<tr>
          <td style="${CELL}${FONT}border-left:4px solid ${PRIORITY_COLOR[i.priority]};">
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

function partsBlock(lang: Lang, data: ReportData): SafeHtml {
  const rows: [string, number, number][] = [
    [t(lang, 'reports.parts.punctuality'), data.parts.punctuality, 50],
    [t(lang, 'reports.parts.delay'), data.parts.delay, 30],
    [t(lang, 'reports.parts.cancellations'), data.parts.cancellations, 20],
  ];
  return html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="${FONT}">
    ${rows.map(
      ([label, value, max]) =>
        html`<tr>
          <td style="${CELL}" width="40%">${label}</td>
          <td style="${CELL}" width="20%">
            ${knowsNothing(data) ? '—' : formatNumber(lang, value)}
            <span style="${MUTED}">${t(lang, 'reports.parts.outOf', { max })}</span>
          </td>
          <td style="${CELL}">
            <table role="presentation" cellpadding="0" cellspacing="0" width="100%">
              <tr>
                <td
                  width="${Math.max(1, Math.round((value / max) * 100))}%"
                  style="background:#3b82f6;height:8px;font-size:0;line-height:0;"
                >
                  &nbsp;
                </td>
                <td style="background:#e5e7eb;height:8px;font-size:0;line-height:0;">&nbsp;</td>
              </tr>
            </table>
          </td>
        </tr>`,
    )}
  </table>`;
}

function delaysBlock(lang: Lang, data: ReportData): SafeHtml {
  if (data.topDelays.length === 0)
    return html`<p style="margin:0;font-size:13px;${FONT}">${t(lang, 'reports.delays.none')}</p>`;
  return html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="${FONT}">
    <tr>
      <th style="${HEAD}">${t(lang, 'reports.delays.time')}</th>
      <th style="${HEAD}">${t(lang, 'reports.delays.driver')}</th>
      <th style="${HEAD}text-align:right;">${t(lang, 'reports.delays.delay')}</th>
    </tr>
    ${data.topDelays.map(
      (d) =>
        html`<tr>
          <td style="${CELL}">${d.time}</td>
          <td style="${CELL}">${d.driver ?? t(lang, 'reports.delays.noDriver')}</td>
          <td style="${CELL}text-align:right;">${formatMinutes(lang, d.delayMinutes)}</td>
        </tr>`,
    )}
  </table>`;
}

// One figures table for the days and the weekdays: a first text column, then right-aligned numbers.
function figuresTable(
  lang: Lang,
  numberHeads: string[],
  rows: { label: string; figures: string[] }[],
  labelHead = t(lang, 'reports.table.day'),
): SafeHtml {
  return html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="${FONT}">
    <tr>
      <th style="${HEAD}">${labelHead}</th>
      ${numberHeads.map((h) => html`<th style="${HEAD}text-align:right;">${h}</th>`)}
    </tr>
    ${rows.map(
      (r) =>
        html`<tr>
          <td style="${CELL}">${r.label}</td>
          ${r.figures.map((f) => html`<td style="${CELL}text-align:right;">${f}</td>`)}
        </tr>`,
    )}
  </table>`;
}

function daysBlock(lang: Lang, data: ReportData): SafeHtml {
  const heads = DAY_KPI_FIGURES.map((f) => figureShortName(lang, f));
  const rows = data.days.map((d) => ({
    label: `${weekdayName(lang, weekdayOf(d.date) + 1, 'short')} ${shortDay(lang, d.date)}`,
    figures: DAY_KPI_FIGURES.map((f) => formatFigure(lang, f, f.day(d))),
  }));
  return html`${figuresTable(lang, heads, rows)}
  ${
    data.best && data.worst
      ? html`<p style="margin:8px 0 0 0;font-size:13px;${FONT}">
          ${t(lang, 'reports.weekly.best', { day: formatDate(lang, data.best.date, 'long'), score: formatNumber(lang, data.best.quality_score) })}<br />${t(lang, 'reports.weekly.worst', { day: formatDate(lang, data.worst.date, 'long'), score: formatNumber(lang, data.worst.quality_score) })}
        </p>`
      : ''
  }`;
}

function weekdaysBlock(lang: Lang, data: ReportData): SafeHtml {
  const heads = (['bookings', 'onTime', 'delay'] as const).map((k) => t(lang, `reports.table.${k}`));
  const rows = data.weekdays.map((w) => ({
    label: weekdayName(lang, w.weekday + 1),
    figures: [
      formatNumber(lang, w.avg_bookings),
      formatPercent(lang, w.avg_on_time_rate),
      formatMinutes(lang, w.avg_delay),
    ],
  }));
  return figuresTable(lang, heads, rows);
}

function nextWeekBlock(lang: Lang, next: NonNullable<ReportData['nextWeek']>): SafeHtml {
  return html`<p style="margin:0;font-size:14px;${FONT}">
    ${t(lang, 'reports.weekly.nextWeek', {
      bookings: formatInteger(lang, next.bookings),
      busiest: weekdayName(lang, weekdayOf(next.busiest) + 1),
    })}
  </p>`;
}

function facilitiesBlock(lang: Lang, data: ReportData): SafeHtml {
  const heads = (['bookings', 'late', 'onTime'] as const).map((k) => t(lang, `reports.table.${k}`));
  const rows = data.lateFacilities.map((f) => ({
    label: f.facility ?? '',
    figures: [
      formatInteger(lang, f.bookings),
      formatInteger(lang, f.delayed),
      formatPercent(lang, f.on_time_rate),
    ],
  }));
  return figuresTable(lang, heads, rows, t(lang, 'reports.table.facility'));
}

export function renderReportHtml(data: ReportData, opts: { withChart: boolean }): string {
  const lang = data.lang;
  const title = reportTitle(lang, data);
  const stale = staleLine(lang, data);
  const through = data.dataThrough
    ? t(lang, 'reports.dataThrough', { date: formatDate(lang, data.dataThrough), zone: data.timeZone })
    : `${t(lang, 'reports.noDataYet')} · ${data.timeZone}`;
  const body = html`<!DOCTYPE html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light only" />
        <meta name="supported-color-schemes" content="light only" />
        <title>${title}</title>
      </head>
      <body style="margin:0;padding:0;background:#f3f4f6;">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6;">
          <tr>
            <td align="center" style="padding:16px 8px;">
              <table
                role="presentation"
                width="600"
                cellpadding="0"
                cellspacing="0"
                style="width:600px;max-width:600px;background:#ffffff;color:#1f2937;${FONT}"
              >
                ${
                  stale !== null
                    ? html`<tr>
                        <td
                          data-stale="true"
                          style="padding:12px 24px;background:#fef3c7;color:#92400e;font-size:13px;font-weight:bold;${FONT}"
                        >
                          ${stale}
                        </td>
                      </tr>`
                    : ''
                }
                <tr>
                  <td style="padding:20px 24px 4px 24px;${FONT}">
                    <div style="font-size:13px;${MUTED}">${data.company}</div>
                    <h1 style="margin:4px 0;font-size:20px;color:#111827;">${title}</h1>
                    <div style="font-size:14px;">${periodTitle(lang, data)}</div>
                    <div style="font-size:12px;${MUTED}padding-top:4px;">${through}</div>
                  </td>
                </tr>
                ${
                  data.empty || knowsNothing(data)
                    ? html`<tr>
                        <td style="padding:12px 24px;font-size:14px;${FONT}">
                          ${t(lang, knowsNothing(data) ? 'reports.noDataForPeriod' : 'reports.empty')}
                        </td>
                      </tr>`
                    : ''
                }
                <tr>
                  <td style="padding:12px 16px;">
                    <table role="presentation" width="100%" cellpadding="0" cellspacing="4">
                      <tr>
                        ${data.kpis.slice(0, CARDS).map((k) => kpiCell(lang, data, k))}
                      </tr>
                    </table>
                  </td>
                </tr>
                ${moreKpisBlock(lang, data)}
                ${section(t(lang, 'reports.parts.title'), partsBlock(lang, data))}
                ${data.kind === 'weekly' ? section(t(lang, 'reports.weekly.daysTitle'), daysBlock(lang, data)) : ''}
                ${section(t(lang, 'reports.insights.title'), insightsBlock(lang, data.insights))}
                ${data.kind === 'daily' ? section(t(lang, 'reports.delays.title'), delaysBlock(lang, data)) : ''}
                ${
                  opts.withChart
                    ? section(
                        t(
                          lang,
                          data.kind === 'daily' ? 'reports.daily.chartTitle' : 'reports.weekly.chartTitle',
                        ),
                        html`<img
                          src="cid:${CHART_CID}"
                          width="552"
                          alt="${t(lang, 'reports.chart.alt')}"
                          style="display:block;width:552px;max-width:100%;height:auto;border:0;"
                        />`,
                      )
                    : ''
                }
                ${data.kind === 'weekly' && data.weekdays.length > 0 ? section(t(lang, 'reports.weekly.patternTitle'), weekdaysBlock(lang, data)) : ''}
                ${data.lateFacilities.length > 0 ? section(t(lang, 'reports.weekly.facilitiesTitle'), facilitiesBlock(lang, data)) : ''}
                ${data.nextWeek ? section(t(lang, 'reports.weekly.nextWeekTitle'), nextWeekBlock(lang, data.nextWeek)) : ''}
                <tr>
                  <td style="padding:16px 24px 20px 24px;font-size:11px;${MUTED}${FONT}">
                    ${t(lang, 'reports.footer')}
                  </td>
                </tr>
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html>`;
  return body.value;
}
