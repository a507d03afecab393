// The DispatchApi over HTTP, for the UI served by `dispatch-analytics serve`: POST /api/<channel>, events over
// SSE (GET /api/events). The page authenticates with the HttpOnly session cookie `serve` set when it loaded
// with `?token=` or `?code=`; tools and tests pass the token, sent in a header. Also picks the transport: the
// Electron preload's window.api when present.
import { createDispatchApi, type DispatchApi } from './contract/dispatch-api';
import {
  isApiEventName,
  API_EVENTS,
  type ApiChannel,
  type ApiEventName,
  type ApiResult,
} from './contract/channels';
import { msg, translateMessage, type Message } from './i18n';

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

/** `token`: sent in a header (tools, tests); null in the browser, where the session cookie goes by itself. */
export function createHttpApiClient(
  baseUrl: string,
  token: string | null,
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
        headers: { 'content-type': 'application/json', ...(token ? { [API_TOKEN_HEADER]: token } : {}) },
        body: JSON.stringify(input ?? {}),
        // Our own origin only: a redirect would take the token header elsewhere.
        redirect: 'error',
      });
    } catch {
      return failure('external', 'network', msg('errors.serveUnreachable'));
    }
    if (res.status === 401) return failure('external', 'unauthorized', msg('errors.noToken'));
    try {
      return (await res.json()) as ApiResult<unknown>;
    } catch {
      return failure('internal', 'bad_response', msg('errors.badResponse', { status: res.status }));
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
      // No token in the URL (it would sit in logs and history): the browser's EventSource sends the cookie.
      source = new EventSourceImpl(`${base}/api/events`);
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

/**
 * A failure worded here, where the app's language is unknown (the app that knows it did not answer): it carries
 * the catalogue key, and the UI translates it into its language. `message` is the French text, for logs.
 */
function failure(kind: 'external' | 'internal', code: string, message: Message): ApiResult<never> {
  const params = message.params as Record<string, string | number> | undefined;
  return {
    ok: false,
    error: {
      kind,
      code,
      message: translateMessage('fr', message),
      key: message.key,
      ...(params ? { params } : {}),
    },
  };
}

interface BrowserLike {
  api?: DispatchApi;
  location: { href: string; origin: string };
  history?: { replaceState(data: unknown, unused: string, url?: string): void };
}

/** The page URL without the one-time `code` or the `token` it was opened with; null when it has neither. */
export function urlWithoutCredentials(href: string): string | null {
  const url = new URL(href);
  if (!url.searchParams.has('token') && !url.searchParams.has('code')) return null;
  url.searchParams.delete('token');
  url.searchParams.delete('code');
  return url.toString();
}

/**
 * The API the UI uses: Electron's preload (`window.api`) when present, else HTTP to the page's own origin,
 * authenticated by the session cookie. The `?token=` / `?code=` the page was opened with has done its job (the
 * server exchanged it for the cookie while serving this page): it is taken out of the address bar and the
 * history entry at once, and kept nowhere.
 */
export function resolveDispatchApi(win: BrowserLike): DispatchApi {
  if (win.api) return win.api;
  const cleaned = urlWithoutCredentials(win.location.href);
  if (cleaned !== null) win.history?.replaceState(null, '', cleaned);
  return createHttpApiClient(win.location.origin, null);
}
