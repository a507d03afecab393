// The one window: sandboxed, context-isolated, no Node in the page; its bounds are remembered.
import { BrowserWindow, screen } from 'electron';
import type { WindowBounds } from '../settings';
import type { RendererLocation } from './trusted-sender';
import { APP_ENTRY_URL } from './renderer-url';

export interface MainWindowOptions {
  preloadPath: string;
  iconPath: string;
  where: RendererLocation;
  bounds: WindowBounds | null;
  title: string;
  onBoundsChanged: (bounds: WindowBounds) => void;
}

// A saved position on a screen that is no longer attached would open the window off-screen.
function visibleBounds(bounds: WindowBounds | null): WindowBounds {
  const fallback = { width: 1280, height: 800 };
  if (!bounds) return fallback;
  const width = Math.max(1024, bounds.width);
  const height = Math.max(700, bounds.height);
  if (bounds.x === undefined || bounds.y === undefined) return { width, height };
  const onScreen = screen.getAllDisplays().some((d) => {
    const a = d.workArea;
    return (
      bounds.x! < a.x + a.width - 50 &&
      bounds.x! + 50 > a.x &&
      bounds.y! < a.y + a.height - 50 &&
      bounds.y! >= a.y - 10
    );
  });
  return onScreen ? { x: bounds.x, y: bounds.y, width, height } : { width, height };
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const b = visibleBounds(opts.bounds);
  const win = new BrowserWindow({
    ...b,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: opts.title,
    icon: opts.iconPath,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: opts.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  // Maximizing shows the window at once: only when its page is painted, or the user sees it empty.
  win.once('ready-to-show', () => {
    if (opts.bounds?.maximized) win.maximize();
    win.show();
  });

  let timer: NodeJS.Timeout | null = null;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (win.isDestroyed()) return;
      const n = win.getNormalBounds();
      opts.onBoundsChanged({
        x: n.x,
        y: n.y,
        width: n.width,
        height: n.height,
        maximized: win.isMaximized(),
      });
    }, 500);
  };
  win.on('resize', save);
  win.on('move', save);
  win.on('close', () => {
    if (timer) clearTimeout(timer);
    const n = win.getNormalBounds();
    opts.onBoundsChanged({ x: n.x, y: n.y, width: n.width, height: n.height, maximized: win.isMaximized() });
  });

  void win.loadURL(opts.where.devServerUrl ?? APP_ENTRY_URL);
  return win;
}
