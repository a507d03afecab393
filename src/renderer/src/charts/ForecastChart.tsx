// The week ahead beside the bookings trend: the last complete days (solid), the expected bookings (dashed) and
// their 80 % interval as a band (docs/analytics.md#forecast). The text alternative lists every forecast day with
// its interval, the table likewise.
import type { ReactNode } from 'react';
import { Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { TrendPointJson } from '../../../shared/analytics-types';
import type { ForecastDayJson, ForecastJson } from '../../../shared/contract/forecast-schemas';
import { ChartCard } from '../components/ChartCard';
import { DataTable } from '../components/DataTable';
import { formatDate, formatDayMonth, formatInteger } from '../../../shared/format';
import { useAppEnv } from '../state/app-context';
import { baseOptions } from './base-options';
import { chartPalette } from './chart-palette';

/** How many actual days lead into the forecast: two weeks show the weekly pattern it continues. */
const HISTORY_DAYS = 14;
/** Dataset order matters: the band fills from `high` down to the dataset before it (`low`). */
const LOW = 0;
const HIGH = 1;
const ACTUAL = 2;
const EXPECTED = 3;

interface Props {
  forecast: ForecastJson;
  /** the dashboard's days; those before the first forecast day lead into it */
  trends: TrendPointJson[];
  busy?: boolean;
}

export function ForecastChart({ forecast, trends, busy = false }: Props): ReactNode {
  const { t } = useTranslation();
  const { lang, theme } = useAppEnv();
  const palette = chartPalette(theme);
  const title = t('charts.forecast');
  const days = forecast.days;
  const first = days[0];
  const last = days[days.length - 1];
  // Today is a forecast day, never an actual one: its bookings are not all done yet.
  const history = first ? trends.filter((p) => p.date < first.date).slice(-HISTORY_DAYS) : [];
  const n = history.length;
  const pad = <T,>(xs: T[], before: number, after: number): (T | null)[] => [
    ...Array<null>(before).fill(null),
    ...xs,
    ...Array<null>(after).fill(null),
  ];
  const value = (d: ForecastDayJson): string =>
    t('charts.forecastValue', {
      day: formatDayMonth(lang, d.date),
      bookings: formatInteger(lang, d.bookings),
      low: formatInteger(lang, d.low),
      high: formatInteger(lang, d.high),
    });
  const aria =
    first && last
      ? t('charts.forecastSummary', {
          title,
          from: formatDate(lang, first.date),
          to: formatDate(lang, last.date),
          values: days.map(value).join(' ; '),
        })
      : title;
  const table = (
    <DataTable
      caption={title}
      columns={[
        { label: t('charts.date') },
        { label: t('charts.forecastCol'), numeric: true },
        { label: t('charts.intervalCol'), numeric: true },
      ]}
      rows={days.map((d) => [
        formatDate(lang, d.date),
        formatInteger(lang, d.bookings),
        `${formatInteger(lang, d.low)} – ${formatInteger(lang, d.high)}`,
      ])}
    />
  );

  const options = baseOptions<'line'>(palette, lang);
  options.plugins = {
    ...options.plugins,
    tooltip: {
      // One line per day: the actual count, or the expected count with its interval (the band's own datasets
      // and the dashed line's joint with the last actual day say nothing new).
      filter: (c) => c.datasetIndex === ACTUAL || (c.datasetIndex === EXPECTED && c.dataIndex >= n),
      callbacks: {
        label: (c) => {
          if (c.datasetIndex === ACTUAL) {
            const count = formatInteger(lang, c.parsed.y ?? 0);
            return t('charts.seriesValue', { label: t('charts.bookingsCol'), value: count });
          }
          const d = days[c.dataIndex - n];
          return d ? t('charts.seriesValue', { label: t('charts.forecastCol'), value: value(d) }) : '';
        },
      },
    },
  };
  const band = { borderWidth: 0, pointRadius: 0, pointHitRadius: 0, backgroundColor: palette.primaryFill };
  const datasets = [
    {
      ...band,
      label: 'low',
      data: pad(
        days.map((d) => d.low),
        n,
        0,
      ),
      fill: false,
    },
    {
      ...band,
      label: 'high',
      data: pad(
        days.map((d) => d.high),
        n,
        0,
      ),
      fill: LOW - HIGH,
    },
    {
      label: t('charts.bookingsCol'),
      data: pad(
        history.map((p) => p.bookings),
        0,
        days.length,
      ),
      borderColor: palette.primary,
      backgroundColor: palette.primary,
      borderWidth: 2,
      pointRadius: 2,
      fill: false,
    },
    {
      label: t('charts.forecastCol'),
      // starts on the last actual day, so the dashed line continues the solid one
      data: [
        ...pad([], Math.max(0, n - 1), 0),
        ...(n > 0 ? [history[n - 1]!.bookings] : []),
        ...days.map((d) => d.bookings),
      ],
      borderColor: palette.primary,
      backgroundColor: theme === 'dark' ? '#0f1722' : '#ffffff',
      borderDash: [6, 4],
      borderWidth: 2,
      pointRadius: 3,
      pointBorderColor: palette.primary,
      fill: false,
    },
  ];
  const labels = [...history.map((p) => p.date), ...days.map((d) => d.date)].map((d) =>
    formatDayMonth(lang, d),
  );
  const chart = <Line role="img" aria-label={aria} data={{ labels, datasets }} options={options} />;
  const legend = (
    <p className="muted" style={{ margin: 0, fontSize: 12 }} data-testid="forecast-legend">
      {t('charts.forecastLegend')}{' '}
      {t('charts.forecastLearned', { date: formatDate(lang, forecast.learned_through) })}
    </p>
  );
  return (
    <ChartCard
      title={title}
      testId="chart-forecast"
      chart={chart}
      table={table}
      empty={days.length === 0}
      emptyText={t('charts.forecastNone')}
      extra={legend}
      busy={busy}
    />
  );
}
