// One HTTP attempt with its own timeout. Tells apart the ways it can end without an answer: the caller cancelled
// (rethrown as the cancellation), the timeout fired, the host could not be reached at all, or the connection broke.
// Every request carries credentials (the password at login, the token after), so redirects are never followed:
// fetch would re-send the body and headers wherever a 307/308 points. A redirect ends the request with an error
// naming its target. The body is read as a stream and counted, so a server cannot make the app buffer more than
// `maxBodyBytes`.
import { blockedPortError } from './blocked-port';
import { redirectError } from './redirect-error';
import { bodyTooLargeError, DEFAULT_RESPONSE_LIMITS } from './response-limits';
import { cancelledError, SyncError } from './sync-errors';

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
  maxBodyBytes: number = DEFAULT_RESPONSE_LIMITS.maxBodyBytes,
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
    const res = await fetchFn(url, { ...init, redirect: 'manual', signal: controller.signal });
    if (isRedirect(res.status)) {
      await res.body?.cancel().catch(() => undefined);
      throw redirectError(url, res.status, res.headers.get('location'));
    }
    // The body is read under the same timeout: a server that stalls mid-body is as dead as one that never answers.
    const text = await readCappedText(res, url, maxBodyBytes);
    return { status: res.status, headers: res.headers, text };
  } catch (err) {
    if (err instanceof SyncError) throw err;
    if (signal?.aborted) throw cancelledError();
    // Refused by fetch itself before connecting: no retry helps, the address must change.
    const blocked = blockedPortError(url, err);
    if (blocked) throw blocked;
    if (timedOut) throw new TransportFailure('timeout', `no answer within ${timeoutMs} ms`, { cause: err });
    const code = errorCode(err);
    const reason = code !== null && UNREACHABLE_CODES.has(code) ? 'unreachable' : 'network';
    throw new TransportFailure(reason, code ?? (err as Error).message, { cause: err });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCancel);
  }
}

// 304 is a cache answer, not a redirect (and never sent to a request without validators).
function isRedirect(status: number): boolean {
  return status >= 300 && status < 400 && status !== 304;
}

/**
 * The body as text, refusing past `maxBytes`: a declared Content-Length over the cap fails before reading, and
 * the bytes are counted as they arrive (after decompression, so a small gzip bomb is caught too).
 */
async function readCappedText(res: Response, url: string, maxBytes: number): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw bodyTooLargeError(url, maxBytes);
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw bodyTooLargeError(url, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
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
