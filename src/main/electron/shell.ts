// Wires the app core into Electron: window, IPC, menu, tray, power events. Kept thin: everything that can run
// without Electron lives in app-core and src/main/api (tested there); this file needs the Electron runtime.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { app, powerMonitor, safeStorage, session, type BrowserWindow } from 'electron';
import { createCoreHost, type CoreHost } from '../core-host';
import { electronPdfRenderer } from './electron-pdf';
import { resolveDataDir } from '../platform/app-paths';
import { iconFileIn, rendererDirIn, resourcesRoot } from '../platform/app-resources';
import { writeSettings, type Settings } from '../settings';
import { isServerPasswordKey } from '../secrets/server-password';
import { installAppMenu } from './app-menu';
import { startDesktopDuties } from './desktop-duties';
import type { AppScreen } from '../../shared/contract/navigation-schemas';
import { forwardEventsToWindow, registerIpcApi } from './ipc-bridge';
import { createLoginItemControl, loginItemHandlers } from './login-item-control';
import { createMainWindow } from './main-window';
import { createSafeStorageSecretStore } from './safe-storage-secrets';
import type { RendererLocation } from './trusted-sender';
import { installAppProtocol } from './app-protocol-handler';
import { devServerUrlFrom } from './renderer-url';
import { installWebSecurity } from './web-security';
import { electronExportTargets } from './export-targets';
import { createQuitFlow } from './quit-flow';
import type { ReportsOverview } from '../../shared/contract/reports-schemas';

const SAFE_STORAGE_FILE = 'secrets.safestorage.json';
const STOP_TIMEOUT_MS = 10_000;

export async function runShell(): Promise<void> {
  // out/main/index.js → out/preload (in the asar when packaged); the built UI and the icon under the resources
  // root (the repository, or process.resourcesPath when packaged: see app-resources.ts).
  const outDir = join(__dirname, '..');
  const root = resourcesRoot();
  const where: RendererLocation = {
    devServerUrl: devServerUrlFrom(process.env.ELECTRON_RENDERER_URL, app.isPackaged),
  };
  if (process.env.ELECTRON_RENDERER_URL && !where.devServerUrl) {
    console.warn('ELECTRON_RENDERER_URL ignored: only a loopback URL in an unpackaged app is loaded.');
  }
  // The page comes from app://renderer (a real origin for the IPC sender check, and the CSP as a header).
  installAppProtocol(session.defaultSession, rendererDirIn(root));
  // Outside the asar: the tray and the window manager read the file themselves.
  const iconPath = iconFileIn(root);

  const secretStore = await createSafeStorageSecretStore({
    filePath: join(app.getPath('userData'), SAFE_STORAGE_FILE),
    safeStorage,
    fallback: (key) => (isServerPasswordKey(key) ? (process.env.DISPATCH_PASSWORD ?? null) : null),
  });
  // Behind a host so a restored backup restarts the core under the same IPC handlers and events.
  const core: CoreHost = createCoreHost({
    dataDir: resolveDataDir(undefined),
    secretStore,
    transport: 'ipc',
    version: app.getVersion(),
    // Built next to index.js by electron-vite (electron.vite.config.ts); re-aggregation runs there.
    workerScript: join(__dirname, 'worker.js'),
    // Exports: the save dialog chooses the file, never the page.
    exportTargets: electronExportTargets(() => win),
    // Report PDFs (reports.*.attachPdf): Electron's own printing, no other browser needed.
    pdfRenderer: electronPdfRenderer(),
  });

  // Stored settings are read leniently: a malformed URL must not make the window-open handler throw.
  const serverHost = () => {
    const host = URL.parse(core.settings().server?.url ?? '')?.hostname;
    return host ? [host] : [];
  };
  installWebSecurity(session.defaultSession, where, serverHost);
  const loginItem = createLoginItemControl({
    app,
    platform: process.platform,
    env: process.env,
    home: homedir(),
    execPath: process.execPath,
  });
  // The shell answers open at login itself (the Reports screen's checkbox); every other channel is the core's.
  registerIpcApi(
    { ...core.handlers, ...loginItemHandlers(loginItem, () => core.settings().ui.language) },
    where,
    () => sayPendingScreen(),
  );

  let win: BrowserWindow | null = null;
  const quit = createQuitFlow({
    holdNewSends: () => core.scheduler()?.stop(),
    sendsInFlight: async () => {
      const res = await core.handlers['reports:get-overview'](undefined);
      return res.ok ? (res.data as ReportsOverview).history.filter((h) => h.state === 'sending').length : 0;
    },
    stopCore: () => core.stop(),
    closeStoreNow: () => core.store.close(),
    beforeStop: () => duties.destroy(),
    // app.exit emits no before-quit: the only way out once the core has stopped.
    exit: (code) => app.exit(code),
    timeoutMs: STOP_TIMEOUT_MS,
  });
  const openWindow = () => {
    if (quit.leaving) return;
    if (win && !win.isDestroyed()) {
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
      return;
    }
    win = createMainWindow({
      preloadPath: join(outDir, 'preload', 'index.cjs'),
      iconPath,
      where,
      bounds: core.settings().shell.windowBounds,
      title: 'Dispatch Analytics',
      // Not once quitting: the store is being closed.
      onBoundsChanged: (bounds) => {
        if (quit.leaving) return;
        writeSettings(
          core.store.db,
          { shell: { ...core.settings().shell, windowBounds: bounds } },
          Date.now(),
        );
      },
    });
    win.on('closed', () => (win = null));
    // Windows' logout or shutdown (macOS and Linux: powerMonitor 'shutdown' below).
    win.on('session-end', onSystemShutdown);
  };
  forwardEventsToWindow(core.events, () => win);
  // A notice's click opens its screen through the contract's 'app:navigate' event. A window that had to be
  // created has no listener yet: the event waits for the new page's first API call (its listeners are set by
  // the time it calls: registerIpcApi's afterCall).
  let pendingScreen: AppScreen | null = null;
  const openScreen = (screen: AppScreen) => {
    const fresh = !win || win.isDestroyed();
    openWindow();
    if (fresh) pendingScreen = screen;
    else core.events.emit('app:navigate', { screen });
  };
  const sayPendingScreen = () => {
    if (pendingScreen === null) return;
    core.events.emit('app:navigate', { screen: pendingScreen });
    pendingScreen = null;
  };

  const syncNow = () => void core.syncController.start('manual');
  const duties = startDesktopDuties({
    core,
    iconPath,
    openWindow,
    openScreen,
    syncNow,
    quit: () => app.quit(),
    loginItem,
  });
  const refreshMenu = (s: Settings = core.settings()) =>
    installAppMenu(s.ui.language, { syncNow, isDev: !app.isPackaged });
  refreshMenu();
  core.onSettingsChanged((_change, s) => refreshMenu(s));

  app.on('second-instance', openWindow);
  app.on('activate', openWindow);
  // Closing the window keeps the app in the tray (periodic sync and the reports go on) when the setting says
  // so or a report is scheduled; said once (desktop-duties.ts).
  app.on('window-all-closed', () => {
    if (!duties.keepRunningOnClose()) app.quit();
  });
  // A user's quit waits for the core (and a send in flight); the system's shutdown is never held back (see
  // quit-flow.ts).
  app.on('before-quit', (event) => quit.onBeforeQuit(event));
  function onSystemShutdown(): void {
    quit.onSystemShutdown();
    app.quit();
  }
  powerMonitor.on('shutdown', onSystemShutdown);
  // Timers do not fire during sleep: catch up on wake.
  powerMonitor.on('resume', () => {
    core.syncController.onResume();
    // The report timers were asleep too: decide from the job table what is due now.
    void core.scheduler()?.poke();
  });

  // Opened at login: the app starts in the tray, the window opens from there.
  if (!duties.startHidden()) openWindow();
  await core.start();
  await duties.refresh().catch(() => undefined);
}
