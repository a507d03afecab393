// Open at login, as plain logic (no electron import; the shell applies it). Off by default: nothing is
// registered until the user asks. The app then starts hidden in the tray (`--hidden`), since it is there to send
// the reports, not to greet the user. macOS and Windows: app.setLoginItemSettings. Linux has no such API in
// Electron: an XDG autostart entry (~/.config/autostart/<name>.desktop) does the same on every desktop.
import { join, posix } from 'node:path';

export const HIDDEN_ARG = '--hidden';

export type LoginItemMechanism = 'electron' | 'xdg-autostart';

export function loginItemMechanism(platform: NodeJS.Platform): LoginItemMechanism | null {
  if (platform === 'darwin' || platform === 'win32') return 'electron';
  if (platform === 'linux') return 'xdg-autostart';
  return null;
}

/** What to pass to app.setLoginItemSettings (macOS, Windows). */
export function electronLoginItemSettings(openAtLogin: boolean): {
  openAtLogin: boolean;
  args: string[];
} {
  // Windows passes `args` to the executable at login; macOS ignores them, and the shell then asks
  // app.getLoginItemSettings().wasOpenedAtLogin instead.
  return { openAtLogin, args: openAtLogin ? [HIDDEN_ARG] : [] };
}

/** The XDG autostart file for the app (Linux). */
export function autostartFile(env: Record<string, string | undefined>, home: string, name: string): string {
  const config =
    env.XDG_CONFIG_HOME && posix.isAbsolute(env.XDG_CONFIG_HOME)
      ? env.XDG_CONFIG_HOME
      : join(home, '.config');
  return join(config, 'autostart', `${name}.desktop`);
}

/**
 * Its content. `execPath` is the app's executable; an AppImage must be started through its own file ($APPIMAGE),
 * not the temporary mount its executable runs from.
 */
export function autostartEntry(opts: { execPath: string; appImage?: string; productName: string }): string {
  const exec = opts.appImage ?? opts.execPath;
  // Desktop Entry Exec quoting: the path in double quotes, with ", `, $ and \ escaped.
  const quoted = `"${exec.replace(/(["`$\\])/g, '\\$1')}"`;
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${opts.productName}`,
    `Exec=${quoted} ${HIDDEN_ARG}`,
    'X-GNOME-Autostart-enabled=true',
    'NoDisplay=true',
    '',
  ].join('\n');
}

/** Whether this launch starts in the tray without a window. */
export function startsHidden(argv: readonly string[], openedAtLoginOnMac: boolean): boolean {
  return argv.includes(HIDDEN_ARG) || openedAtLoginOnMac;
}
