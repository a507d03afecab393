// Which dispatch server the store's data came from. Demo data and a real server's data must never mix (one
// store holds one company): when the source changes to another company, the synced data is cleared — but only
// once the new source has answered (login accepted, company read), after a backup: a typo in an address must
// never cost the store. Another address of the same company (http://127.0.0.1:5052 → http://localhost:5052, a
// new host name) keeps the data: clearing it lost the history older than `sync.historyDays`. The app and the
// CLI follow the same rule (plannedSwitch). Settings, the sync log and job history are kept.
import type { Db } from '../open-store';
import { getCompany } from './company-repo';
import { getSetting, setSetting } from './settings-repo';

const KEY = 'data-source';

export type DataSourceKind = 'server' | 'demo';

/** A stable identity of a source: the embedded demo, or a server URL and account. */
export function dataSourceId(server: { url: string; email: string } | null): string {
  return server ? `server:${server.url}|${server.email.toLowerCase()}` : 'demo';
}

// Children before parents; every table filled by a sync or by the aggregation.
const SYNCED_TABLES = [
  'assignments',
  'bookings',
  'dispatch_runs',
  'drivers',
  'dispatch_metrics', // daily_stats is a view over it
  'booking_driver_days',
  'booking_hour_days',
  'booking_facility_days',
  'booking_status_days',
  'booking_delay_days',
  'booking_distance_days',
  'booking_rollup_state',
  'sync_days',
  'companies',
];

/** The company a server named when it answered (its id and name). */
export interface NamedCompany {
  id: number;
  name: string;
}

/**
 * What switching to `sourceId`, whose server named `company`, does to the store:
 * - `none`: same source, same company;
 * - `adopt`: no recorded source (filled by `demo seed` or an older CLI) or nothing synced yet, and nothing that
 *   says another company: the data stays, the source is recorded;
 * - `keep`: another address or account of the same company (same id and name, neither side the demo): the data
 *   stays (a backup first: the address changed), the next syncs bring it up to date;
 * - `replace`: another company, or between the demo and a server: backup, then the synced data is cleared.
 * Without `company` (a caller that does not know it yet) only the recorded source decides, as before.
 */
export function plannedSwitch(
  db: Db,
  sourceId: string,
  company?: NamedCompany,
): 'none' | 'adopt' | 'keep' | 'replace' {
  const current = recordedDataSource(db);
  const stored = getCompany(db);
  if (company && stored) {
    const sameId = stored.id === company.id;
    // The same recorded source may rename its company: its id decides.
    if (current === sourceId) return sameId ? 'none' : 'replace';
    // Elsewhere a bare id is not enough (two servers may both number their company 1): the name must agree too.
    const same = sameId && stored.name.trim().toLowerCase() === company.name.trim().toLowerCase();
    if (current === null) return same ? 'adopt' : 'replace';
    const demo = current === 'demo' || sourceId === 'demo';
    return same && !demo ? 'keep' : 'replace';
  }
  if (current === sourceId) return 'none';
  if (current === null || (company && !stored)) return 'adopt';
  return 'replace';
}

/**
 * Records `sourceId` as the store's source, clearing the synced data first when plannedSwitch says `replace`;
 * returns whether it cleared. DANGER: call it only once the new source has answered (the sync service's
 * acceptCompany), after a backup, never before the first request.
 */
export function switchDataSource(db: Db, sourceId: string, now: number, company?: NamedCompany): boolean {
  const planned = plannedSwitch(db, sourceId, company);
  if (planned === 'none') return false;
  const wipe = planned === 'replace';
  db.$client.transaction(() => {
    if (wipe) clearSyncedData(db);
    setSetting(db, KEY, sourceId, now);
  })();
  return wipe;
}

/**
 * Makes room for another company's data (`sync --replace`): clears the synced data, and records `sourceId` only
 * if the store recorded a source before (a store filled from the CLI stays unrecorded, so the app adopts it).
 */
export function replaceDataSource(db: Db, sourceId: string, now: number): void {
  db.$client.transaction(() => {
    clearSyncedData(db);
    if (recordedDataSource(db) !== null) setSetting(db, KEY, sourceId, now);
  })();
}

/** Deletes every synced row and the note of days left to aggregate; settings, sync log and jobs are kept. */
function clearSyncedData(db: Db): void {
  db.$client.transaction(() => {
    for (const table of SYNCED_TABLES) db.$client.prepare(`DELETE FROM ${table}`).run();
    db.$client.prepare("DELETE FROM settings WHERE key = 'sync.pending-aggregation'").run();
  })();
}

/** The source recorded for the store's data, or null when none was (empty store, or filled from the CLI). */
export function recordedDataSource(db: Db): string | null {
  return getSetting<string | null>(db, KEY, null);
}
