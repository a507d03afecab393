// How much the store holds, so a read command can say "nothing synced yet" or "not aggregated yet" instead of
// printing an empty report.
import type { Db } from '../open-store';

export interface StoreContents {
  /** bookings not marked deleted */
  bookings: number;
  /** aggregated days (daily_stats rows) */
  stats: number;
}

export function storeContents(db: Db): StoreContents {
  return db.$client
    .prepare(
      `SELECT (SELECT count(*) FROM bookings WHERE deleted_at IS NULL) AS bookings,
              (SELECT count(*) FROM daily_stats) AS stats`,
    )
    .get() as StoreContents;
}
