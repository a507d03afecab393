// Where the app keeps its data, shared by the Electron shell and the CLI so both open the same store. Plain
// Node (no electron import): the platform, environment and home folder are passed in.
import { homedir } from 'node:os';
import { join, resolve, win32, posix } from 'node:path';

export const DB_FILE_NAME = 'dispatch-analytics.sqlite';
export const DATA_DIR_ENV = 'DISPATCH_ANALYTICS_DATA_DIR';

export interface PathEnvironment {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

export function currentPathEnvironment(): PathEnvironment {
  return { platform: process.platform, env: process.env, home: homedir() };
}

/** The platform's per-user data folder for the app (before any override). */
export function defaultDataDir(p: PathEnvironment): string {
  if (p.platform === 'win32') {
    const appData = p.env.APPDATA || win32.join(p.home, 'AppData', 'Roaming');
    return win32.join(appData, 'Dispatch Analytics');
  }
  if (p.platform === 'darwin')
    return posix.join(p.home, 'Library', 'Application Support', 'Dispatch Analytics');
  // XDG: an empty or relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = p.env.XDG_DATA_HOME;
  const base = xdg && posix.isAbsolute(xdg) ? xdg : posix.join(p.home, '.local', 'share');
  return posix.join(base, 'dispatch-analytics');
}

/** The data folder: the explicit flag, else $DISPATCH_ANALYTICS_DATA_DIR, else the platform default. */
export function resolveDataDir(
  flag: string | undefined,
  p: PathEnvironment = currentPathEnvironment(),
): string {
  if (flag) return resolve(flag);
  const fromEnv = p.env[DATA_DIR_ENV];
  if (fromEnv) return resolve(fromEnv);
  return defaultDataDir(p);
}

export function storePathIn(dataDir: string): string {
  return join(dataDir, DB_FILE_NAME);
}
