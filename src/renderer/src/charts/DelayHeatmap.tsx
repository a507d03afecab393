// Weekday × hour heat map of mean delays, as a CSS grid of buttons: each cell names itself and opens the trips
// behind it. The grid is one Tab stop (a roving tabindex: arrow keys move inside, grid-keys.ts), a skip link jumps
// past its 168 cells, and a legend gives the colour scale in minutes.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DelayHeatmapCellJson } from '../../../shared/analytics-types';
import { ChartCard } from '../components/ChartCard';
import { DataTable } from '../components/DataTable';
import { formatInteger, formatMinutes, weekdayName } from '../../../shared/format';
import { useAppEnv } from '../state/app-context';
import { gridStep, type GridPos } from './grid-keys';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const DAYS = [0, 1, 2, 3, 4, 5, 6];
/** delay (min) at which a cell reaches full colour */
const SCALE_MAX = 20;
/** the legend's steps (min), the last one meaning "this much or more" */
const LEGEND_STEPS = [0, 5, 10, 15, SCALE_MAX];

function cellColour(avgDelay: number, served: number, dark: boolean): string {
  if (served === 0) return 'var(--surface-2)';
  const x = Math.min(1, avgDelay / SCALE_MAX);
  const alpha = 0.12 + 0.88 * x;
  return dark ? `rgba(251,146,60,${alpha.toFixed(2)})` : `rgba(194,65,12,${alpha.toFixed(2)})`;
}

interface Props {
  cells: DelayHeatmapCellJson[];
  onOpen: (weekday: number, hour: number) => void;
  busy?: boolean;
}

export function DelayHeatmap({ cells, onOpen, busy }: Props): ReactNode {
  const { t } = useTranslation();
  const { lang, theme } = useAppEnv();
  const title = t('charts.heatmap');
  const byKey = new Map(cells.map((c) => [c.weekday * 24 + c.hour, c]));
  const [focus, setFocus] = useState<GridPos>({ row: 0, col: 0 });
  const gridRef = useRef<HTMLDivElement>(null);
  const afterId = useId();
  const dark = theme === 'dark';
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const next = gridStep(focus, e.key, e.ctrlKey, DAYS.length, HOURS.length);
    if (!next) return;
    e.preventDefault();
    setFocus(next);
    gridRef.current
      ?.querySelector<HTMLButtonElement>(`[data-row="${next.row}"][data-col="${next.col}"]`)
      ?.focus();
  };
  const label = (c: DelayHeatmapCellJson): string =>
    t('charts.heatmapCell', {
      weekday: weekdayName(lang, c.weekday + 1),
      hour: c.hour,
      delay: formatMinutes(lang, c.avg_delay),
      count: c.bookings,
    });
  const grid = (
    <div>
      <a
        className="skip-link"
        href={`#${afterId}`}
        onClick={(e) => {
          e.preventDefault();
          document.getElementById(afterId)?.focus();
        }}
        data-testid="heatmap-skip"
      >
        {t('charts.heatmapSkip')}
      </a>
      <div className="heatmap" role="grid" aria-label={title} ref={gridRef} onKeyDown={onKeyDown}>
        <div role="row" style={{ display: 'contents' }}>
          <div role="columnheader">
            <span className="visually-hidden">{t('charts.weekdayCol')}</span>
          </div>
          {HOURS.map((h) => (
            <div key={h} role="columnheader" className="hour">
              {/* every third hour is printed; screen readers hear them all */}
              {h % 3 === 0 ? h : <span className="visually-hidden">{h}</span>}
            </div>
          ))}
        </div>
        {DAYS.map((d) => (
          <div key={d} role="row" style={{ display: 'contents' }}>
            <div className="day" role="rowheader">
              {weekdayName(lang, d + 1, 'short')}
            </div>
            {HOURS.map((h) => {
              const c = byKey.get(d * 24 + h) ?? {
                weekday: d,
                hour: h,
                bookings: 0,
                served: 0,
                avg_delay: 0,
              };
              return (
                // Empty cells stay focusable (aria-disabled, not disabled) so the arrow keys cross them.
                <button
                  key={h}
                  type="button"
                  role="gridcell"
                  className="cell"
                  title={label(c)}
                  aria-label={label(c)}
                  aria-disabled={c.bookings === 0}
                  tabIndex={focus.row === d && focus.col === h ? 0 : -1}
                  data-row={d}
                  data-col={h}
                  style={{ background: cellColour(c.avg_delay, c.served, dark) }}
                  onFocus={() => setFocus({ row: d, col: h })}
                  onClick={() => c.bookings > 0 && onOpen(d, h)}
                />
              );
            })}
          </div>
        ))}
      </div>
      <div className="heatmap-legend" id={afterId} tabIndex={-1} data-testid="heatmap-legend">
        <span className="muted">{t('charts.heatmapLegend')}</span>
        <ul>
          <li>
            <span className="swatch" style={{ background: cellColour(0, 0, dark) }} />
            {t('charts.heatmapNoData')}
          </li>
          {LEGEND_STEPS.map((m) => (
            <li key={m}>
              <span className="swatch" style={{ background: cellColour(m, 1, dark) }} />
              {m === SCALE_MAX
                ? t('charts.heatmapAtLeast', { delay: formatMinutes(lang, m, 0) })
                : formatMinutes(lang, m, 0)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
  const withData = cells
    .filter((c) => c.bookings > 0)
    .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour);
  const table = (
    <DataTable
      caption={title}
      columns={[
        { label: t('charts.weekdayCol') },
        { label: t('charts.hour'), numeric: true },
        { label: t('charts.bookingsCol'), numeric: true },
        { label: t('charts.delayCol'), numeric: true },
      ]}
      rows={withData.map((c) => [
        weekdayName(lang, c.weekday + 1),
        String(c.hour),
        formatInteger(lang, c.bookings),
        formatMinutes(lang, c.avg_delay),
      ])}
    />
  );
  return (
    <ChartCard
      title={title}
      testId="chart-heatmap"
      chart={grid}
      table={table}
      empty={withData.length === 0}
      busy={busy}
    />
  );
}
