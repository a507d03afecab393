// The shell of the UI: top bar with the views, the sync status, and the open view.
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataOriginBanner } from './components/DataOriginBanner';
import { LanguageSwitch } from './components/LanguageSwitch';
import { NavTabs } from './components/NavTabs';
import { ReportFailuresNotice } from './components/ReportFailuresNotice';
import { SyncStatusBar } from './components/SyncStatusBar';
import { useAppInfo, useSettings } from './hooks/use-data';
import { AppEnvContext } from './state/app-context';
import { useNavigation, VIEW_PANEL_ID } from './state/navigation';
import { periodFromUrl, periodRange, type Period } from './state/period';
import { useAppliedTheme } from './state/theme';
import { RowsSkeleton } from './components/Skeleton';
import { DashboardView } from './views/DashboardView';
import {
  LazyDriversView as DriversView,
  LazyFacilitiesView as FacilitiesView,
  LazyReportsView as ReportsView,
  LazySettingsView as SettingsView,
  LazyTodayView as TodayView,
  LazyTripsView as TripsView,
  prefetchViews,
} from './views/lazy-views';

export function App(): ReactNode {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const info = useAppInfo();
  const { view, trips } = useNavigation();
  const [period, setPeriod] = useState<Period>(() => periodFromUrl(window.location.search));
  const lang = settings.data?.language ?? 'fr';
  const theme = useAppliedTheme(settings.data?.theme ?? 'system');
  const timeZone = info.data?.timeZone ?? settings.data?.timeZone ?? 'Europe/Zurich';
  const today = info.data?.today ?? null;
  const range = today ? periodRange(period, today) : null;

  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
  }, [i18n, lang]);
  // The other tabs' code loads once the first screen is up (the dashboard is in the first bundle).
  useEffect(prefetchViews, []);

  const tripsTarget = trips ?? (range ? { filter: range } : null);

  return (
    <AppEnvContext.Provider value={{ lang, theme, timeZone }}>
      <div className="app">
        {/* the banner landmark holds the title, the views, the language and the sync status */}
        <header className="app-header">
          <div className="topbar">
            <h1>{t('app.title')}</h1>
            <NavTabs />
            <span style={{ flex: 1 }} />
            <LanguageSwitch />
          </div>
          <DataOriginBanner />
          <SyncStatusBar />
          <ReportFailuresNotice />
        </header>
        {/* <main> keeps its landmark role; the tab panel is the element inside it */}
        <main className="main">
          <div id={VIEW_PANEL_ID} role="tabpanel" aria-labelledby={`tab-${view}`}>
            {view === 'dashboard' && <DashboardView period={period} onPeriodChange={setPeriod} />}
            <Suspense fallback={<RowsSkeleton />}>
              {view === 'trips' && tripsTarget && (
                <TripsView key={JSON.stringify(tripsTarget)} initial={tripsTarget} />
              )}
              {view === 'drivers' && <DriversView period={period} onPeriodChange={setPeriod} range={range} />}
              {view === 'facilities' && (
                <FacilitiesView period={period} onPeriodChange={setPeriod} range={range} />
              )}
              {view === 'reports' && <ReportsView />}
              {view === 'settings' && <SettingsView />}
              {view === 'today' && <TodayView />}
            </Suspense>
          </div>
        </main>
      </div>
    </AppEnvContext.Provider>
  );
}
