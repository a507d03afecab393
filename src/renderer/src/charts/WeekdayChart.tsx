// Mean bookings and mean delay per weekday (Monday first), from InsightsJson.weekday_analysis.
import type { ReactNode } from 'react';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { WeekdayAnalysisJson } from '../../../shared/analytics-types';
import { ChartCard } from '../components/ChartCard';
import { DataTable } from '../components/DataTable';
import {
  formatInteger,
  formatMinutes,
  formatNumber,
  formatPercent,
  weekdayName,
} from '../../../shared/format';
import { useAppEnv } from '../state/app-context';
import { baseOptions, valueTicks } from './base-options';
import { chartPalette } from './chart-palette';

export function WeekdayChart({ rows, extra }: { rows: WeekdayAnalysisJson[]; extra?: ReactNode }): ReactNode {
  const { t } = useTranslation();
  const { lang, theme } = useAppEnv();
  const palette = chartPalette(theme);
  const title = t('charts.weekday');
  const sorted = [...rows].sort((a, b) => a.weekday - b.weekday);
  const options = baseOptions<'bar'>(palette, lang);
  options.plugins = {
    ...options.plugins,
    legend: { display: true, labels: { color: palette.text } },
    tooltip: {
      callbacks: {
        label: (c: { dataset: { label?: string }; parsed: { y: number | null } }) =>
          `${c.dataset.label ?? ''}: ${formatNumber(lang, c.parsed.y ?? 0)}`,
      },
    },
  };
  options.scales = {
    ...options.scales,
    y1: {
      position: 'right',
      beginAtZero: true,
      grid: { display: false },
      ticks: valueTicks(lang, palette.text),
    },
  };
  const chart = (
    <Bar
      role="img"
      aria-label={t('charts.weekdaySummary', {
        title,
        values: sorted
          .map((r) =>
            t('charts.weekdayValue', {
              weekday: weekdayName(lang, r.weekday + 1),
              bookings: formatNumber(lang, r.avg_bookings),
              delay: formatMinutes(lang, r.avg_delay),
            }),
          )
          .join(' ; '),
      })}
      data={{
        labels: sorted.map((r) => weekdayName(lang, r.weekday + 1, 'short')),
        datasets: [
          {
            label: t('charts.bookingsCol'),
            data: sorted.map((r) => r.avg_bookings),
            backgroundColor: palette.primary,
            yAxisID: 'y',
          },
          {
            label: t('charts.delayCol'),
            data: sorted.map((r) => r.avg_delay),
            backgroundColor: palette.warn,
            yAxisID: 'y1',
          },
        ],
      }}
      options={options}
    />
  );
  const table = (
    <DataTable
      caption={title}
      columns={[
        { label: t('charts.weekdayCol') },
        { label: t('charts.bookingsCol'), numeric: true },
        { label: t('charts.onTimeCol'), numeric: true },
        { label: t('charts.delayCol'), numeric: true },
        { label: t('charts.daysCol'), numeric: true },
      ]}
      rows={sorted.map((r) => [
        weekdayName(lang, r.weekday + 1),
        formatNumber(lang, r.avg_bookings),
        formatPercent(lang, r.avg_on_time_rate),
        formatMinutes(lang, r.avg_delay),
        formatInteger(lang, r.sample_size),
      ])}
    />
  );
  return (
    <ChartCard
      title={title}
      testId="chart-weekday"
      chart={chart}
      table={table}
      empty={rows.every((r) => r.sample_size === 0)}
      extra={extra}
    />
  );
}
