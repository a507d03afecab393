// The DispatchApi over HTTP, for the UI served by `dispatch-analytics serve`: POST /api/<channel> with the
// session token in a header, events over SSE (GET /api/events; EventSource cannot send headers, so the token
// goes in the query there). Also picks the transport: the Electron preload's window.api when present.
import { createDispatchApi, type DispatchApi } from './contract/dispatch-api';
import {
  isApiEventName,
  API_EVENTS,
  type ApiChannel,
  type ApiEventName,
  type ApiResult,
} from './contract/channels';

export const API_TOKEN_HEADER = 'x-dispatch-token';

interface EventSourceLike {
  addEventListener(type: string, listener: (ev: { data: string }) => void): void;
  close(): void;
}
type EventSourceCtor = new (url: string) => EventSourceLike;

export interface HttpApiClientOptions {
  fetch?: typeof fetch;
  /** defaults to the global EventSource (browsers); events are disabled without one */
  EventSource?: EventSourceCtor;
}

export function createHttpApiClient(
  baseUrl: string,
  token: string,
  options: HttpApiClientOptions = {},
): DispatchApi {
  const base = baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const EventSourceImpl =
    options.EventSource ?? (globalThis as { EventSource?: EventSourceCtor }).EventSource ?? undefined;

  async function invoke(channel: ApiChannel, input: unknown): Promise<ApiResult<unknown>> {
    let res: Response;
    try {
      res = await doFetch(`${base}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [API_TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return failure(
        'external',
        'network',
        'The app is not reachable: check that `dispatch-analytics serve` is still running.',
      );
    }
    if (res.status === 401) {
      return failure(
        'external',
        'unauthorized',
        'This page lost its access token: open the link printed by `serve` again.',
      );
    }
    try {
      return (await res.json()) as ApiResult<unknown>;
    } catch {
      return failure(
        'internal',
        'bad_response',
        `The app answered HTTP ${res.status} without a result; see its console.`,
      );
    }
  }

  // One EventSource shared by every listener, opened on the first subscription and closed after the last.
  const listeners = new Map<ApiEventName, Set<(payload: unknown) => void>>();
  let source: EventSourceLike | null = null;
  function subscribe(event: ApiEventName, listener: (payload: unknown) => void): () => void {
    if (!isApiEventName(event)) throw new Error(`Unknown API event: ${String(event)}`);
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(listener);
    if (!source && EventSourceImpl) {
      source = new EventSourceImpl(`${base}/api/events?token=${encodeURIComponent(token)}`);
      for (const name of API_EVENTS) {
        source.addEventListener(name, (ev) => {
          let payload: unknown;
          try {
            payload = JSON.parse(ev.data);
          } catch {
            return;
          }
          for (const fn of listeners.get(name) ?? []) fn(payload);
        });
      }
    }
    return () => {
      set.delete(listener);
      const remaining = [...listeners.values()].reduce((n, s) => n + s.size, 0);
      if (remaining === 0 && source) {
        source.close();
        source = null;
      }
    };
  }

  return createDispatchApi(invoke, subscribe);
}

function failure(kind: 'external' | 'internal', code: string, message: string): ApiResult<never> {
  return { ok: false, error: { kind, code, message } };
}

interface BrowserLike {
  api?: DispatchApi;
  location: { href: string; origin: string };
  sessionStorage?: { getItem(k: string): string | null; setItem(k: string, v: string): void };
}

const TOKEN_STORAGE_KEY = 'dispatch-analytics.token';

/**
 * The API the UI uses: Electron's preload (`window.api`) when present, else HTTP to the page's own origin with
 * the `?token=` of the page URL (kept in sessionStorage so a reload without it still works).
 */
export function resolveDispatchApi(win: BrowserLike): DispatchApi | null {
  if (win.api) return win.api;
  const fromUrl = new URL(win.location.href).searchParams.get('token');
  if (fromUrl) win.sessionStorage?.setItem(TOKEN_STORAGE_KEY, fromUrl);
  const token = fromUrl ?? win.sessionStorage?.getItem(TOKEN_STORAGE_KEY) ?? null;
  return token ? createHttpApiClient(win.location.origin, token) : null;
}
