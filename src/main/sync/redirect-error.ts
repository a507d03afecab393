// The error for a redirect answered to any request of the sync. Redirects are never followed (they would carry
// the password or the token to wherever they point), so the user is told where it pointed and what to change.
// The documented http→https redirect of the real server (docs/dispatch-api.md#https) gets its own sentence: the
// address in the settings should simply start with https://.
import { SyncError } from './sync-errors';

export function redirectError(requestUrl: string, status: number, location: string | null): SyncError {
  const from = new URL(requestUrl);
  const target = location === null ? null : URL.parse(location, requestUrl);
  if (target && isHttpsUpgrade(from, target)) {
    return new SyncError(
      'server',
      {
        fr: `Le serveur ${from.origin} redirige vers ${target.origin} (HTTP ${status}) : utilisez ${target.origin} comme adresse du serveur dans les réglages (ou --server). La redirection n’est pas suivie, pour que le mot de passe ne parte jamais en clair.`,
        en: `The server ${from.origin} redirects to ${target.origin} (HTTP ${status}): use ${target.origin} as the server address in the settings (or --server). The redirect is not followed, so the password is never sent in clear.`,
      },
      { status },
    );
  }
  // Origin and path only: a query string in the target is none of the user's business and may carry secrets.
  const where = target ? `${target.origin}${target.pathname}` : null;
  return new SyncError(
    'server',
    {
      fr: `Le serveur ${from.origin} répond par une redirection (HTTP ${status}) vers ${where ?? 'une adresse illisible'}. Elle n’est pas suivie, pour ne pas envoyer le mot de passe ailleurs : vérifiez l’adresse du serveur dans les réglages (ou --server).`,
      en: `The server ${from.origin} answers with a redirect (HTTP ${status}) to ${where ?? 'an unreadable address'}. It is not followed, so the password is not sent elsewhere: check the server address in the settings (or --server).`,
    },
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
