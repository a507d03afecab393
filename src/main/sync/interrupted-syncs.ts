// A sync killed mid-way (SIGKILL, power cut, app force-quit) leaves its sync_log row at 'running' forever. When
// a new sync starts, it holds the store's sync lease (sync-lease.ts), so no other sync of this store runs in any
// process and such rows are closed as failed with a sentence saying what happened.
import type { Db } from '../store/open-store';
import { failRunningSyncLogs } from '../store/repos/sync-state-repo';

export const INTERRUPTED_MESSAGE =
  'Synchronisation interrompue (processus arrêté) ; la synchronisation suivante a repris les jours manquants. / Sync interrupted (process stopped); the next sync picked up the missing days.';

export function closeInterruptedSyncs(db: Db, now: number): number {
  return failRunningSyncLogs(db, now, INTERRUPTED_MESSAGE);
}
