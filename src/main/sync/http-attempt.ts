// One HTTP attempt with its own timeout. Tells apart the ways it can end without an answer: the caller cancelled
// (rethrown as the cancellation), the timeout fired, the host could not be reached at all, or the connection broke.
import { cancelledError } from './sync-errors';

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * 'unreachable': no connection was ever made (refused, DNS, no route): the request never reached the server and
 * the machine is most likely offline or the address wrong, so it is worth only a couple of quick retries.
 * 'timeout' / 'network': the server was reached (or may have been) and went quiet or dropped the connection:
 * typical of a busy or restarting server, worth the longer backoff.
 */
export type TransportFailureReason = 'timeout' | 'network' | 'unreachable';

// Node's and undici's codes for a connection that was never established.
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export class TransportFailure extends Error {
  override name = 'TransportFailure';
  constructor(
    readonly reason: TransportFailureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export async function httpAttempt(
  fetchFn: FetchFn,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<HttpAnswer> {
  if (signal?.aborted) throw cancelledError();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCancel = () => controller.abort();
  signal?.addEventListener('abort', onCancel, { once: true });
  try {
    const res = await fetchFn(url, { ...init, signal: controller.signal });
    // The body is read under the same timeout: a server that stalls mid-body is as dead as one that never answers.
    const text = await res.text();
    return { status: res.status, headers: res.headers, text };
  } catch (err) {
    if (signal?.aborted) throw cancelledError();
    if (timedOut) throw new TransportFailure('timeout', `no answer within ${timeoutMs} ms`, { cause: err });
    const code = errorCode(err);
    const reason = code !== null && UNREACHABLE_CODES.has(code) ? 'unreachable' : 'network';
    throw new TransportFailure(reason, code ?? (err as Error).message, { cause: err });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCancel);
  }
}

/** fetch wraps the socket error: TypeError('fetch failed', { cause }), the cause possibly an AggregateError. */
function errorCode(err: unknown): string | null {
  const cause = (err as { cause?: { code?: unknown; errors?: { code?: unknown }[] } } | null)?.cause;
  const code = cause?.code ?? cause?.errors?.find((e) => typeof e?.code === 'string')?.code;
  return typeof code === 'string' ? code : null;
}

export function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
