// `serve` opens the dashboard in the desktop's browser. Where none can be opened (a server or an SSH session
// without a display, no opener installed, the opener failing) the caller says so and prints the URL to open:
// a silent failure left people waiting for a window that never came.
import { spawn } from 'node:child_process';

export interface BrowserCommand {
  command: string;
  args: string[];
}

/** The command that opens `url` in the default browser, or null when there is no display to show it on. */
export function browserCommand(
  url: string,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): BrowserCommand | null {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '', url] };
  // Linux and the BSDs: a graphical browser needs an X11 or Wayland display. Without one, xdg-open would look
  // for a text browser (lynx, w3m) to run on a terminal it is not attached to.
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: [url] };
}

/**
 * Starts the browser on `url` without waiting for it. Calls `onFailure` once when no browser could be opened:
 * at once without a display, later when the opener is missing or exits with an error.
 */
export function openInBrowser(
  url: string,
  onFailure: () => void,
  env: NodeJS.ProcessEnv = process.env,
): void {
  const opener = browserCommand(url, process.platform, env);
  if (!opener) {
    onFailure();
    return;
  }
  let failed = false;
  const fail = () => {
    if (failed) return;
    failed = true;
    onFailure();
  };
  try {
    const child = spawn(opener.command, opener.args, { stdio: 'ignore', detached: true, env });
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code !== 0) fail();
    });
    child.unref();
  } catch {
    fail();
  }
}
