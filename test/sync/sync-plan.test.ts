import { describe, expect, it } from 'vitest';
import { planSyncDays } from '../../src/main/sync/sync-plan';
import { orderedPrefetch } from '../../src/main/sync/ordered-prefetch';
import {
  backoffDelayMs,
  DEFAULT_RETRY,
  parseRetryAfterMs,
  retryDelayMs,
} from '../../src/main/sync/retry-policy';
import type { SyncError } from '../../src/main/sync/sync-errors';

const settings = { historyDays: 30, windowDays: 7 };

describe('planSyncDays', () => {
  it('first sync: the whole history through tomorrow', () => {
    const plan = planSyncDays({ today: '2026-03-10', settings, syncedDays: new Set() });
    expect(plan.kind).toBe('backfill');
    expect(plan.days).toHaveLength(31);
    expect(plan.days[0]).toBe('2026-02-09');
    expect(plan.days[30]).toBe('2026-03-11');
  });

  it('later syncs: the window plus history days never written', () => {
    const synced = new Set(planSyncDays({ today: '2026-03-10', settings, syncedDays: new Set() }).days);
    synced.delete('2026-02-15');
    const plan = planSyncDays({ today: '2026-03-12', settings, syncedDays: synced });
    expect(plan.kind).toBe('incremental');
    expect(plan.days).toEqual([
      '2026-02-15',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
    ]);
  });

  it('an explicit range wins; a bad one is a config error', () => {
    expect(
      planSyncDays({
        today: '2026-03-10',
        settings,
        syncedDays: new Set(),
        from: '2026-02-27',
        to: '2026-03-01',
      }).days,
    ).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
    const bad = (from: string, to: string) => {
      try {
        planSyncDays({ today: '2026-03-10', settings, syncedDays: new Set(), from, to });
      } catch (e) {
        return e as SyncError;
      }
      return null;
    };
    expect(bad('2026-03-02', '2026-03-01')?.kind).toBe('config');
    expect(bad('2025-13-01', '2026-03-01')?.kind).toBe('config');
  });
});

describe('retry policy', () => {
  it('capped exponential backoff with jitter', () => {
    expect(backoffDelayMs(1, DEFAULT_RETRY, () => 0)).toBe(250);
    expect(backoffDelayMs(1, DEFAULT_RETRY, () => 1)).toBe(500);
    expect(backoffDelayMs(3, DEFAULT_RETRY, () => 1)).toBe(2000);
    expect(backoffDelayMs(30, DEFAULT_RETRY, () => 1)).toBe(DEFAULT_RETRY.maxDelayMs);
  });

  it('Retry-After in seconds or as a date, capped', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(parseRetryAfterMs('3', now)).toBe(3000);
    expect(parseRetryAfterMs(new Date(now + 10_000).toUTCString(), now)).toBe(10_000);
    expect(parseRetryAfterMs('soon', now)).toBeNull();
    expect(retryDelayMs(1, '3600', now, DEFAULT_RETRY, () => 0)).toBe(DEFAULT_RETRY.maxRetryAfterMs);
  });
});

describe('orderedPrefetch', () => {
  it('keeps at most `concurrency` fetches ahead and yields in order', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const started: number[] = [];
    const items = Array.from({ length: 20 }, (_, i) => i);
    const pf = orderedPrefetch(items, 4, async (item) => {
      started.push(item);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, (item * 7) % 5));
      inFlight--;
      return item * 10;
    });
    const out: number[] = [];
    for (let i = 0; i < items.length; i++) out.push(await pf.take(i));
    expect(out).toEqual(items.map((i) => i * 10));
    expect(maxInFlight).toBe(4);
    expect(started).toEqual(items);
  });

  it('stop() leaves no unhandled rejection behind', async () => {
    const pf = orderedPrefetch([1, 2, 3], 3, async (i) => {
      if (i > 1) throw new Error('boom');
      return i;
    });
    expect(await pf.take(0)).toBe(1);
    pf.stop();
    await new Promise((r) => setTimeout(r, 5));
  });
});
