// Is an IPC message from our own page? Only the top frame of our window, loaded from the app's files (or the
// dev server in development), may call the API: not an iframe, not a page navigated elsewhere.

export interface RendererLocation {
  /** the dev server origin (ELECTRON_RENDERER_URL), or null in production */
  devServerUrl: string | null;
  /** absolute path of out/renderer/index.html in production */
  indexHtmlPath: string;
}

export function isTrustedRendererUrl(frameUrl: string, where: RendererLocation): boolean {
  let url: URL;
  try {
    url = new URL(frameUrl);
  } catch {
    return false;
  }
  if (where.devServerUrl) return url.origin === new URL(where.devServerUrl).origin;
  if (url.protocol !== 'file:') return false;
  const expected = new URL(
    `file://${where.indexHtmlPath.startsWith('/') ? '' : '/'}${where.indexHtmlPath.replace(/\\/g, '/')}`,
  );
  return decodeURIComponent(url.pathname) === decodeURIComponent(expected.pathname);
}
