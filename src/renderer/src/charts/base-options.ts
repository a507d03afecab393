// Options shared by every chart: responsive, no animation (instant paint; the benchmark measures it), themed axes,
// and numbers in the app's language: chart.js formats ticks and tooltips with the browser's locale by default, so a
// French app in an en-US browser read "3,000" on the axis beside "59 211" on its cards.
import type { ChartOptions } from 'chart.js';
import type { Lang } from '../../../shared/analytics-types';
import { formatTick, localeOf } from '../../../shared/format';
import type { ChartPalette } from './chart-palette';

/** The ticks of a value axis, numbered by the app's formatters. */
export function valueTicks(lang: Lang, color: string) {
  return { color, callback: (value: number | string) => formatTick(lang, Number(value)) };
}

export function baseOptions<T extends 'bar' | 'line'>(
  palette: ChartPalette,
  lang: Lang,
  y: { min?: number; max?: number; suggestedMax?: number } = {},
): ChartOptions<T> {
  return {
    locale: localeOf(lang),
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: 'index', intersect: false },
    plugins: { legend: { display: false }, tooltip: { enabled: true } },
    scales: {
      x: {
        grid: { display: false },
        ticks: { color: palette.text, maxRotation: 0, autoSkip: true, maxTicksLimit: 10 },
      },
      y: { ...y, beginAtZero: true, grid: { color: palette.grid }, ticks: valueTicks(lang, palette.text) },
    },
  } as unknown as ChartOptions<T>;
}
