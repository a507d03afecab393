// A sync killed mid-way (SIGKILL, power cut, app force-quit) leaves its sync_log row at 'running' forever. When
// a new sync starts, it holds the store's sync lease (sync-lease.ts), so no other sync of this store runs in any
// process and such rows are closed as failed with a sentence saying what happened.
import type { Db } from '../store/open-store';

export const INTERRUPTED_MESSAGE =
  'Synchronisation interrompue (processus arrêté) ; la synchronisation suivante a repris les jours manquants. / Sync interrupted (process stopped); the next sync picked up the missing days.';

export function closeInterruptedSyncs(db: Db, now: number): number {
  return db.$client
    .prepare(`UPDATE sync_log SET status = 'failed', finished_at = ?, error = ? WHERE status = 'running'`)
    .run(now, INTERRUPTED_MESSAGE).changes;
}
