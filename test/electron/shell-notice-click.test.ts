// A desktop notification's click opens the screen it is about: the built shell against the electron stand-in
// (see shell.test.ts). A report whose recipient the SMTP server refuses fails; the failure notice's click
// brings the window forward and sends it the contract's 'app:navigate' event naming the Reports screen; a window
// closed to the tray is created again and told once its page calls the API (its listeners are set by then).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../src/shared/contract/channels';
import {
  createElectronStandIn,
  installElectronStandIn,
  type ElectronStandIn,
} from './helpers/electron-stand-in';
import { launchAnswers } from './helpers/electron-launch';
import { buildShellBundle } from './helpers/shell-bundle';
import { startTestSmtp, type TestSmtp } from '../mail/smtp-test-server';

const ROOT = resolve(__dirname, '..', '..');
let buildDir: string;
let dataDir: string;
let electron: ElectronStandIn;
let uninstall: () => void = () => {};
let smtp: TestSmtp;
const savedEnv = { ...process.env };

type Handler = (event: unknown, input?: unknown) => Promise<ApiResult<unknown>>;
const handlers = new Map<string, Handler>();

beforeAll(async () => {
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  buildDir = mkdtempSync(join(ROOT, 'out', 'test-notice-click-'));
  dataDir = mkdtempSync(join(tmpdir(), 'da-notice-click-'));
  await buildShellBundle(ROOT, buildDir);
  // A real SMTP server that refuses the recipient for good (550): the delivery fails, no retry.
  smtp = await startTestSmtp();
  smtp.refuse.add('chef@example.ch');

  process.env.DISPATCH_ANALYTICS_DATA_DIR = join(dataDir, 'data');
  delete process.env.ELECTRON_RENDERER_URL;
  delete process.env.DISPATCH_PASSWORD;
  electron = createElectronStandIn({
    'app.requestSingleInstanceLock': () => true,
    'app.whenReady': () => Promise.resolve(),
    'app.getPath': (name) => join(dataDir, 'electron', String(name)),
    ...launchAnswers({ kind: 'folder', dir: ROOT }),
    'app.getVersion': () => '0.1.0',
    'safeStorage.isAsyncEncryptionAvailable': () => Promise.resolve(false),
    'safeStorage.getSelectedStorageBackend': () => 'basic_text',
    'screen.getAllDisplays': () => [],
    'nativeImage.createFromPath().isEmpty': () => false,
    'Notification.isSupported': () => true,
    'new BrowserWindow.isDestroyed': () => false,
    'new BrowserWindow.isMinimized': () => false,
    'new BrowserWindow.isMaximized': () => false,
    'new BrowserWindow.getNormalBounds': () => ({ x: 0, y: 0, width: 1280, height: 800 }),
    'ipcMain.handle': (channel, handler) => void handlers.set(channel as string, handler as Handler),
  });
  uninstall = installElectronStandIn(electron);
  createRequire(__filename)(join(buildDir, 'main', 'index.js'));
  await electron.waitForCall('new BrowserWindow.webContents.send', ([event]) => event === 'sync:finished');
}, 120_000);

afterAll(async () => {
  uninstall();
  await smtp.stop();
  process.env = savedEnv;
  rmSync(buildDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a clicked notification opens its screen', () => {
  it('a failed delivery → the window comes forward and is sent app:navigate { screen: reports }', async () => {
    const saved = await handlers.get('reports:update-settings')!(frame(), {
      mail: { host: '127.0.0.1', port: smtp.port, security: 'none', user: '', from: 'da@example.ch' },
      reports: { daily: { enabled: true, time: '07:30', recipients: 'chef@example.ch' } },
    });
    expect(saved).toMatchObject({ ok: true, data: { saved: true } });

    // The tray's "send the next report now": the send fails, the shell refreshes and notices it.
    const send = await electron.waitForCall('Menu.buildFromTemplate', ([items]) =>
      (items as { label?: string; enabled?: boolean }[]).some(
        (i) => i.label === 'Envoyer le prochain rapport maintenant' && i.enabled,
      ),
    );
    const item = (send[0] as { label?: string; click?: () => void }[]).find(
      (i) => i.label === 'Envoyer le prochain rapport maintenant',
    )!;
    item.click!();
    await electron.waitForCall('new Notification', ([n]) => /rapport/.test((n as { title: string }).title));

    const notices = electron.callsTo('new Notification') as [{ title: string }][];
    const index = notices.findIndex(([n]) => /rapport/.test(n.title));
    const clicks = electron.callsTo('new Notification.on');
    const [event, onClick] = clicks[index] as [string, () => void];
    expect(event).toBe('click');

    const sentBefore = navigations().length;
    const focused = electron.callsTo('new BrowserWindow.focus').length;
    onClick();
    expect(electron.callsTo('new BrowserWindow.focus')).toHaveLength(focused + 1);
    expect(navigations().slice(sentBefore)).toEqual([['app:navigate', { screen: 'reports' }]]);
    clickReportsNotice = onClick;
  });

  it('with the window closed to the tray: a new window, told once its page calls the API', async () => {
    const [, onClosed] = electron.callsTo('new BrowserWindow.on').find(([event]) => event === 'closed') as [
      string,
      () => void,
    ];
    onClosed();
    const sentBefore = navigations().length;
    clickReportsNotice();
    expect(electron.callsTo('new BrowserWindow')).toHaveLength(2);
    // The new page has no listener yet: nothing is sent until it calls.
    expect(navigations()).toHaveLength(sentBefore);
    expect(await handlers.get('app:get-info')!(frame(), {})).toMatchObject({ ok: true });
    expect(navigations().slice(sentBefore)).toEqual([['app:navigate', { screen: 'reports' }]]);
    // Said once.
    await handlers.get('app:get-info')!(frame(), {});
    expect(navigations()).toHaveLength(sentBefore + 1);
  });
});

let clickReportsNotice: () => void = () => {
  throw new Error('the first test did not find the notice');
};

function navigations(): unknown[][] {
  return electron.callsTo('new BrowserWindow.webContents.send').filter(([event]) => event === 'app:navigate');
}

/** The window's own top frame, as ipcMain sees it (the URL the window loaded). */
function frame(): { senderFrame: { url: string; parent: null } } {
  const file = electron.callsTo('new BrowserWindow.loadFile')[0];
  const url = file
    ? pathToFileURL(file[0] as string).href
    : (electron.callsTo('new BrowserWindow.loadURL')[0]![0] as string);
  return { senderFrame: { url, parent: null } };
}
