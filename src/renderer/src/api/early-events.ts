// The app's events that may arrive before anything listens. The desktop shell sends a clicked notice's screen
// ('app:navigate') right after the page's first API call, and that call now leaves before React (and the
// navigation that listens) has even loaded: such an event is kept and handed to the first listener instead of lost.
import type { ApiEventName } from '../../../shared/contract/channels';
import type { DispatchApi } from '../../../shared/contract/dispatch-api';

/** `api` whose `events` are recorded from now on until their first listener subscribes, then replayed to it. */
export function withEarlyEvents(api: DispatchApi, events: readonly ApiEventName[]): DispatchApi {
  const early = new Map<ApiEventName, { payloads: unknown[]; stop: () => void }>();
  for (const event of events) {
    const payloads: unknown[] = [];
    early.set(event, { payloads, stop: api.on(event, (p) => payloads.push(p)) });
  }
  const on: DispatchApi['on'] = (event, listener) => {
    const waiting = early.get(event);
    const unsubscribe = api.on(event, listener);
    if (waiting) {
      early.delete(event);
      waiting.stop();
      for (const p of waiting.payloads) listener(p as Parameters<typeof listener>[0]);
    }
    return unsubscribe;
  };
  return Object.assign(Object.create(api) as DispatchApi, { on });
}
