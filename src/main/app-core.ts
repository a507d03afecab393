// The app without its window: the store, the API handlers, events, the sync controller (periodic sync) and the
// embedded demo server used while no dispatch server is configured. The Electron shell and `serve` both run it.
import type { Lang } from '../shared/analytics-types';
import { openStore, type Store } from './store/open-store';
import { storePathIn } from './platform/app-paths';
import { getCompany } from './store/repos/company-repo';
import type { SecretStore } from './secrets/secret-store';
import { SyncError } from './sync/sync-errors';
import { createAtmrClient } from './sync/atmr-client';
import { createSyncService } from './sync/sync-service';
import { createApiEvents, type ApiEvents } from './api/api-events';
import { analyticsServices, type AnalyticsPort } from './api/analytics-port';
import type { PdfRenderer } from './reports/report-pdf';
import { createApiHandlers, type ApiContext, type ApiHandlers } from './api/create-api-handlers';
import { backupBeforeSourceSwitch, backupIfDue } from './store/backups';
import { storeFailureOf } from './store/store-errors';
import { readSettings, serverOrigin, serverProfileOf, type Settings, type SettingsChange } from './settings';
import { serverPasswords } from './secrets/server-password';
import {
  dataSourceId,
  plannedSwitch,
  type NamedCompany,
  recordedDataSource,
  switchDataSource,
} from './store/repos/data-source-repo';
import { createSyncController, type RunSync, type SyncController } from './api/sync-controller';
import { msg } from '../shared/i18n';
import { createJobsController, type JobsController } from './api/jobs-controller';
import type { ExportTargets } from './api/desktop-exports';
import { createWorkerRunner } from './worker/worker-runner';
import { createInlineRunner } from './worker/inline-runner';
import { boundedRefresh, reportRunnerDeps } from './schedule/report-deps';
import type { RenderReportInput, RenderedReport } from './reports/render-report';
import type { ExportInput, ExportOutput } from './exports/export-types';
import { runDueReports } from './schedule/report-runner';
import { nextDueAt } from './schedule/schedule-status';
import { startScheduler, type Scheduler } from './schedule/scheduler';

interface SyncTarget {
  baseUrl: string;
  email: string;
  getPassword: () => Promise<string>;
}

export type StartDemoServer = (opts: { now: () => number }) => Promise<{
  server: { url: string; close(): Promise<void> };
  credentials: { email: string; password: string };
}>;

type DemoHandle = Awaited<ReturnType<StartDemoServer>>;

export interface AppCoreOptions {
  dataDir: string;
  secretStore: SecretStore;
  transport: 'ipc' | 'http';
  now?: () => number;
  version?: string;
  /** sync when started and periodically (default true); false leaves syncing to the user's button */
  autoSync?: boolean;
  /** run the scheduled reports while open (default true; `serve --no-schedule` turns it off) */
  schedule?: boolean;
  log?: (err: unknown) => void;
  /** replaceable for tests; default: the embedded demo dispatch server on loopback */
  startDemoServer?: StartDemoServer;
  analytics?: AnalyticsPort;
  /**
   * Called before the synced data of one source is cleared for another's (after the new source answered);
   * a rejection stops the switch, and the old data stays. Default: nothing (the store's backups plug in here).
   */
  backupBeforeSwitch?: () => Promise<void>;
  /**
   * The built worker entry (out/main/worker.js, out/cli/worker.js): long jobs (re-aggregation, exports, reports)
   * run there, off the thread that answers the window. Without it they run in this thread (tests).
   */
  workerScript?: string;
  /** the events object to emit on (core-host.ts keeps one across restarts); default: a new one */
  events?: ApiEvents;
  /** the desktop shell's save dialog and file manager for 'exports:start-export' (absent under `serve`) */
  exportTargets?: ExportTargets;
  /** offered to the API's backups:restore-backup (core-host.ts) */
  restoreBackup?: ApiContext['restoreBackup'];
  /** prints the report PDFs: Electron's printToPDF in the desktop app; absent: a Chromium from the settings */
  pdfRenderer?: PdfRenderer;
}

export interface AppCore {
  store: Store;
  handlers: ApiHandlers;
  events: ApiEvents;
  syncController: SyncController;
  jobs: JobsController;
  /** the scheduled reports while started (null when off or not started); the shell pokes it on resume */
  scheduler(): Scheduler | null;
  settings(): Settings;
  /** Told after every saved settings change (the shell re-labels its menu, the tray…). */
  onSettingsChanged(listener: (change: SettingsChange, settings: Settings) => void): () => void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createAppCore(opts: AppCoreOptions): AppCore {
  const now = opts.now ?? Date.now;
  const log = opts.log ?? ((err: unknown) => console.error(err));
  const store = openStore(storePathIn(opts.dataDir), { now });
  const { db } = store;
  const events = opts.events ?? createApiEvents();
  const settings = () => readSettings(db);
  const passwords = serverPasswords(opts.secretStore);
  // A password saved by an older version is bound to the server saved then, before any sync can read it.
  const savedOrigin = () => {
    const profile = serverProfileOf(settings().server);
    return profile ? serverOrigin(profile.url) : null;
  };
  let legacyBound: Promise<void> | null = null;
  const bindLegacyPassword = () =>
    (legacyBound ??= passwords.bindLegacyPassword(savedOrigin()).catch((err: unknown) => log(err)));
  const lang = (): Lang => settings().ui.language;
  const listeners = new Set<(change: SettingsChange, s: Settings) => void>();
  let demo: DemoHandle | null = null;
  let dailyBackup: Promise<unknown> = Promise.resolve();
  let demoStarting: Promise<DemoHandle> | null = null;

  async function demoServer(): Promise<DemoHandle> {
    // Loaded only now, when no server is configured and a sync needs it: a configured office never loads the
    // demo world (its generator and server code) at start-up.
    const start: StartDemoServer =
      opts.startDemoServer ??
      (async (o) => (await import('./demo-server/embedded-demo')).startEmbeddedDemoServer(o));
    demoStarting ??= start({ now }).then((d: DemoHandle) => (demo = d));
    return demoStarting;
  }

  async function syncTarget(s: Settings): Promise<SyncTarget> {
    const profile = serverProfileOf(s.server);
    if (profile) {
      const { url, email } = profile;
      const origin = serverOrigin(url);
      return {
        baseUrl: url,
        email,
        // Only the password saved for this very origin: another server's is never sent here.
        getPassword: async () => {
          const password = origin ? await passwords.get(origin) : null;
          if (!password) {
            throw new SyncError('config', msg('sync.errors.noPassword', { origin: origin ?? url }));
          }
          return password;
        },
      };
    }
    const d = await demoServer();
    return {
      baseUrl: d.server.url,
      email: d.credentials.email,
      getPassword: async () => d.credentials.password,
    };
  }

  const runSync: RunSync = async ({ signal, onProgress }) => {
    await bindLegacyPassword();
    const s = settings();
    const target = await syncTarget(s);
    const sourceId = dataSourceId(serverProfileOf(s.server));
    const client = createAtmrClient({
      baseUrl: target.baseUrl,
      email: target.email,
      getPassword: target.getPassword,
      now,
    });
    const service = createSyncService({ db, client, now, onProgress });
    // The source switches only here, once the new server accepted the login and named its company: until
    // then (a typo, a dead address, a wrong password) the old data stays, shown with the sync's error.
    const acceptCompany = async (company: NamedCompany) => {
      const planned = plannedSwitch(db, sourceId, company);
      if (planned === 'none') return;
      // Another address of the same company keeps its data, but the address changed: a backup all the same.
      if (planned === 'replace' || planned === 'keep') {
        try {
          // The old source's data is about to be cleared: keep it restorable.
          await (opts.backupBeforeSwitch ?? (() => backupBeforeSourceSwitch(store, now())))();
        } catch (err) {
          const detail = err instanceof Error ? err.message : String(err);
          throw new SyncError('config', msg('sync.errors.switchBackupFailed', { detail }), { cause: err });
        }
      }
      switchDataSource(db, sourceId, now(), company);
    };
    try {
      return await service.run({ signal, acceptCompany });
    } catch (err) {
      // A full disk or a damaged store mid-sync: the sync's error names the file and what to do.
      throw storeFailureOf(err, store.path) ?? err;
    }
  };

  // A store filled by `demo seed` has data but no recorded source; one synced by `sync` from the CLI records
  // that server. Without a server configured, syncing it from the embedded demo would replace that data: only a
  // manual sync may do so.
  function autoSyncAllowed(): boolean {
    if (opts.autoSync === false) return false;
    if (serverProfileOf(settings().server) || recordedDataSource(db) === 'demo') return true;
    return getCompany(db) === null;
  }

  // With auto sync off no timer is kept at all; only the user's button syncs.
  const periodMinutes = (): number => (opts.autoSync === false ? 0 : settings().sync.intervalMinutes);

  const jobs = createJobsController({
    runner: opts.workerScript
      ? createWorkerRunner({ workerScript: opts.workerScript, dbPath: store.path, now })
      : createInlineRunner(store, now),
    events,
    lang,
    log,
  });

  // Reports render on the jobs' runner: the worker thread when there is one (the chart alone would otherwise
  // stall the window), this thread in tests.
  const renderReport = (input: RenderReportInput): Promise<RenderedReport> =>
    jobs.run('reports:render-report', input);
  const runExport = (input: ExportInput): Promise<ExportOutput> => jobs.run('exports:write-file', input);
  // A report's PDF under serve: the Chromium the settings lead to, driven from the same runner as the report.
  const printPdf = (input: { html: string; chromiumPath: string }): Promise<string> =>
    jobs.run('reports:print-pdf', input);

  const syncController = createSyncController({
    runSync,
    autoSyncAllowed,
    events,
    now,
    lang,
    intervalMinutes: periodMinutes(),
    log,
  });

  async function onSettingsChanged(change: SettingsChange): Promise<void> {
    const s = settings();
    if (change.analytics) {
      const company = getCompany(db);
      // Awaited, so the update answers once the figures match the new settings (the UI then refetches). Not
      // cancellable: stopping half-way would leave figures computed with the old threshold or zone.
      if (company) {
        await jobs.run(
          'aggregation:aggregate-all',
          { companyId: company.id, settings: s.analytics },
          { cancellable: false },
        );
      }
    }
    if (change.sync) syncController.schedule(periodMinutes());
    // A report's time, weekday, recipients or the zone moved: the next runs are planned again now.
    if (change.sections.some((name) => name === 'reports' || name === 'mail' || name === 'analytics')) {
      scheduler?.poke();
    }
    if (change.server || change.password) {
      // The running sync reads the old server: stop it, then sync from the new one.
      syncController.cancel();
      void syncController.whenIdle().then(() => syncController.start('settings'));
    }
    for (const listener of [...listeners]) {
      try {
        listener(change, s);
      } catch (err) {
        log(err);
      }
    }
  }

  const handlers = createApiHandlers({
    db,
    now,
    secretStore: opts.secretStore,
    syncController,
    // Where the data on screen comes from: after a failed switch it is still the old source's.
    source: () => {
      const recorded = recordedDataSource(db);
      if (recorded !== null) return recorded === 'demo' ? 'demo' : 'server';
      return serverProfileOf(settings().server) ? 'server' : 'demo';
    },
    version: opts.version ?? '0.0.0',
    transport: opts.transport,
    onSettingsChanged,
    analytics: opts.analytics ?? analyticsServices,
    jobs,
    log,
    ...(opts.restoreBackup ? { restoreBackup: opts.restoreBackup } : {}),
    renderReport,
    runExport,
    ...(opts.exportTargets ? { exportTargets: opts.exportTargets } : {}),
    ...(opts.pdfRenderer ? { pdfRenderer: opts.pdfRenderer } : {}),
    printPdf,
  });

  // Stale data before a report: one sync (when syncing is allowed), then the report is built from what is there.
  const reportDeps = reportRunnerDeps({
    db,
    now,
    secrets: opts.secretStore,
    render: renderReport,
    runExport,
    version: opts.version ?? '0.0.0',
    ...(opts.pdfRenderer ? { pdf: opts.pdfRenderer } : {}),
    printPdf,
    // Bounded: a silent server must not hold the reports back; they then go out saying the data is stale.
    refreshData: boundedRefresh(async () => {
      if (!autoSyncAllowed()) return;
      syncController.start('periodic');
      await syncController.whenIdle();
    }),
  });
  let scheduler: Scheduler | null = null;

  return {
    store,
    handlers,
    events,
    syncController,
    jobs,
    scheduler: () => scheduler,
    settings,
    onSettingsChanged(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async start() {
      await bindLegacyPassword();
      // The daily backup; a failure (disk full…) is logged and must not keep the app from starting.
      dailyBackup = (async () => backupIfDue(store, now(), settings().backups.keep))().catch(log);
      syncController.schedule(periodMinutes());
      syncController.start('startup');
      if (opts.schedule !== false) {
        scheduler = startScheduler({
          check: async () => {
            await runDueReports(reportDeps);
          },
          nextDueAt: () => nextDueAt(db, now()),
          now,
          log,
        });
      }
    },
    async stop() {
      scheduler?.stop();
      scheduler = null;
      await syncController.stop();
      await jobs.stop();
      const d = demo ?? (demoStarting ? await demoStarting.catch(() => null) : null);
      await d?.server.close();
      // The backup reads the store page by page: closing under it would fail it.
      await dailyBackup;
      store.close();
    },
  };
}
