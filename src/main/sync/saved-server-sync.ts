// One bounded sync from the server saved in the settings, for a process without the app's sync controller:
// `schedule run-due` brings a report's data up to date before sending it (a system timer runs only run-due).
// The same sync service, client and password rule as the app: only the password saved for this very origin.
// It never switches the store to another source or company (that is the app's or `sync --replace`'s decision,
// with its backup): it only reads the store's own server.
import type { Db } from '../store/open-store';
import type { SecretStore } from '../secrets/secret-store';
import { serverPasswords } from '../secrets/server-password';
import { readSection, serverOrigin, serverProfileOf } from '../settings';
import { dataSourceId, plannedSwitch } from '../store/repos/data-source-repo';
import { msg } from '../../shared/i18n';
import { createAtmrClient } from './atmr-client';
import { createSyncService } from './sync-service';
import { SyncError } from './sync-errors';

export type SavedServerSync = { status: 'synced' | 'no-server' } | { status: 'failed'; error: unknown };

export async function syncSavedServer(opts: {
  db: Db;
  secrets: SecretStore;
  now: () => number;
  /** the whole sync's bound: a slow or silent server must not hold the reports back (they go out stale) */
  timeoutMs: number;
  /** a password given by the environment (DISPATCH_PASSWORD, as for `sync`), before the saved one */
  envPassword?: string;
}): Promise<SavedServerSync> {
  const { db } = opts;
  const profile = serverProfileOf(readSection(db, 'server'));
  if (!profile) return { status: 'no-server' };
  const origin = serverOrigin(profile.url);
  try {
    const passwords = serverPasswords(opts.secrets);
    await passwords.bindLegacyPassword(origin);
    const password = opts.envPassword || (origin ? await passwords.get(origin) : null);
    if (!password)
      throw new SyncError('config', msg('sync.errors.noPassword', { origin: origin ?? profile.url }));
    const client = createAtmrClient({
      baseUrl: profile.url,
      email: profile.email,
      getPassword: async () => password,
      now: opts.now,
    });
    const sourceId = dataSourceId(profile);
    const result = await createSyncService({ db, client, now: opts.now }).run({
      signal: AbortSignal.timeout(opts.timeoutMs),
      acceptCompany: (company, stored) => {
        if ((stored && stored.id !== company.id) || plannedSwitch(db, sourceId) === 'replace')
          throw new SyncError('config', msg('sync.errors.switchNotHere', { server: profile.url }));
      },
    });
    return result.status === 'success'
      ? { status: 'synced' }
      : { status: 'failed', error: new SyncError('offline', msg('sync.errors.reportSyncTimeout')) };
  } catch (error) {
    return { status: 'failed', error };
  }
}
