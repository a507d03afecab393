// The dashboard: period, KPI cards, insights, the per-day charts, weekday analysis and the delay heat map.
import { Suspense, useDeferredValue, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/error-text';
import { DelayHeatmap } from '../charts/DelayHeatmap';
import { ChartPlaceholder, LazyForecastChart, LazyTrendChart, LazyWeekdayChart } from '../charts/lazy-charts';
import { EmptyState } from '../components/EmptyState';
import { InsightsPanel } from '../components/InsightsPanel';
import { KpiGrid } from '../components/KpiGrid';
import { DeferredExportControl as ExportControl } from '../components/DeferredExportControl';
import { PeriodSelector } from '../components/PeriodSelector';
import { DashboardSkeleton } from '../components/Skeleton';
import { formatDate } from '../../../shared/format';
import { useDashboard, useDelayHeatmap, useInsights } from '../hooks/use-data';
import { useAfterPaint } from '../hooks/use-after-paint';
import { useForecast } from '../hooks/use-forecast';
import { useLastGood } from '../hooks/use-last-good';
import { useSyncStatus } from '../hooks/use-sync-status';
import { useAppEnv } from '../state/app-context';
import { useNavigation } from '../state/navigation';
import type { Period } from '../state/period';

// Rows of two: bookings beside the week ahead, on time beside delay, quality beside the weekdays; the heat map
// full width.

interface Props {
  period: Period;
  onPeriodChange: (p: Period) => void;
}

export function DashboardView({ period, onPeriodChange }: Props): ReactNode {
  const { t } = useTranslation();
  const { lang } = useAppEnv();
  const { openTrips } = useNavigation();
  const dashboard = useDashboard(period);
  // A failed switch keeps the figures already on screen, under the error (never a blank or a skeleton).
  const data = useLastGood(dashboard.data);
  const stale = dashboard.error !== null && dashboard.data === undefined && data !== undefined;
  const range = data ? { from: data.period.start, to: data.period.end } : null;
  const insights = useInsights(range);
  const heatmap = useDelayHeatmap(range);
  const { status: sync } = useSyncStatus();
  const openDay = (day: string): void =>
    openTrips({ filter: { from: day, to: day }, label: formatDate(lang, day) });
  const chartsReady = useAfterPaint(data !== undefined);
  // Asked once the cards are painted, like the charts: the first paint waits for the dashboard's answer only.
  const forecast = useForecast(chartsReady);
  // Charts follow a period switch one render later, at low priority: the cards show the new figures first.
  const trends = useDeferredValue(data?.trends ?? []);
  const storeEmpty = sync.data ? sync.data.dataThrough === null : false;

  return (
    <div data-testid="view-dashboard" aria-busy={dashboard.isFetching}>
      <div className="view-head">
        <h2>{t('app.views.dashboard')}</h2>
        <PeriodSelector value={period} onChange={onPeriodChange} range={range} />
        {data && (
          <ExportControl
            filter={{ from: data.period.start, to: data.period.end }}
            parts={['all', 'summary', 'daily', 'weekdays', 'drivers', 'facilities', 'forecast', 'trips']}
          />
        )}
      </div>
      {data && (
        <p className="muted" style={{ margin: '-6px 0 12px' }} data-testid="period-range">
          {t('period.range', {
            from: formatDate(lang, data.period.start),
            to: formatDate(lang, data.period.end),
            days: data.period.days,
          })}
        </p>
      )}
      {stale && data && (
        <div className="notice error" role="alert" data-testid="stale-error">
          {errorText(t, dashboard.error)}{' '}
          {t('errors.stale', {
            from: formatDate(lang, data.period.start),
            to: formatDate(lang, data.period.end),
          })}{' '}
          <button type="button" onClick={() => void dashboard.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {dashboard.error && !data ? (
        <div className="notice error" role="alert">
          {errorText(t, dashboard.error)}{' '}
          <button type="button" onClick={() => void dashboard.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      ) : !data ? (
        <DashboardSkeleton />
      ) : storeEmpty && data.summary.total_bookings === 0 ? (
        <EmptyState />
      ) : (
        <>
          <KpiGrid data={data} />
          <InsightsPanel insights={data.insights} />
          {chartsReady ? (
            <>
              <div className="grid-2">
                <Suspense fallback={<ChartPlaceholder />}>
                  <LazyTrendChart metric="bookings" trends={trends} onPickDay={openDay} />
                </Suspense>
                {forecast.data ? (
                  <Suspense fallback={<ChartPlaceholder />}>
                    <LazyForecastChart forecast={forecast.data} trends={trends} busy={forecast.isFetching} />
                  </Suspense>
                ) : forecast.error ? (
                  <div className="card chart-card notice error" role="alert" data-testid="forecast-error">
                    {errorText(t, forecast.error)}{' '}
                    <button type="button" onClick={() => void forecast.refetch()}>
                      {t('common.retry')}
                    </button>
                  </div>
                ) : (
                  <ChartPlaceholder />
                )}
              </div>
              <div className="grid-2">
                {(['onTime', 'delay'] as const).map((metric) => (
                  <Suspense key={metric} fallback={<ChartPlaceholder />}>
                    <LazyTrendChart metric={metric} trends={trends} onPickDay={openDay} />
                  </Suspense>
                ))}
              </div>
              <div className="grid-2">
                <Suspense fallback={<ChartPlaceholder />}>
                  <LazyTrendChart metric="quality" trends={trends} onPickDay={openDay} />
                </Suspense>
                <Suspense fallback={<ChartPlaceholder />}>
                  <LazyWeekdayChart
                    rows={insights.data?.weekday_analysis ?? []}
                    extra={
                      insights.data && insights.data.patterns.length > 0 ? (
                        <ul style={{ margin: 0, paddingLeft: 18, fontSize: 12.5 }} data-testid="patterns">
                          {insights.data.patterns.map((p) => (
                            <li key={p.type}>
                              {p.message} — <span className="muted">{p.recommendation}</span>
                            </li>
                          ))}
                        </ul>
                      ) : undefined
                    }
                  />
                </Suspense>
              </div>
              {/* full width: the heat map's 24 cells per row stay at least 24 px wide (WCAG 2.5.8) */}
              <div className="stack">
                {range && (
                  <DelayHeatmap
                    cells={heatmap.data ?? []}
                    busy={heatmap.isFetching}
                    onOpen={(weekday, hour) =>
                      openTrips({
                        filter: { ...range, weekday, hour },
                        label: t('charts.heatmap'),
                      })
                    }
                  />
                )}
              </div>
            </>
          ) : (
            <div className="grid-2">
              <ChartPlaceholder />
              <ChartPlaceholder />
            </div>
          )}
        </>
      )}
    </div>
  );
}
