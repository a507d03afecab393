// The app's event hub: the sync controller emits, the transports (IPC, SSE) forward to the UI.
import type { ApiEventName } from '../../shared/contract/channels';
import type { ApiEventPayload } from '../../shared/api-contract';

export type ApiEventListener = <E extends ApiEventName>(event: E, payload: ApiEventPayload<E>) => void;

export interface ApiEvents {
  emit<E extends ApiEventName>(event: E, payload: ApiEventPayload<E>): void;
  /** Receives every event; returns the function that unsubscribes. */
  subscribe(listener: ApiEventListener): () => void;
}

export function createApiEvents(): ApiEvents {
  const listeners = new Set<ApiEventListener>();
  return {
    emit(event, payload) {
      for (const listener of [...listeners]) {
        // A failing transport (closed socket, destroyed window) must not stop the others or the sync.
        try {
          listener(event, payload);
        } catch {
          /* ignored on purpose */
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
