// Ports that Node's fetch refuses before any connection ("bad port": the Fetch standard's port blocking, the same
// list browsers use, e.g. 5060 for SIP or 6000 for X11). Nothing on the network is wrong and no retry can help,
// so it is said at once, with the port to use instead, rather than after a minute of "unreachable" retries.
import { msg } from '../../shared/i18n';
import { SyncError } from './sync-errors';

/** The SyncError for a request fetch refused for its port, or null when `err` is something else. */
export function blockedPortError(url: string, err: unknown): SyncError | null {
  const cause = (err as { cause?: unknown } | null)?.cause;
  if (!(cause instanceof Error) || cause.message !== 'bad port') return null;
  const target = new URL(url);
  const https = target.protocol === 'https:';
  return new SyncError(
    'config',
    msg('sync.errors.blockedPort', {
      port: target.port,
      server: target.origin,
      usual: https ? 443 : 80,
      other: https ? 8443 : 8080,
    }),
    { cause: err },
  );
}
