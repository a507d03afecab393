// The four per-day charts of the dashboard, all drawn from DashboardJson.trends.
import type { ReactNode } from 'react';
import { Bar, Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { TrendPointJson } from '../../../shared/analytics-types';
import { ChartCard } from '../components/ChartCard';
import { DataTable } from '../components/DataTable';
import {
  formatDate,
  formatDayMonth,
  formatInteger,
  formatMinutes,
  formatNumber,
  formatPercent,
} from '../../../shared/format';
import { useAppEnv } from '../state/app-context';
import { baseOptions } from './base-options';
import { chartPalette } from './chart-palette';
import { LINE_CURVE } from './line-curve';

type Metric = 'bookings' | 'onTime' | 'delay' | 'quality';

const FIELD: Record<
  Metric,
  keyof Pick<TrendPointJson, 'bookings' | 'on_time_rate' | 'avg_delay' | 'quality_score'>
> = {
  bookings: 'bookings',
  onTime: 'on_time_rate',
  delay: 'avg_delay',
  quality: 'quality_score',
};

interface Props {
  metric: Metric;
  trends: TrendPointJson[];
  /** a click on a day's bar or point opens that day's trips */
  onPickDay?: (day: string) => void;
}

export function TrendChart({ metric, trends, onPickDay }: Props): ReactNode {
  const { t } = useTranslation();
  const { lang, theme } = useAppEnv();
  const palette = chartPalette(theme);
  const title = t(`charts.${metric}`);
  const labels = trends.map((p) => formatDayMonth(lang, p.date));
  const values = trends.map((p) => p[FIELD[metric]]);
  const fmt = (v: number): string =>
    metric === 'bookings'
      ? formatInteger(lang, v)
      : metric === 'onTime'
        ? formatPercent(lang, v)
        : metric === 'delay'
          ? formatMinutes(lang, v)
          : formatNumber(lang, v);
  const first = trends[0];
  const last = trends[trends.length - 1];
  const aria =
    first && last
      ? // The figures themselves, day by day: a canvas says nothing to a screen reader.
        t('charts.ariaSummary', {
          title,
          from: formatDate(lang, first.date),
          to: formatDate(lang, last.date),
          values: trends.map((p) => `${formatDayMonth(lang, p.date)} ${fmt(p[FIELD[metric]])}`).join(' ; '),
        })
      : title;
  const valueLabel = {
    bookings: t('charts.bookingsCol'),
    onTime: t('charts.onTimeCol'),
    delay: t('charts.delayCol'),
    quality: t('charts.qualityCol'),
  }[metric];
  const table = (
    <DataTable
      caption={title}
      columns={[{ label: t('charts.date') }, { label: valueLabel, numeric: true }]}
      rows={trends.map((p) => [formatDate(lang, p.date), fmt(p[FIELD[metric]])])}
    />
  );
  const canvasProps = { role: 'img', 'aria-label': aria } as const;
  const tooltip = { callbacks: { label: (c: { parsed: { y: number | null } }) => fmt(c.parsed.y ?? 0) } };
  const onClick = (_e: unknown, elements: { index: number }[]): void => {
    const day = elements[0] ? trends[elements[0].index]?.date : undefined;
    if (day && onPickDay) onPickDay(day);
  };

  let chart: ReactNode;
  if (metric === 'bookings') {
    const options = baseOptions<'bar'>(palette, lang);
    options.plugins = { ...options.plugins, tooltip };
    options.onClick = onClick;
    chart = (
      <Bar
        {...canvasProps}
        data={{ labels, datasets: [{ label: title, data: values, backgroundColor: palette.primary }] }}
        options={options}
      />
    );
  } else {
    const y = metric === 'onTime' || metric === 'quality' ? { min: 0, max: 100 } : {};
    const options = baseOptions<'line'>(palette, lang, y);
    options.plugins = {
      ...options.plugins,
      tooltip,
      scoreBands: { enabled: metric === 'quality', good: palette.bandGood, bad: palette.bandBad },
    };
    options.onClick = onClick;
    const color = metric === 'onTime' ? palette.good : metric === 'delay' ? palette.warn : palette.violet;
    chart = (
      <Line
        {...canvasProps}
        data={{
          labels,
          datasets: [
            {
              label: title,
              data: values,
              borderColor: color,
              backgroundColor: metric === 'onTime' ? palette.goodFill : color,
              fill: metric === 'onTime',
              pointRadius: trends.length > 60 ? 0 : 2,
              borderWidth: 2,
              ...LINE_CURVE,
            },
          ],
        }}
        options={options}
      />
    );
  }
  const legend =
    metric === 'quality' ? (
      <p className="muted" style={{ margin: 0, fontSize: 12 }}>
        <span style={{ color: palette.good }}>■</span> {t('charts.band85')} &nbsp;
        <span style={{ color: 'var(--bad)' }}>■</span> {t('charts.band60')}
      </p>
    ) : undefined;
  return (
    <ChartCard
      title={title}
      testId={`chart-${metric}`}
      chart={chart}
      table={table}
      empty={trends.length === 0}
      extra={legend}
    />
  );
}
