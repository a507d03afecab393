// The app:// protocol's answers, without Electron (pure, unit-tested): which file of out/renderer a request
// gets, and the headers it goes out with. The CSP travels as a header here because session-level header hooks
// do not see custom protocols. Traversal is refused by the same resolver `serve` uses.
import { CONTENT_SECURITY_POLICY } from '../api/content-security-policy';
import { contentTypeOf, resolveStaticFile } from '../api/static-files';
import { APP_HOST, APP_SCHEME } from './renderer-url';

export interface AppProtocolHit {
  file: string;
  contentType: string;
}

/** The file for an app:// request, or null (another host, a path outside the folder, nothing there). */
export function resolveAppRequest(requestUrl: string, rendererDir: string): AppProtocolHit | null {
  const url = URL.parse(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  const file = resolveStaticFile(rendererDir, url.pathname);
  return file === null ? null : { file, contentType: contentTypeOf(file) };
}

export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
}

export const APP_NOT_FOUND_HEADERS: Record<string, string> = appResponseHeaders('text/plain; charset=utf-8');
