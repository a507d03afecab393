// The page's navigation follows the shell's 'app:navigate' event, through the typed client both transports
// build (createDispatchApi) over a plain event emitter standing for IPC / SSE.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createDispatchApi } from '../../../src/shared/contract/dispatch-api';
import type { AppScreen } from '../../../src/shared/contract/navigation-schemas';
import { followNavigateEvents } from '../../../src/renderer/src/state/follow-navigate-events';

function transport() {
  const bus = new EventEmitter();
  const api = createDispatchApi(
    () => Promise.resolve({ ok: true, data: null }),
    (event, listener) => {
      bus.on(event, listener);
      return () => void bus.off(event, listener);
    },
  );
  return { api, send: (event: string, payload: unknown) => bus.emit(event, payload) };
}

describe('followNavigateEvents', () => {
  it('switches to the screen the shell names', () => {
    const { api, send } = transport();
    const shown: AppScreen[] = [];
    followNavigateEvents(api, (s) => shown.push(s));
    send('app:navigate', { screen: 'reports' });
    send('app:navigate', { screen: 'dashboard' });
    expect(shown).toEqual(['reports', 'dashboard']);
  });

  it('ignores an unknown screen or a malformed payload, and other events', () => {
    const { api, send } = transport();
    const shown: AppScreen[] = [];
    followNavigateEvents(api, (s) => shown.push(s));
    send('app:navigate', { screen: 'admin' });
    send('app:navigate', 'reports');
    send('sync:finished', { screen: 'reports' });
    expect(shown).toEqual([]);
  });

  it('stops when unsubscribed', () => {
    const { api, send } = transport();
    const shown: AppScreen[] = [];
    const off = followNavigateEvents(api, (s) => shown.push(s));
    off();
    send('app:navigate', { screen: 'reports' });
    expect(shown).toEqual([]);
  });
});
