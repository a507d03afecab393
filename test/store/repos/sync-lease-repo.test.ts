// The sync lease's row, through its repo on a real store (the two-process test of the same lease spawns the CLI):
// a holder renewing by claiming again takes nothing over, a lease counts until the millisecond it expires, and
// releasing or renewing with someone else's token changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  isStaleLease,
  readSyncLease,
  releaseSyncLease,
  renewSyncLease,
  tryAcquireSyncLease,
} from '../../../src/main/store/repos/sync-lease-repo';
import { createTestDb, type TestDb } from '../../helpers/test-db';

const T = Date.UTC(2026, 11, 1, 8, 0);
let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.dispose());

const claim = (over: Partial<Parameters<typeof tryAcquireSyncLease>[1]> = {}) => ({
  pid: 10,
  host: 'here',
  token: 'ours',
  now: T,
  ttlMs: 60_000,
  isAlive: () => true,
  ...over,
});

describe('tryAcquireSyncLease', () => {
  it('a free lease: taken, nobody taken over, the row written whole', () => {
    expect(readSyncLease(t.db)).toBeNull();
    expect(tryAcquireSyncLease(t.db, claim())).toEqual({ acquired: true, tookOverFrom: null });
    expect(readSyncLease(t.db)).toEqual({
      pid: 10,
      host: 'here',
      token: 'ours',
      acquiredAt: T,
      expiresAt: T + 60_000,
    });
  });

  it('the holder claiming again keeps it (a renewal), taking over from nobody', () => {
    tryAcquireSyncLease(t.db, claim());
    expect(tryAcquireSyncLease(t.db, claim({ now: T + 5_000 }))).toEqual({
      acquired: true,
      tookOverFrom: null,
    });
    expect(readSyncLease(t.db)!.expiresAt).toBe(T + 65_000);
  });

  it('another claim is refused up to the last millisecond, and takes over at expiry', () => {
    tryAcquireSyncLease(t.db, claim());
    const other = { token: 'theirs', pid: 11 };
    expect(tryAcquireSyncLease(t.db, claim({ ...other, now: T + 59_999 }))).toEqual({
      acquired: false,
      holder: { pid: 10, host: 'here', token: 'ours', acquiredAt: T, expiresAt: T + 60_000 },
    });
    const taken = tryAcquireSyncLease(t.db, claim({ ...other, now: T + 60_000 }));
    expect(taken).toEqual({
      acquired: true,
      tookOverFrom: { pid: 10, host: 'here', token: 'ours', acquiredAt: T, expiresAt: T + 60_000 },
    });
    expect(readSyncLease(t.db)).toMatchObject({ pid: 11, token: 'theirs', acquiredAt: T + 60_000 });
  });
});

describe('isStaleLease', () => {
  const holder = { pid: 10, host: 'here', token: 'ours', acquiredAt: T, expiresAt: T + 60_000 };
  it('expired, or its process gone from this host; another host’s pid means nothing here', () => {
    expect(isStaleLease(holder, { now: T + 59_999, host: 'here', isAlive: () => true })).toBe(false);
    expect(isStaleLease(holder, { now: T + 60_000, host: 'here', isAlive: () => true })).toBe(true);
    expect(isStaleLease(holder, { now: T, host: 'here', isAlive: (pid) => pid !== 10 })).toBe(true);
    expect(isStaleLease(holder, { now: T, host: 'elsewhere', isAlive: () => false })).toBe(false);
  });
});

describe('renew and release', () => {
  it('only with the holder’s token', () => {
    tryAcquireSyncLease(t.db, claim());
    expect(renewSyncLease(t.db, 'theirs', T + 999_999)).toBe(false);
    releaseSyncLease(t.db, 'theirs');
    expect(readSyncLease(t.db)).toMatchObject({ token: 'ours', expiresAt: T + 60_000 });
    expect(renewSyncLease(t.db, 'ours', T + 120_000)).toBe(true);
    expect(readSyncLease(t.db)!.expiresAt).toBe(T + 120_000);
    releaseSyncLease(t.db, 'ours');
    expect(readSyncLease(t.db)).toBeNull();
    expect(renewSyncLease(t.db, 'ours', T + 180_000)).toBe(false);
  });
});
