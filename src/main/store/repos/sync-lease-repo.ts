// The cross-process sync lease (table sync_lease, one row). Taking it is one IMMEDIATE transaction — read the row,
// decide, write — so two processes starting a sync at the same moment cannot both win: SQLite's write lock orders
// them and the second reads the first's row.
import type { Db } from '../open-store';

export interface SyncLeaseHolder {
  pid: number;
  host: string;
  token: string;
  acquiredAt: number;
  expiresAt: number;
}

export interface LeaseClaim {
  pid: number;
  host: string;
  token: string;
  now: number;
  ttlMs: number;
  /** whether a process of this host still runs (a dead holder's lease is taken over at once) */
  isAlive: (pid: number) => boolean;
}

export type LeaseOutcome =
  { acquired: true; tookOverFrom: SyncLeaseHolder | null } | { acquired: false; holder: SyncLeaseHolder };

const SELECT = `SELECT owner_pid AS pid, owner_host AS host, token, acquired_at AS acquiredAt, expires_at AS expiresAt
                FROM sync_lease WHERE id = 1`;

export function readSyncLease(db: Db): SyncLeaseHolder | null {
  return (db.$client.prepare(SELECT).get() as SyncLeaseHolder | undefined) ?? null;
}

/** Whether the holder's lease no longer counts: expired, or its process is gone from this host. */
export function isStaleLease(holder: SyncLeaseHolder, claim: Pick<LeaseClaim, 'now' | 'host' | 'isAlive'>) {
  return holder.expiresAt <= claim.now || (holder.host === claim.host && !claim.isAlive(holder.pid));
}

export function tryAcquireSyncLease(db: Db, claim: LeaseClaim): LeaseOutcome {
  const take = db.$client.transaction((): LeaseOutcome => {
    const holder = readSyncLease(db);
    if (holder && holder.token !== claim.token && !isStaleLease(holder, claim)) {
      return { acquired: false, holder };
    }
    db.$client
      .prepare(
        `INSERT INTO sync_lease (id, owner_pid, owner_host, token, acquired_at, expires_at)
         VALUES (1, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET owner_pid = excluded.owner_pid, owner_host = excluded.owner_host,
           token = excluded.token, acquired_at = excluded.acquired_at, expires_at = excluded.expires_at`,
      )
      .run(claim.pid, claim.host, claim.token, claim.now, claim.now + claim.ttlMs);
    return { acquired: true, tookOverFrom: holder && holder.token !== claim.token ? holder : null };
  });
  return take.immediate();
}

/** Pushes the expiry of our lease; false when it is no longer ours (taken over after it expired). */
export function renewSyncLease(db: Db, token: string, expiresAt: number): boolean {
  return (
    db.$client
      .prepare('UPDATE sync_lease SET expires_at = ? WHERE id = 1 AND token = ?')
      .run(expiresAt, token).changes > 0
  );
}

export function releaseSyncLease(db: Db, token: string): void {
  db.$client.prepare('DELETE FROM sync_lease WHERE id = 1 AND token = ?').run(token);
}
