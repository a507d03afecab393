// One sync per data folder across processes (the app, `serve`, a cron `sync`): the sync holds a lease row in the
// store, renewed while it runs. Its clock is the machine's real time on purpose: with DISPATCH_ANALYTICS_NOW
// fixing the business clock, a lease timed by it would never expire.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../store/open-store';
import {
  isStaleLease,
  readSyncLease,
  releaseSyncLease,
  renewSyncLease,
  tryAcquireSyncLease,
  type SyncLeaseHolder,
} from '../store/repos/sync-lease-repo';
import { SyncError } from './sync-errors';
import { storeMessage } from '../store/store-errors';

/** A lease not renewed for this long is free: its process hung or its machine slept. */
export const SYNC_LEASE_TTL_MS = 60_000;
const RENEW_EVERY_MS = SYNC_LEASE_TTL_MS / 4;

export interface SyncLease {
  token: string;
  release(): void;
}

export interface SyncLeaseOptions {
  clock?: () => number;
  pid?: number;
  host?: string;
  ttlMs?: number;
  isAlive?: (pid: number) => boolean;
}

/** Another sync holds the lease; `holder` says which process. */
export class SyncLeaseHeldError extends SyncError {
  override name = 'SyncLeaseHeldError';
  readonly holder: SyncLeaseHolder;
  constructor(holder: SyncLeaseHolder, thisHost: string) {
    const where = holder.host === thisHost ? '' : `, ${holder.host}`;
    super('already-running', storeMessage('store.syncRunning', { pid: holder.pid, where }));
    this.holder = holder;
  }
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as { code?: string }).code === 'EPERM';
  }
}

/** Takes the lease or throws SyncLeaseHeldError; the lease is renewed until `release()`. */
export function acquireSyncLease(db: Db, opts: SyncLeaseOptions = {}): SyncLease {
  const clock = opts.clock ?? Date.now;
  const ttlMs = opts.ttlMs ?? SYNC_LEASE_TTL_MS;
  const host = opts.host ?? hostname();
  const token = randomUUID();
  const outcome = tryAcquireSyncLease(db, {
    pid: opts.pid ?? process.pid,
    host,
    token,
    now: clock(),
    ttlMs,
    isAlive: opts.isAlive ?? processIsAlive,
  });
  if (!outcome.acquired) throw new SyncLeaseHeldError(outcome.holder, host);
  const timer = setInterval(
    () => {
      try {
        if (!renewSyncLease(db, token, clock() + ttlMs)) clearInterval(timer);
      } catch {
        // A busy or closed store: the next tick tries again, or the lease expires on its own.
      }
    },
    Math.min(RENEW_EVERY_MS, ttlMs / 4),
  );
  // The renewal alone must not keep a CLI process alive.
  timer.unref();
  let released = false;
  return {
    token,
    release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      try {
        releaseSyncLease(db, token);
      } catch {
        // The store is gone or full: the lease expires by itself.
      }
    },
  };
}

/** Who holds the lease now, if it still counts (for `sync --wait` and the error message). */
export function currentSyncLease(db: Db, opts: SyncLeaseOptions = {}): SyncLeaseHolder | null {
  const holder = readSyncLease(db);
  if (!holder) return null;
  const claim = {
    now: (opts.clock ?? Date.now)(),
    host: opts.host ?? hostname(),
    isAlive: opts.isAlive ?? processIsAlive,
  };
  return isStaleLease(holder, claim) ? null : holder;
}
