// Locks down every web contents of the app (PITFALLS.md, Electron security): CSP header on our responses, no
// permission ever granted, no navigation away from the app, no new windows; allowed links go to the browser.
import { app, shell, type Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../api/content-security-policy';
import { withDevServerAllowances } from './dev-server-csp';
import { isAllowedExternalUrl } from './external-links';
import { isTrustedRendererUrl, type RendererLocation } from './trusted-sender';

export function installWebSecurity(
  session: Session,
  where: RendererLocation,
  extraHosts: () => string[],
): void {
  const policy = where.devServerUrl
    ? withDevServerAllowances(CONTENT_SECURITY_POLICY)
    : CONTENT_SECURITY_POLICY;
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [policy],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedRendererUrl(url, where)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedRendererUrl(url, where)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url, extraHosts())) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
