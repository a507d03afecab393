// An event the shell sends before the page listens (a clicked notice's screen, sent right after the page's first
// API call, which now leaves before React has loaded) reaches the first listener instead of being lost.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createDispatchApi } from '../../../src/shared/contract/dispatch-api';
import { withEarlyEvents } from '../../../src/renderer/src/api/early-events';
import { followNavigateEvents } from '../../../src/renderer/src/state/follow-navigate-events';
import type { AppScreen } from '../../../src/shared/contract/navigation-schemas';

function transport() {
  const bus = new EventEmitter();
  const api = createDispatchApi(
    (channel) => Promise.resolve({ ok: true, data: channel }),
    (event, listener) => {
      bus.on(event, listener);
      return () => void bus.off(event, listener);
    },
  );
  return { api, bus, send: (event: string, payload: unknown) => bus.emit(event, payload) };
}

describe('withEarlyEvents', () => {
  it('hands an app:navigate sent before anyone listened to the first listener, then the live ones', () => {
    const { api, send } = transport();
    const early = withEarlyEvents(api, ['app:navigate']);
    send('app:navigate', { screen: 'reports' });
    const shown: AppScreen[] = [];
    followNavigateEvents(early, (s) => shown.push(s));
    expect(shown).toEqual(['reports']);
    send('app:navigate', { screen: 'settings' });
    expect(shown).toEqual(['reports', 'settings']);
  });

  it('replays once: a second listener gets only what comes after it, and the recording stops', () => {
    const { api, bus, send } = transport();
    const early = withEarlyEvents(api, ['app:navigate']);
    send('app:navigate', { screen: 'reports' });
    const first: unknown[] = [];
    const stop = early.on('app:navigate', (p) => first.push(p));
    stop();
    const second: unknown[] = [];
    early.on('app:navigate', (p) => second.push(p));
    expect(first).toEqual([{ screen: 'reports' }]);
    expect(second).toEqual([]);
    expect(bus.listenerCount('app:navigate')).toBe(1);
  });

  it('leaves other events and the calls alone', async () => {
    const { api, send } = transport();
    const early = withEarlyEvents(api, ['app:navigate']);
    send('sync:finished', { ok: true });
    const seen: unknown[] = [];
    early.on('sync:finished', (p) => seen.push(p));
    expect(seen).toEqual([]);
    await expect(early.getSettings()).resolves.toEqual({ ok: true, data: 'settings:get-settings' });
  });
});
