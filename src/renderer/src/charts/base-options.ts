// Options shared by every chart: responsive, no animation (instant paint; the benchmark measures it), themed axes.
import type { ChartOptions } from 'chart.js';
import type { ChartPalette } from './chart-palette';

export function baseOptions<T extends 'bar' | 'line'>(
  palette: ChartPalette,
  y: { min?: number; max?: number; suggestedMax?: number } = {},
): ChartOptions<T> {
  return {
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
      y: { ...y, beginAtZero: true, grid: { color: palette.grid }, ticks: { color: palette.text } },
    },
  } as unknown as ChartOptions<T>;
}
