// The Electron shell, run where Electron cannot: the BUILT main bundle (electron-vite's main and preload builds,
// made once here into a folder of out/) loaded in Node against a recording stand-in for the `electron` module.
// It catches wiring mistakes type-checking cannot (a path, an init order, a channel without a handler). The real
// Electron smoke test (e2e/electron-smoke.spec.ts) runs where the binary is installed.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_CHANNELS, type ApiResult } from '../../src/shared/contract/channels';
import { DB_FILE_NAME } from '../../src/main/platform/app-paths';
import type { DashboardJson } from '../../src/shared/analytics-types';
import {
  createElectronStandIn,
  installElectronStandIn,
  type ElectronStandIn,
} from './helpers/electron-stand-in';
import { launchAnswers } from './helpers/electron-launch';
import { buildShellBundle } from './helpers/shell-bundle';

const ROOT = resolve(__dirname, '..', '..');
let buildDir: string;
let dataDir: string;
let electron: ElectronStandIn;
let uninstall: () => void = () => {};
const savedEnv = { ...process.env };

type Handler = (event: unknown, input?: unknown) => Promise<ApiResult<unknown>>;
const handlers = new Map<string, Handler>();

/** What the window loaded, as the URL its top frame has (file:// for loadFile, the URL for loadURL). */
function windowUrl(): string {
  const file = electron.callsTo('new BrowserWindow.loadFile')[0];
  if (file) return pathToFileURL(file[0] as string).href;
  const url = electron.callsTo('new BrowserWindow.loadURL')[0];
  if (url) return url[0] as string;
  throw new Error('The window loaded nothing.');
}

const fromFrame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

beforeAll(async () => {
  // Inside out/, so the bundle's external packages resolve from the project's node_modules.
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  buildDir = mkdtempSync(join(ROOT, 'out', 'test-shell-'));
  dataDir = mkdtempSync(join(tmpdir(), 'da-shell-'));
  await buildShellBundle(ROOT, buildDir);

  process.env.DISPATCH_ANALYTICS_DATA_DIR = join(dataDir, 'data');
  delete process.env.ELECTRON_RENDERER_URL;
  delete process.env.DISPATCH_PASSWORD;
  electron = createElectronStandIn({
    'app.requestSingleInstanceLock': () => true,
    'app.whenReady': () => Promise.resolve(),
    'app.getPath': (name) => join(dataDir, 'electron', String(name)),
    // As the Playwright smoke test launches it (`electron out/main/index.js`): the app path is the bundle's
    // folder, where there are no migrations (the repository root is found from the bundle).
    ...launchAnswers({ kind: 'script', file: join(buildDir, 'main', 'index.js') }),
    'app.getVersion': () => '0.1.0',
    'safeStorage.isAsyncEncryptionAvailable': () => Promise.resolve(false),
    'safeStorage.getSelectedStorageBackend': () => 'basic_text',
    'screen.getAllDisplays': () => [],
    'nativeImage.createFromPath().isEmpty': () => false,
    'new BrowserWindow.isDestroyed': () => false,
    'new BrowserWindow.isMinimized': () => false,
    'new BrowserWindow.isMaximized': () => false,
    'new BrowserWindow.getNormalBounds': () => ({ x: 0, y: 0, width: 1280, height: 800 }),
    'ipcMain.handle': (channel, handler) => void handlers.set(channel as string, handler as Handler),
  });
  uninstall = installElectronStandIn(electron);
  createRequire(__filename)(join(buildDir, 'main', 'index.js'));
  // The shell is up once the window exists and the embedded demo sync has reached it.
  await electron.waitForCall('new BrowserWindow.webContents.send', ([event]) => event === 'sync:finished');
}, 120_000);

afterAll(() => {
  uninstall();
  process.env = savedEnv;
  rmSync(buildDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the built shell against the electron stand-in', () => {
  it('starts without an error box', () => {
    expect(electron.callsTo('dialog.showErrorBox')).toEqual([]);
    expect(electron.callsTo('app.exit')).toEqual([]);
  });

  it('reads the icon from the resources root, not from the app path (inside the asar once packaged)', () => {
    const icon = join(ROOT, 'resources', 'icon.png');
    expect(electron.callsTo('nativeImage.createFromPath')).toEqual([[icon]]);
    const [[options]] = electron.callsTo('new BrowserWindow') as [[{ icon: string }]];
    expect(options.icon).toBe(icon);
  });

  it('shows the window only once it is painted (ready-to-show), never maximizing it before', () => {
    const onceCalls = electron.callsTo('new BrowserWindow.once');
    expect(onceCalls.map(([event]) => event)).toContain('ready-to-show');
    expect(electron.callsTo('new BrowserWindow.maximize')).toEqual([]);
  });

  it('opens one sandboxed, context-isolated window without Node, with the built preload', () => {
    const windows = electron.callsTo('new BrowserWindow');
    expect(windows).toHaveLength(1);
    const prefs = (windows[0]![0] as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(prefs.nodeIntegrationInWorker ?? false).toBe(false);
    expect(prefs.webviewTag ?? false).toBe(false);
    expect(existsSync(prefs.preload as string)).toBe(true);
  });

  it('sets the CSP on every response and refuses every permission', () => {
    const [[onHeaders]] = electron.callsTo('session.defaultSession.webRequest.onHeadersReceived') as [
      [(details: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void],
    ];
    let headers: Record<string, string[]> = {};
    onHeaders({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (headers = r.responseHeaders));
    const csp = headers['Content-Security-Policy']?.[0] ?? '';
    expect(csp).toMatch(/default-src 'self'|default-src 'none'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(headers['Content-Type']).toEqual(['text/html']);

    const [[onRequest]] = electron.callsTo('session.defaultSession.setPermissionRequestHandler') as [
      [(wc: unknown, permission: string, cb: (granted: boolean) => void) => void],
    ];
    const granted: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      onRequest({}, permission, (g) => granted.push(g));
    }
    expect(granted).toEqual([false, false, false, false]);
    const [[onCheck]] = electron.callsTo('session.defaultSession.setPermissionCheckHandler') as [
      [(...args: unknown[]) => boolean],
    ];
    expect(onCheck({}, 'media', 'file://', {})).toBe(false);
  });

  it('keeps every page on the app: foreign navigation blocked, new windows denied', () => {
    const [[, onContents]] = electron
      .callsTo('app.on')
      .filter(([event]) => event === 'web-contents-created') as [[string, (e: unknown, c: unknown) => void]];
    const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    let openHandler: (details: { url: string }) => { action: string } = () => ({ action: 'allow' });
    onContents(
      {},
      {
        on: (event: string, listener: (event: { preventDefault(): void }, url: string) => void) =>
          void listeners.set(event, listener),
        setWindowOpenHandler: (handler: typeof openHandler) => void (openHandler = handler),
      },
    );
    const navigate = (url: string) => {
      let prevented = false;
      listeners.get('will-navigate')!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate(windowUrl())).toBe(false);
    expect(openHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('builds the application menu and the tray', () => {
    expect(electron.callsTo('Menu.setApplicationMenu').length).toBeGreaterThan(0);
    expect(electron.callsTo('new Tray')).toHaveLength(1);
  });

  it('handles every contract channel, once each', () => {
    const channels = electron.callsTo('ipcMain.handle').map(([channel]) => channel);
    expect([...channels].sort()).toEqual([...API_CHANNELS].sort());
  });

  it('answers the window with the synced demo data through IPC', async () => {
    const res = (await handlers.get('analytics:get-dashboard')!(fromFrame(windowUrl()), {
      period: '30d',
    })) as ApiResult<DashboardJson>;
    expect(res.ok).toBe(true);
    expect(res.ok && res.data.summary.total_bookings).toBeGreaterThan(0);
    const info = await handlers.get('app:get-info')!(fromFrame(windowUrl()), {});
    expect(info).toMatchObject({ ok: true, data: { version: '0.1.0', transport: 'ipc' } });
  });

  it('refuses a foreign page and an iframe of its own page', async () => {
    const refused = { ok: false, error: { code: 'untrusted_sender' } };
    const handler = handlers.get('app:get-info')!;
    expect(await handler(fromFrame('https://evil.example/'), {})).toMatchObject(refused);
    expect(await handler(fromFrame(windowUrl(), { url: windowUrl() }), {})).toMatchObject(refused);
    expect(await handler({ senderFrame: null }, {})).toMatchObject(refused);
  });

  it('re-aggregates in the bundle’s worker thread (out/main/worker.js) when the threshold changes', async () => {
    const trusted = fromFrame(windowUrl());
    const saved = await handlers.get('settings:update-settings')!(trusted, { onTimeThresholdMinutes: 9 });
    expect(saved).toMatchObject({ ok: true, data: { ok: true } });
    const finished = electron
      .callsTo('new BrowserWindow.webContents.send')
      .filter(([event]) => event === 'jobs:finished');
    expect(finished).toEqual([
      ['jobs:finished', expect.objectContaining({ task: 'aggregation:aggregate-all', outcome: 'done' })],
    ]);
  });

  it('on resume from sleep syncs again (the report scheduler is poked beside it)', async () => {
    const finished = () =>
      electron.callsTo('new BrowserWindow.webContents.send').filter(([event]) => event === 'sync:finished')
        .length;
    const before = finished();
    const [[, onResume]] = electron.callsTo('powerMonitor.on').filter(([event]) => event === 'resume') as [
      [string, () => void],
    ];
    onResume();
    await vi.waitFor(() => expect(finished()).toBe(before + 1), { timeout: 60_000, interval: 100 });
  });

  it('a second launch brings the one window forward (single instance), never a second window', () => {
    const [[, onSecond]] = electron.callsTo('app.on').filter(([event]) => event === 'second-instance') as [
      [string, () => void],
    ];
    const focused = electron.callsTo('new BrowserWindow.focus').length;
    onSecond();
    expect(electron.callsTo('new BrowserWindow.focus')).toHaveLength(focused + 1);
    expect(electron.callsTo('new BrowserWindow')).toHaveLength(1);
    expect(electron.callsTo('app.requestSingleInstanceLock')).toHaveLength(1);
  });

  it('lets a system shutdown or logout through: powerMonitor shutdown and the window’s session-end', () => {
    const events = electron.callsTo('powerMonitor.on').map(([event]) => event);
    expect(events).toEqual(expect.arrayContaining(['shutdown', 'resume']));
    const windowEvents = electron.callsTo('new BrowserWindow.on').map(([event]) => event);
    expect(windowEvents).toContain('session-end');
  });

  /** The labels of the tray's last menu. */
  const trayLabels = () => {
    const menus = electron.callsTo('Menu.buildFromTemplate') as [{ label?: string; enabled?: boolean }[]][];
    const tray = menus.filter(([items]) => items.some((i) => i.label === 'Ouvrir Dispatch Analytics'));
    return tray.at(-1)![0];
  };
  const windowAllClosed = () =>
    (electron.callsTo('app.on').find(([event]) => event === 'window-all-closed')![1] as () => void)();

  it('shows the tray: last sync, no report scheduled, and its actions', () => {
    const items = trayLabels();
    expect(items.map((i) => i.label).filter(Boolean)).toEqual([
      expect.stringMatching(/^Dernière synchronisation : /),
      'Aucun rapport planifié',
      'Ouvrir Dispatch Analytics',
      'Synchroniser maintenant',
      'Envoyer le prochain rapport maintenant',
      'Quitter',
    ]);
    expect(items.find((i) => i.label === 'Envoyer le prochain rapport maintenant')?.enabled).toBe(false);
    // Unpackaged: no login item (it would register the development Electron).
    expect(items.some((i) => i.label === 'Démarrer avec la session')).toBe(false);
    expect(electron.callsTo('new Notification')).toEqual([]);
  });

  it('quits when the window closes and no report is scheduled (Linux: keepRunningInTray is off)', () => {
    windowAllClosed();
    expect(electron.callsTo('app.quit')).toHaveLength(1);
  });

  it('with a report scheduled: the tray shows its time and zone, closing keeps the app running, said once', async () => {
    const trusted = fromFrame(windowUrl());
    const saved = await handlers.get('reports:update-settings')!(trusted, {
      reports: { daily: { enabled: true, time: '07:30', recipients: 'chef@example.ch' } },
    });
    expect(saved).toMatchObject({ ok: true, data: { saved: true } });
    await electron.waitForCall('Menu.buildFromTemplate', ([items]) =>
      (items as { label?: string }[]).some((i) => /^Prochain rapport : quotidien, /.test(i.label ?? '')),
    );
    const next = trayLabels().find((i) => /^Prochain rapport/.test(i.label ?? ''))!.label!;
    expect(next).toMatch(/07:30 \(Europe\/Zurich\)$/);
    expect(trayLabels().find((i) => i.label === 'Envoyer le prochain rapport maintenant')?.enabled).toBe(
      true,
    );

    windowAllClosed();
    windowAllClosed();
    expect(electron.callsTo('app.quit')).toHaveLength(1); // only the earlier, unscheduled close
    const notices = electron.callsTo('new Notification') as [{ title: string; body: string }][];
    expect(notices.map(([n]) => n.title)).toEqual(['Dispatch Analytics reste ouvert']);
    expect(notices[0]![0].body).toMatch(/relancez l’application/);
    expect(electron.callsTo('new Notification.show')).toHaveLength(1);
  });

  it('quits cleanly: the store is closed before the app exits', async () => {
    const storePath = join(dataDir, 'data', DB_FILE_NAME);
    expect(existsSync(`${storePath}-wal`)).toBe(true);
    const beforeQuit = electron
      .callsTo('app.on')
      .filter(([event]) => event === 'before-quit')
      .map(([, listener]) => listener as (e: { preventDefault(): void }) => void);
    expect(beforeQuit).toHaveLength(1);
    let prevented = false;
    beforeQuit[0]!({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(await electron.waitForCall('app.exit')).toEqual([0]);
    // SQLite removes the WAL file when the last connection closes: nothing holds the store any more.
    expect(existsSync(`${storePath}-wal`)).toBe(false);
    expect(electron.callsTo('new Tray.destroy')).toHaveLength(1);
  });
});
