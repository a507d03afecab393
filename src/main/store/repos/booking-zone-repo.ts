// A booking's scheduled instant is its naive local time resolved in the company's zone when it was written
// (companies.time_zone records that zone). When the zone setting changes, every instant must be resolved again:
// delays compare boarding instants with them, and a sync re-reads only its recent window.
import { instantResolver } from '../../../shared/time';
import type { Db } from '../open-store';

/**
 * Resolves every stored booking of the company again in `timeZone` and records that zone on the company, when it
 * differs from the recorded one (the caller owns the transaction). Returns the number of bookings updated.
 */
export function rezoneBookings(db: Db, companyId: number, timeZone: string): number {
  const sqlite = db.$client;
  const zone = sqlite.prepare('SELECT time_zone FROM companies WHERE id = ?').pluck().get(companyId) as
    string | undefined;
  if (zone === undefined || zone === timeZone) return 0;
  const rows = sqlite
    .prepare('SELECT id, scheduled_local FROM bookings WHERE company_id = ? AND scheduled_local IS NOT NULL')
    .raw()
    .all(companyId) as Array<[number, string]>;
  const update = sqlite.prepare('UPDATE bookings SET scheduled_at = ? WHERE id = ?');
  const instantOf = instantResolver(timeZone);
  for (const [id, local] of rows) update.run(instantOf(local), id);
  sqlite.prepare('UPDATE companies SET time_zone = ? WHERE id = ?').run(timeZone, companyId);
  return rows.length;
}
