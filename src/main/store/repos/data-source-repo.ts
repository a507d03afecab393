// Which dispatch server the store's data came from. Demo data and a real server's data must never mix (one
// store holds one company): when the source changes, the synced data is cleared — but only once the new source
// has answered (login accepted, company read), after a backup: a typo in an address must never cost the store.
// Settings, the sync log and job history are kept.
import type { Db } from '../open-store';
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
  'dispatch_metrics',
  'daily_stats',
  'sync_days',
  'companies',
];

/**
 * What switching to `sourceId` would do: nothing (same source), adopt the store as it is (no recorded source:
 * filled by `demo seed` or `sync` from the CLI), or replace its synced data.
 */
export function plannedSwitch(db: Db, sourceId: string): 'none' | 'adopt' | 'replace' {
  const current = getSetting<string | null>(db, KEY, null);
  return current === sourceId ? 'none' : current === null ? 'adopt' : 'replace';
}

/**
 * Clears the synced data when the store's recorded source differs from `sourceId`; returns whether it did.
 * A store with no recorded source is adopted as it is. DANGER: call it only once the new source has answered
 * (the sync service's acceptCompany), after a backup, never before the first request.
 */
export function switchDataSource(db: Db, sourceId: string, now: number): boolean {
  const current = getSetting<string | null>(db, KEY, null);
  if (current === sourceId) return false;
  const wipe = current !== null;
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
