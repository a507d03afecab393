// The canvas charts as lazy components. chart.js is the heaviest part of the bundle and nothing above the fold
// needs it to show the figures; main.tsx starts loading it right after the first render.
import { lazy, type ReactNode } from 'react';
import type * as ChartBundle from './chart-bundle';

let loading: Promise<typeof ChartBundle> | null = null;

export function loadCharts(): Promise<typeof ChartBundle> {
  loading ??= import('./chart-bundle');
  return loading;
}

export const LazyTrendChart = lazy(() => loadCharts().then((m) => ({ default: m.TrendChart })));
export const LazyForecastChart = lazy(() => loadCharts().then((m) => ({ default: m.ForecastChart })));
export const LazyWeekdayChart = lazy(() => loadCharts().then((m) => ({ default: m.WeekdayChart })));

/** Same footprint as a chart card, so nothing jumps when the chart arrives. */
export function ChartPlaceholder(): ReactNode {
  return (
    <div className="card chart-card" aria-busy="true">
      <div className="skeleton" style={{ height: 14, width: '40%' }} />
      <div className="skeleton" style={{ flex: 1 }} />
    </div>
  );
}
