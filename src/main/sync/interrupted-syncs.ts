// A sync killed mid-way (SIGKILL, power cut, app force-quit) leaves its sync_log row at 'running' forever. When
// a new sync starts, it holds the store's sync lease (sync-lease.ts), so no other sync of this store runs in any
// process and such rows are closed as failed with what happened. The row stores the catalogue key, not a
// sentence: readers translate it into their reader's language (see storedErrorText in api/sync-status-query.ts).
import type { MessageKey } from '../../shared/i18n';
import type { Db } from '../store/open-store';

export const INTERRUPTED_MESSAGE: MessageKey = 'sync.errors.interrupted';

export function closeInterruptedSyncs(db: Db, now: number): number {
  return db.$client
    .prepare(`UPDATE sync_log SET status = 'failed', finished_at = ?, error = ? WHERE status = 'running'`)
    .run(now, INTERRUPTED_MESSAGE).changes;
}
