// The error for a redirect answered to any request of the sync. Redirects are never followed (they would carry
// the password or the token to wherever they point), so the user is told where it pointed and what to change.
// The documented http→https redirect of the real server (docs/dispatch-api.md#https) gets its own sentence: the
// address in the settings should simply start with https://.
import { msg } from '../../shared/i18n';
import { SyncError } from './sync-errors';

export function redirectError(requestUrl: string, status: number, location: string | null): SyncError {
  const from = new URL(requestUrl);
  const target = location === null ? null : URL.parse(location, requestUrl);
  if (target && isHttpsUpgrade(from, target)) {
    return new SyncError(
      'server',
      msg('sync.errors.redirectToHttps', { from: from.origin, to: target.origin, status }),
      { status },
    );
  }
  // Origin and path only: a query string in the target is none of the user's business and may carry secrets.
  const where = target ? `${target.origin}${target.pathname}` : null;
  return new SyncError(
    'server',
    where === null
      ? msg('sync.errors.redirectUnreadable', { from: from.origin, status })
      : msg('sync.errors.redirect', { from: from.origin, to: where, status }),
    { status },
  );
}

function isHttpsUpgrade(from: URL, to: URL): boolean {
  return (
    from.protocol === 'http:' &&
    to.protocol === 'https:' &&
    from.hostname === to.hostname &&
    from.pathname === to.pathname
  );
}
