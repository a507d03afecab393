// The one implementation of the API, shared by both transports (IPC in the Electron shell, HTTP in `serve`):
// every input parsed with the contract, numbers rounded at the edge, every failure an ApiError with a kind.
import { API_SCHEMAS, type ApiOutput, type ApiParsedInput } from '../../shared/api-contract';
import type { ApiChannel, ApiResult } from '../../shared/contract/channels';
import { roundNumbersDeep } from '../../shared/round';
import type { IsoDate, Lang } from '../../shared/analytics-types';
import { msg } from '../../shared/i18n';
import { LocalizedError } from '../../shared/i18n/localized-error';
import type { PdfRenderer } from '../reports/report-pdf';
import type { PrintPdf } from '../schedule/report-deps';
import type { Db } from '../store/open-store';
import type { SecretStore } from '../secrets/secret-store';
import { todayIn } from '../../shared/time';
import { resolvePeriod } from '../analytics/period';
import { toApiError, validationError } from './api-errors';
import { storeFailureOf } from '../store/store-errors';
import type { RestoreBackupResult } from '../../shared/contract/backup-schemas';
import { createManualBackup, listBackupsView } from './backup-handlers';
import type { AnalyticsPort } from './analytics-port';
import { readSettings, type Settings } from '../settings';
import { serverPasswords } from '../secrets/server-password';
import { smtpPasswords } from '../secrets/smtp-password';
import { applySettingsUpdate, buildSettingsView, type SettingsChange } from './settings-update';
import type { SyncController } from './sync-controller';
import type { JobsController } from './jobs-controller';
import { createDesktopExports, type ExportTargets } from './desktop-exports';
import type { RunExport } from '../schedule/week-workbook';
import type { RenderReportInput, RenderedReport } from '../reports/render-report';
import { isoOrNull, readStoredSyncState } from './sync-status-query';
import { loginItemUnavailable } from './login-item-unavailable';
import { dataOrigin } from './data-origin';
import {
  previewReport,
  reportsOverview,
  resend,
  sendNow,
  testEmail,
  updateReportsSettings,
} from './report-handlers';

export interface ApiContext {
  db: Db;
  now: () => number;
  secretStore: SecretStore;
  syncController: SyncController;
  /** where data comes from now: the configured server, or the embedded demo server */
  source: () => 'server' | 'demo';
  version: string;
  transport: 'ipc' | 'http';
  /** told after a settings update is saved, to re-aggregate, re-plan syncs, switch source… */
  onSettingsChanged?: (change: SettingsChange) => void | Promise<void>;
  /** the analytics services (analytics-port.ts's analyticsServices in the app) */
  analytics: AnalyticsPort;
  /** the long jobs running off the main thread (absent: there are none to cancel) */
  jobs?: JobsController;
  log?: (err: unknown) => void;
  /** restores a backup by name and restarts the core on it (core-host.ts); absent where restore is not offered */
  restoreBackup?: (file: string) => Promise<RestoreBackupResult>;
  /** renders a report in the worker (app-core); default: in this thread */
  renderReport?: (input: RenderReportInput) => Promise<RenderedReport>;
  /** runs an export (the weekly report's workbook) in the worker (app-core); default: in this thread */
  runExport?: RunExport;
  /** the desktop shell's save dialog and file manager (absent under `serve`: exports are downloads there) */
  exportTargets?: ExportTargets;
  /** prints report PDFs in the desktop app (Electron); absent: a Chromium from the settings */
  pdfRenderer?: PdfRenderer;
  /** drives the settings' Chromium from the jobs' worker (app-core) */
  printPdf?: PrintPdf;
}

export type ApiHandler<C extends ApiChannel> = (input: unknown) => Promise<ApiResult<ApiOutput<C>>>;
export type ApiHandlers = { [C in ApiChannel]: ApiHandler<C> };

/** What one call sees: the settings are read once per call (they are five rows), not once per use. */
interface Call {
  lang: Lang;
  settings: Settings;
  /** today in the company's zone */
  today(): IsoDate;
}

type Impl<C extends ApiChannel> = (
  input: ApiParsedInput<C>,
  call: Call,
) => ApiOutput<C> | Promise<ApiOutput<C>>;

export function createApiHandlers(ctx: ApiContext): ApiHandlers {
  const analytics = ctx.analytics;
  const passwords = serverPasswords(ctx.secretStore);
  const desktopExports = createDesktopExports({
    db: ctx.db,
    jobs: ctx.jobs,
    version: ctx.version,
    targets: ctx.exportTargets,
    ...(ctx.log ? { log: ctx.log } : {}),
  });

  function handler<C extends ApiChannel>(channel: C, impl: Impl<C>, round = false): ApiHandler<C> {
    const schema = API_SCHEMAS[channel].input;
    return async (input) => {
      let lang: Lang = 'fr';
      try {
        const settings = readSettings(ctx.db);
        lang = settings.ui.language;
        const parsed = schema.safeParse(input);
        if (!parsed.success) return { ok: false, error: validationError(channel, parsed.error, lang) };
        const today = () => todayIn(settings.analytics.timeZone, ctx.now());
        const data = await impl(parsed.data as ApiParsedInput<C>, { lang, settings, today });
        return { ok: true, data: round ? roundNumbersDeep(data) : data };
      } catch (err) {
        // A full disk or a damaged file gets its sentence naming the store, not "unexpected error".
        const failure = storeFailureOf(err, ctx.db.$client.name) ?? err;
        return { ok: false, error: toApiError(failure, lang, ctx.log) };
      }
    };
  }

  return {
    'analytics:get-dashboard': handler(
      'analytics:get-dashboard',
      (input, { lang, settings, today }) =>
        analytics.getDashboard(ctx.db, {
          // The API's edge: the schema checked the input, the one resolver turns it into the window here.
          period: resolvePeriod(
            'period' in input ? { preset: input.period } : { from: input.from, to: input.to },
            today(),
          ),
          today: today(),
          now: ctx.now(),
          lang,
          settings: settings.analytics,
          thresholds: settings.analytics.insightThresholds,
        }),
      true,
    ),
    'analytics:get-insights': handler(
      'analytics:get-insights',
      // A lookback is capped at the service's year (the answer's lookback_days and period say so); a period
      // (the dashboard's) is analysed as given, like the dashboard itself.
      (input, { lang, settings, today }) =>
        analytics.getInsights(ctx.db, {
          ...('lookbackDays' in input
            ? { lookbackDays: Math.min(input.lookbackDays, 365) }
            : { from: input.from, to: input.to }),
          today: today(),
          lang,
          thresholds: settings.analytics.insightThresholds,
        }),
      true,
    ),
    'analytics:get-weekly-summary': handler(
      'analytics:get-weekly-summary',
      (input, { lang, today }) =>
        analytics.getWeeklySummary(ctx.db, {
          ...(input.weekStart ? { weekStart: input.weekStart } : {}),
          today: today(),
          lang,
        }),
      true,
    ),
    'analytics:get-delay-heatmap': handler(
      'analytics:get-delay-heatmap',
      (input, { settings }) =>
        analytics.getDelayHeatmap(ctx.db, { from: input.from, to: input.to, settings: settings.analytics }),
      true,
    ),
    // The wall screen's live view asks only for today, not a whole dashboard (docs/analytics.md#today-so-far).
    'analytics:get-today': handler(
      'analytics:get-today',
      (_input, { settings }) =>
        analytics.getTodaySoFar(ctx.db, { now: ctx.now(), settings: settings.analytics }),
      true,
    ),
    // Per medical facility over the screen's window, against the window before it (docs/analytics.md#facilities).
    'analytics:get-facilities': handler(
      'analytics:get-facilities',
      (input, { settings, today }) =>
        analytics.getFacilityStats(ctx.db, {
          period: { from: input.from, to: input.to },
          today: today(),
          settings: settings.analytics,
        }),
      true,
    ),
    // The dashboard's forecast band: from today on, learned from the days before today in the company's zone
    // (docs/analytics.md#forecast), so the day in progress never teaches it anything.
    'analytics:get-forecast': handler(
      'analytics:get-forecast',
      (input, { today }) => analytics.getForecast(ctx.db, { today: today(), days: input.days }),
      true,
    ),
    'trips:list-trips': handler(
      'trips:list-trips',
      (input, { settings }) => analytics.getTrips(ctx.db, { ...input, settings: settings.analytics }),
      true,
    ),
    'drivers:list-driver-stats': handler(
      'drivers:list-driver-stats',
      (input, { settings }) =>
        analytics.getDriverStats(ctx.db, { from: input.from, to: input.to, settings: settings.analytics }),
      true,
    ),
    'sync:start-sync': handler('sync:start-sync', () => ctx.syncController.start('manual')),
    'sync:cancel-sync': handler('sync:cancel-sync', () => ctx.syncController.cancel()),
    'sync:get-status': handler('sync:get-status', (_input, { today, lang }) => {
      const live = ctx.syncController.state();
      const stored = readStoredSyncState(ctx.db, today(), lang);
      return {
        running: live.running,
        progress: live.progress,
        lastSync: stored.lastSync && {
          finishedAt: isoOrNull(stored.lastSync.finishedAt),
          status: stored.lastSync.status,
          error: stored.lastSync.error,
        },
        dataThrough: stored.dataThrough,
        lastSuccessAt: isoOrNull(stored.lastSuccessAt),
        nextSyncAt: isoOrNull(live.nextSyncAt),
        source: ctx.source(),
        ...(live.lastError ? { error: live.lastError } : {}),
      };
    }),
    'settings:get-settings': handler('settings:get-settings', () => buildSettingsView(ctx.db, passwords)),
    'settings:update-settings': handler('settings:update-settings', async (input) => {
      const { result, change } = await applySettingsUpdate(
        { db: ctx.db, passwords, smtpPasswords: smtpPasswords(ctx.secretStore), now: ctx.now() },
        input,
      );
      if (change) await ctx.onSettingsChanged?.(change);
      return result;
    }),
    'app:get-info': handler('app:get-info', (_input, { settings, today, lang }) => {
      const day = today();
      const stored = readStoredSyncState(ctx.db, day, lang);
      return {
        version: ctx.version,
        dataThrough: stored.dataThrough,
        lastSync: isoOrNull(stored.lastSuccessAt),
        today: day,
        timeZone: settings.analytics.timeZone,
        transport: ctx.transport,
        data: dataOrigin(ctx.db),
      };
    }),
    'jobs:cancel-job': handler('jobs:cancel-job', (input) => ({
      cancelled: ctx.jobs?.cancel(input.jobId) ?? false,
    })),
    'backups:list-backups': handler('backups:list-backups', () => listBackupsView(ctx.db)),
    'backups:create-backup': handler('backups:create-backup', () => createManualBackup(ctx.db, ctx.now())),
    'backups:restore-backup': handler('backups:restore-backup', (input) => {
      if (!ctx.restoreBackup) {
        throw Object.assign(new LocalizedError(msg('backups.restoreUnavailable')), { kind: 'validation' });
      }
      return ctx.restoreBackup(input.file);
    }),
    'reports:get-overview': handler('reports:get-overview', () => reportsOverview(ctx)),
    'reports:update-settings': handler('reports:update-settings', (input, { lang }) =>
      updateReportsSettings(ctx, input, lang),
    ),
    'reports:preview-report': handler('reports:preview-report', (input, { lang }) =>
      previewReport(ctx, input, lang),
    ),
    'reports:send-now': handler('reports:send-now', (input) => sendNow(ctx, input)),
    'reports:send-test-email': handler('reports:send-test-email', (input, { lang }) =>
      testEmail(ctx, input.to, lang),
    ),
    'reports:resend-delivery': handler('reports:resend-delivery', (input) => resend(ctx, input.id)),
    'exports:start-export': handler('exports:start-export', (input, { lang }) =>
      desktopExports.start(input.request, lang),
    ),
    'exports:show-in-folder': handler('exports:show-in-folder', (input) => ({
      shown: desktopExports.showInFolder(input.jobId),
    })),
    // The Electron shell answers these two itself (login-item-control.ts); nothing else can.
    'shell:get-login-item': () => Promise.resolve(loginItemUnavailable(readSettings(ctx.db).ui.language)),
    'shell:set-login-item': () => Promise.resolve(loginItemUnavailable(readSettings(ctx.db).ui.language)),
  };
}
