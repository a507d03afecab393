// What sync:get-status and app:get-info read from the store (the log and the days written).
import { desc } from 'drizzle-orm';
import type { Db } from '../store/open-store';
import { syncLog } from '../store/schema';
import { getCompany } from '../store/repos/company-repo';
import { dataThrough, lastSuccessfulSync } from '../store/repos/sync-state-repo';
import type { IsoDate, Lang } from '../../shared/analytics-types';
import { isMessageKey, translate } from '../../shared/i18n';

export interface StoredSyncState {
  lastSync: {
    finishedAt: number | null;
    status: 'running' | 'success' | 'failed' | 'cancelled';
    error: string | null;
  } | null;
  lastSuccessAt: number | null;
  /** the last day written completely, never later than today (a sync also reads tomorrow's planned bookings) */
  dataThrough: IsoDate | null;
}

export function readStoredSyncState(db: Db, today: IsoDate, lang: Lang): StoredSyncState {
  const last = db.select().from(syncLog).orderBy(desc(syncLog.startedAt), desc(syncLog.id)).limit(1).get();
  const success = lastSuccessfulSync(db);
  const company = getCompany(db);
  const through = company ? dataThrough(db, company.id) : null;
  return {
    lastSync: last
      ? {
          finishedAt: last.finishedAt ?? null,
          status: last.status as 'running' | 'success' | 'failed' | 'cancelled',
          error: last.error === null || last.error === undefined ? null : storedErrorText(lang, last.error),
        }
      : null,
    lastSuccessAt: success?.finishedAt ?? null,
    dataThrough: through && through > today ? today : through,
  };
}

/**
 * A sync_log error for a reader: a catalogue key (e.g. an interrupted sync) is translated; anything else is the
 * failure's own text, shown as written.
 */
export function storedErrorText(lang: Lang, error: string): string {
  return isMessageKey(error) ? translate(lang, error) : error;
}

export function isoOrNull(ms: number | null | undefined): string | null {
  return ms === null || ms === undefined ? null : new Date(ms).toISOString();
}
