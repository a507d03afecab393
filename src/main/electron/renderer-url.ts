// Where the window's page comes from, without Electron (pure, unit-tested): the app's own `app://renderer`
// origin in production, or the electron-vite dev server in development, and only when that is safe.
import { LOOPBACK_HOSTS } from '../api/http-transport';

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The dev server URL to load instead of the app's files, or null. ELECTRON_RENDERER_URL is honoured only in an
 * unpackaged app and only for http(s) on loopback: anything else would let an environment variable hand the
 * window (and its preload API, which reaches the store and the password) to a remote page.
 */
export function devServerUrlFrom(value: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || !value) return null;
  const url = URL.parse(value);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  if (url.username || url.password) return null;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return LOOPBACK_HOSTS.has(host) ? url.href : null;
}

/**
 * `scheme://host[:port]` of a URL, or null. Node's URL gives the origin "null" for schemes it does not know
 * (app:), while Chromium treats our privileged standard scheme as a real origin: compare this instead.
 */
export function originOf(url: string): string | null {
  const u = URL.parse(url);
  if (!u || !u.host) return null;
  return `${u.protocol}//${u.host}`;
}
