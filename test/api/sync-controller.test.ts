import { describe, expect, it } from 'vitest';
import { createApiEvents } from '../../src/main/api/api-events';
import {
  createSyncController,
  type RunSync,
  type SyncControllerOptions,
} from '../../src/main/api/sync-controller';
import { SyncError } from '../../src/main/sync/sync-errors';
import { createManualTimers } from './helpers/fake-timers';
import { msg } from '../../src/shared/i18n';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

function setup(runSync: RunSync, intervalMinutes = 15, extra: Partial<SyncControllerOptions> = {}) {
  const clock = createManualTimers();
  const events = createApiEvents();
  const seen: Array<{ event: string; payload: unknown }> = [];
  events.subscribe((event, payload) => seen.push({ event, payload }));
  const controller = createSyncController({
    runSync,
    events,
    now: clock.now,
    lang: () => 'en',
    intervalMinutes,
    timers: clock.timers,
    ...extra,
  });
  return { clock, events, seen, controller };
}

describe('sync controller', () => {
  it('runs one sync at a time and reports progress then the outcome', async () => {
    const gate = deferred<{ daysSynced: number; bookingsSynced: number }>();
    let calls = 0;
    const { controller, seen } = setup(async ({ onProgress }) => {
      calls++;
      onProgress({ phase: 'day', dayIndex: 1, dayCount: 3, day: '2026-03-01', bookingsSoFar: 10 });
      return gate.promise;
    });
    expect(controller.start()).toEqual({ started: true });
    expect(controller.start()).toEqual({ started: false });
    await Promise.resolve();
    await Promise.resolve();
    expect(controller.state().running).toBe(true);
    expect(controller.state().progress?.dayIndex).toBe(1);
    gate.resolve({ daysSynced: 3, bookingsSynced: 42 });
    await controller.whenIdle();
    expect(calls).toBe(1);
    expect(controller.state()).toMatchObject({ running: false, progress: null, lastError: null });
    expect(seen.map((s) => s.event)).toEqual(['sync:progress', 'sync:finished']);
    expect(seen[1]!.payload).toMatchObject({
      status: 'success',
      daysSynced: 3,
      bookingsSynced: 42,
      error: null,
    });
  });

  it('cancels through the AbortSignal and reports cancelled, not an error', async () => {
    const { controller, seen } = setup(
      ({ signal }) =>
        new Promise((_res, rej) => signal.addEventListener('abort', () => rej(new Error('aborted')))),
    );
    controller.start();
    await Promise.resolve();
    expect(controller.cancel()).toEqual({ cancelled: true });
    expect(controller.cancel()).toEqual({ cancelled: false });
    await controller.whenIdle();
    expect(seen.at(-1)!.payload).toMatchObject({ status: 'cancelled', error: null });
    expect(controller.state().lastError).toBeNull();
  });

  it('turns a failure into an error with a kind and the module’s sentence in the UI language', async () => {
    const { controller, seen } = setup(async () => {
      throw new SyncError('offline', msg('sync.errors.offlineUnreachable', { server: 'x', detail: 'y' }));
    });
    controller.start();
    await controller.whenIdle();
    expect(seen.at(-1)!.payload).toMatchObject({
      status: 'failed',
      error: { kind: 'external', code: 'offline', message: /^The server x cannot be reached \(y\)/ },
    });
    expect(controller.state().lastError?.code).toBe('offline');
  });

  it('syncs periodically, re-plans after each sync and stops when told', async () => {
    let calls = 0;
    const { controller, clock } = setup(async () => {
      calls++;
      return { daysSynced: 1, bookingsSynced: 1 };
    }, 15);
    controller.schedule();
    expect(controller.state().nextSyncAt).toBe(clock.now() + 15 * 60_000);
    clock.advance(14 * 60_000);
    expect(calls).toBe(0);
    clock.advance(60_000);
    await controller.whenIdle();
    expect(calls).toBe(1);
    clock.advance(15 * 60_000);
    await controller.whenIdle();
    expect(calls).toBe(2);
    controller.schedule(0);
    expect(controller.state().nextSyncAt).toBeNull();
    clock.advance(60 * 60_000);
    expect(calls).toBe(2);
  });

  it('reports no next sync while automatic syncs are not allowed, and the time again once they are', async () => {
    let allowed = false;
    let calls = 0;
    const { controller, clock } = setup(
      async () => {
        calls++;
        return {};
      },
      15,
      { autoSyncAllowed: () => allowed },
    );
    controller.schedule();
    expect(controller.state().nextSyncAt).toBeNull();
    clock.advance(15 * 60_000);
    await controller.whenIdle();
    expect(calls).toBe(0);
    expect(controller.state().nextSyncAt).toBeNull();
    allowed = true;
    expect(controller.state().nextSyncAt).toBe(clock.now() + 15 * 60_000);
  });

  it('syncs on resume from sleep, and stop() cancels and refuses new syncs', async () => {
    let calls = 0;
    const { controller, clock } = setup(async () => {
      calls++;
      return {};
    });
    controller.onResume();
    await controller.whenIdle();
    expect(calls).toBe(1);
    expect(clock.pendingCount()).toBe(1);
    await controller.stop();
    expect(clock.pendingCount()).toBe(0);
    expect(controller.start()).toEqual({ started: false });
  });
});
