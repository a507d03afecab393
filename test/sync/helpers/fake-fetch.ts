// A fake clock and a scripted fetch for unit tests of the client: no sockets, no real waiting.
import { fakeJwt } from '../fixtures/atmr-payloads';

export interface FakeClock {
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  advance(ms: number): void;
  sleeps: number[];
}

export function fakeClock(start = Date.UTC(2026, 2, 10, 9, 0)): FakeClock {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleeps,
    advance(ms) {
      t += ms;
    },
    async sleep(ms, signal) {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      t += ms;
    },
  };
}

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  token: string | null;
  at: number;
  /** the status answered (set once the handler ran; 0 for a network error) */
  status?: number;
}

export type Handler = (
  call: Call,
) => { status: number; body?: unknown; headers?: Record<string, string> } | 'network-error';

export function scriptedFetch(clock: FakeClock, handler: Handler, opts: { ttlSeconds?: number } = {}) {
  const calls: Call[] = [];
  const logins: number[] = [];
  const fetchFn = async (input: string, init?: RequestInit): Promise<Response> => {
    const url = new URL(input);
    const headers = new Headers(init?.headers);
    const auth = headers.get('authorization');
    const call: Call = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      token: auth ? auth.replace(/^Bearer /, '') : null,
      at: clock.now(),
    };
    calls.push(call);
    const answer = handler(call);
    call.status = answer === 'network-error' ? 0 : answer.status;
    if (answer === 'network-error') throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    if (call.path.endsWith('/auth/login') && answer.status === 200) logins.push(call.at);
    return new Response(answer.body === undefined ? '' : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...answer.headers },
    });
  };
  const ttl = opts.ttlSeconds ?? 3600;
  return {
    fetch: fetchFn,
    calls,
    logins,
    /** a login answer whose token is valid for `ttl` seconds from the fake now */
    loginOk: () => {
      const iat = Math.floor(clock.now() / 1000);
      return {
        status: 200,
        body: {
          message: 'Connexion réussie',
          token: fakeJwt({ iat, exp: iat + ttl }),
          refresh_token: 'r.r.r',
        },
      };
    },
  };
}
