// Is an IPC message (or a navigation) from our own page? Only the top frame of our window, at the app's origin
// (app://renderer, or the loopback dev server in development), may call the API: not an iframe, not a page
// navigated elsewhere, not a file:// page. An origin check needs a real origin, which is why the renderer is
// served from the app:// protocol instead of file:// (where every local file shares one origin).
import { APP_ORIGIN, originOf } from './renderer-url';

export interface RendererLocation {
  /** the dev server URL (ELECTRON_RENDERER_URL, loopback only), or null in production */
  devServerUrl: string | null;
}

export function rendererOrigin(where: RendererLocation): string {
  return (where.devServerUrl && originOf(where.devServerUrl)) || APP_ORIGIN;
}

export function isTrustedRendererUrl(frameUrl: string, where: RendererLocation): boolean {
  const origin = originOf(frameUrl);
  return origin !== null && origin === rendererOrigin(where);
}
