// The report's data tables (score parts, largest delays, days, weekdays, facilities, the daily chart's 14 days),
// each a real table with a caption and header cells (report-html-style.ts#dataTable), so a screen reader can
// navigate them. Secondary columns are dropped under 480 px; the first column and the key figures stay.
import type { Lang } from '../../shared/analytics-types';
import { DAY_KPI_FIGURES, figureShortName, formatFigure } from '../../shared/figures';
import { weekdayOf } from '../../shared/time';
import type { ReportData } from './report-data';
import { knowsNothing, shortDay } from './report-format';
import { FONT, MUTED, dataTable, type Column } from './report-html-style';
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

const dayLabel = (lang: Lang, day: string): string =>
  `${weekdayName(lang, weekdayOf(day) + 1, 'short')} ${shortDay(lang, day)}`;

/** A bar drawn with two cells (Outlook draws no CSS backgrounds on divs); decorative, hidden from readers. */
function bar(share: number): SafeHtml {
  const width = Math.min(100, Math.max(1, Math.round(share * 100)));
  return html`<table role="presentation" aria-hidden="true" cellpadding="0" cellspacing="0" width="100%">
    <tr>
      <td width="${width}%" style="background:#3b82f6;height:6px;font-size:0;line-height:0;">&nbsp;</td>
      <td style="background:#e5e7eb;height:6px;font-size:0;line-height:0;">&nbsp;</td>
    </tr>
  </table>`;
}

export function partsTable(lang: Lang, data: ReportData): SafeHtml {
  const parts: [string, number, number][] = [
    [t(lang, 'reports.parts.punctuality'), data.parts.punctuality, 50],
    [t(lang, 'reports.parts.delay'), data.parts.delay, 30],
    [t(lang, 'reports.parts.cancellations'), data.parts.cancellations, 20],
  ];
  const columns: Column[] = [
    { head: t(lang, 'reports.mailLayout.partHead') },
    { head: t(lang, 'reports.mailLayout.pointsHead') },
  ];
  return dataTable(
    t(lang, 'reports.parts.title'),
    columns,
    parts.map(([label, value, max]) => ({
      label,
      cells: [
        html`${knowsNothing(data) ? '—' : formatNumber(lang, value)}
          <span style="${MUTED}">${t(lang, 'reports.parts.outOf', { max })}</span>
          ${bar(value / max)}`,
      ],
    })),
  );
}

export function delaysTable(lang: Lang, data: ReportData): SafeHtml {
  const title = t(lang, 'reports.delays.title');
  if (data.topDelays.length === 0) return noneBlock(title, t(lang, 'reports.delays.none'));
  return dataTable(
    title,
    [
      { head: t(lang, 'reports.delays.time') },
      { head: t(lang, 'reports.delays.driver') },
      { head: t(lang, 'reports.delays.delay'), numeric: true },
    ],
    data.topDelays.map((d) => ({
      label: d.time,
      cells: [d.driver ?? t(lang, 'reports.delays.noDriver'), formatMinutes(lang, d.delayMinutes)],
    })),
  );
}

/** A section whose table would be empty: its title as a heading and one sentence. */
export function noneBlock(title: string, sentence: string): SafeHtml {
  return html`<h2 style="margin:0 0 8px 0;font-size:16px;color:#111827;${FONT}">${title}</h2>
    <p style="margin:0;font-size:13px;${FONT}">${sentence}</p>`;
}

/** Weekly: one row per day; the score is the column dropped on a phone. */
export function daysTable(lang: Lang, data: ReportData): SafeHtml {
  const columns: Column[] = [
    { head: t(lang, 'reports.table.day') },
    ...DAY_KPI_FIGURES.map((f) => ({
      head: figureShortName(lang, f),
      numeric: true,
      secondary: f.key === 'quality_score',
    })),
  ];
  const table = dataTable(
    t(lang, 'reports.weekly.daysTitle'),
    columns,
    data.days.map((d) => ({
      label: dayLabel(lang, d.date),
      cells: DAY_KPI_FIGURES.map((f) => formatFigure(lang, f, f.day(d))),
    })),
  );
  if (!data.best || !data.worst) return table;
  const best = t(lang, 'reports.weekly.best', {
    day: formatDate(lang, data.best.date, 'long'),
    score: formatNumber(lang, data.best.quality_score),
  });
  const worst = t(lang, 'reports.weekly.worst', {
    day: formatDate(lang, data.worst.date, 'long'),
    score: formatNumber(lang, data.worst.quality_score),
  });
  return html`${table}
    <p style="margin:8px 0 0 0;font-size:13px;${FONT}">${best}<br />${worst}</p>`;
}

export function weekdaysTable(lang: Lang, data: ReportData): SafeHtml {
  return dataTable(
    t(lang, 'reports.weekly.patternTitle'),
    [
      { head: t(lang, 'reports.table.day') },
      { head: t(lang, 'reports.table.bookings'), numeric: true },
      { head: t(lang, 'reports.table.onTime'), numeric: true },
      { head: t(lang, 'reports.table.delay'), numeric: true, secondary: true },
    ],
    data.weekdays.map((w) => ({
      label: weekdayName(lang, w.weekday + 1),
      cells: [
        formatNumber(lang, w.avg_bookings),
        formatPercent(lang, w.avg_on_time_rate),
        formatMinutes(lang, w.avg_delay),
      ],
    })),
  );
}

export function facilitiesTable(lang: Lang, data: ReportData): SafeHtml {
  return dataTable(
    t(lang, 'reports.weekly.facilitiesTitle'),
    [
      { head: t(lang, 'reports.table.facility') },
      { head: t(lang, 'reports.table.bookings'), numeric: true, secondary: true },
      { head: t(lang, 'reports.table.late'), numeric: true },
      { head: t(lang, 'reports.table.onTime'), numeric: true },
    ],
    data.lateFacilities.map((f) => ({
      label: f.facility ?? '',
      cells: [
        formatInteger(lang, f.bookings),
        formatInteger(lang, f.delayed),
        formatPercent(lang, f.on_time_rate),
      ],
    })),
  );
}

/** Daily: the chart's 14 days in figures, for readers who cannot see the image (and mail clients that block it). */
export function chartDaysTable(lang: Lang, data: ReportData): SafeHtml {
  return dataTable(
    t(lang, 'reports.mailLayout.daysCaption'),
    [
      { head: t(lang, 'reports.table.day') },
      { head: t(lang, 'reports.table.bookings'), numeric: true },
      { head: t(lang, 'reports.table.onTime'), numeric: true },
    ],
    data.chart.map((c) => {
      const label = dayLabel(lang, c.date);
      const cells = [
        c.bookings === null ? '—' : formatInteger(lang, c.bookings),
        c.onTimeRate === null ? '—' : formatPercent(lang, c.onTimeRate),
      ];
      // The report's own day in bold, as in the chart.
      return c.date === data.periodKey
        ? {
            label: html`<strong>${label}</strong>`,
            cells: cells.map((x) => html`<strong>${x}</strong>`),
          }
        : { label, cells };
    }),
  );
}
