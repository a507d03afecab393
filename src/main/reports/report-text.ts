// The report's plain-text part: the same figures as the HTML, for clients that show text and for the CLI.
import { weekdayOf } from '../../shared/time';
import type { ReportData } from './report-data';
import { DAY_KPI_FIGURES, figureName, figureShortName, formatFigure } from '../../shared/figures';
import { reportHeadline } from './report-headline';
import {
  changeLine,
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

export function renderReportText(data: ReportData): string {
  const lang = data.lang;
  // French typography puts a (narrow) space before the colon.
  const c = lang === 'fr' ? '\u202f:' : ':';
  const out: string[] = [];
  const stale = staleLine(lang, data);
  if (stale) out.push(`⚠ ${stale}`, '');
  out.push(reportHeadline(lang, data), '');
  out.push(`${reportTitle(lang, data)} — ${data.company}`, periodTitle(lang, data));
  out.push(
    data.dataThrough
      ? t(lang, 'reports.dataThrough', { date: formatDate(lang, data.dataThrough), zone: data.timeZone })
      : `${t(lang, 'reports.noDataYet')} · ${data.timeZone}`,
    '',
  );
  if (knowsNothing(data)) out.push(t(lang, 'reports.noDataForPeriod'), '');
  else if (data.empty) out.push(t(lang, 'reports.empty'), '');
  for (const k of data.kpis) {
    const { value, changes } = kpiText(lang, data, k);
    out.push(
      `${figureName(lang, kpiFigureOf(k))}${c} ${value}${changes.length ? `  (${changes.map((x) => changeLine(lang, x)).join(' · ')})` : ''}`,
    );
  }
  out.push('', `${t(lang, 'reports.parts.title')}${c}`);
  const part = (v: number) => (knowsNothing(data) ? '—' : formatNumber(lang, v));
  out.push(
    `  ${t(lang, 'reports.parts.punctuality')} ${part(data.parts.punctuality)}/50 · ` +
      `${t(lang, 'reports.parts.delay')} ${part(data.parts.delay)}/30 · ` +
      `${t(lang, 'reports.parts.cancellations')} ${part(data.parts.cancellations)}/20`,
  );
  if (data.kind === 'weekly') {
    out.push('', `${t(lang, 'reports.weekly.daysTitle')}${c}`);
    for (const d of data.days) {
      const figures = DAY_KPI_FIGURES.map(
        (f) => `${figureShortName(lang, f)} ${formatFigure(lang, f, f.day(d))}`,
      );
      out.push(
        `  ${weekdayName(lang, weekdayOf(d.date) + 1, 'short')} ${shortDay(lang, d.date)}  ${figures.join(' · ')}`,
      );
    }
    if (data.best && data.worst) {
      out.push(
        t(lang, 'reports.weekly.best', {
          day: formatDate(lang, data.best.date, 'long'),
          score: formatNumber(lang, data.best.quality_score),
        }),
      );
      out.push(
        t(lang, 'reports.weekly.worst', {
          day: formatDate(lang, data.worst.date, 'long'),
          score: formatNumber(lang, data.worst.quality_score),
        }),
      );
    }
  }
  out.push('', `${t(lang, 'reports.insights.title')}${c}`);
  if (data.insights.length === 0) out.push(`  ${t(lang, 'reports.insights.none')}`);
  for (const i of data.insights) {
    out.push(`  • [${t(lang, `reports.insights.priority.${i.priority}`)}] ${i.title} — ${i.message}`);
    if (i.recommendation)
      out.push(`    ${t(lang, 'reports.insights.recommendation', { text: i.recommendation })}`);
  }
  if (data.kind === 'daily') {
    out.push('', `${t(lang, 'reports.delays.title')}${c}`);
    if (data.topDelays.length === 0) out.push(`  ${t(lang, 'reports.delays.none')}`);
    for (const d of data.topDelays) {
      out.push(
        `  ${d.time}  ${d.driver ?? t(lang, 'reports.delays.noDriver')}  +${formatMinutes(lang, d.delayMinutes)}`,
      );
    }
  }
  if (data.kind === 'daily' && data.chart.length > 0) {
    out.push('', `${t(lang, 'reports.mailLayout.daysCaption')}${c}`);
    for (const d of data.chart) {
      const bookings = d.bookings === null ? '—' : formatInteger(lang, d.bookings);
      const rate = d.onTimeRate === null ? '—' : formatPercent(lang, d.onTimeRate);
      const mark = d.date === data.periodKey ? '▶' : ' ';
      out.push(
        ` ${mark}${weekdayName(lang, weekdayOf(d.date) + 1, 'short')} ${shortDay(lang, d.date)}  ` +
          `${t(lang, 'reports.table.bookings')} ${bookings} · ${t(lang, 'reports.table.onTime')} ${rate}`,
      );
    }
  }
  if (data.kind === 'weekly' && data.weekdays.length > 0) {
    out.push('', `${t(lang, 'reports.weekly.patternTitle')}${c}`);
    for (const w of data.weekdays) {
      out.push(
        `  ${weekdayName(lang, w.weekday + 1)}${c} ${formatNumber(lang, w.avg_bookings)} ${t(lang, 'reports.table.bookings').toLowerCase()} · ` +
          `${formatPercent(lang, w.avg_on_time_rate)} · ${formatMinutes(lang, w.avg_delay)}`,
      );
    }
  }
  if (data.lateFacilities.length > 0) {
    out.push('', `${t(lang, 'reports.weekly.facilitiesTitle')}${c}`);
    for (const f of data.lateFacilities) {
      out.push(
        `  ${f.facility ?? ''}${c} ${t(lang, 'reports.table.late')} ${formatInteger(lang, f.delayed)} / ` +
          `${formatInteger(lang, f.bookings)} · ${formatPercent(lang, f.on_time_rate)}`,
      );
    }
  }
  if (data.nextWeek) {
    const busiest = weekdayName(lang, weekdayOf(data.nextWeek.busiest) + 1);
    const line = t(lang, 'reports.weekly.nextWeek', {
      bookings: formatInteger(lang, data.nextWeek.bookings),
      busiest,
    });
    out.push('', `${t(lang, 'reports.weekly.nextWeekTitle')}${c} ${line}`);
  }
  out.push('', t(lang, 'reports.footer'));
  return `${out.join('\n')}\n`;
}
