// Registers and serves the app:// protocol the window loads its page from (see app-protocol.ts for the pure
// part). The scheme must be declared privileged before the app is ready: standard (real origin, relative URLs),
// secure (like https: no mixed-content downgrade), fetch allowed for the page's own assets.
import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { APP_NOT_FOUND_HEADERS, appResponseHeaders, resolveAppRequest } from './app-protocol';
import { APP_SCHEME } from './renderer-url';

/** Call at startup, before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function installAppProtocol(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: APP_NOT_FOUND_HEADERS });
    }
    const hit = resolveAppRequest(request.url, rendererDir);
    if (!hit) return new Response('Not found', { status: 404, headers: APP_NOT_FOUND_HEADERS });
    try {
      return new Response(await readFile(hit.file), {
        status: 200,
        headers: appResponseHeaders(hit.contentType),
      });
    } catch {
      return new Response('Not found', { status: 404, headers: APP_NOT_FOUND_HEADERS });
    }
  });
}
