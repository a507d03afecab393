// One HTTP attempt with its own timeout. Tells apart the three ways it can end without an answer: the caller
// cancelled (rethrown as the cancellation), the timeout fired, or the network failed.
import { cancelledError } from './sync-errors';

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

export class TransportFailure extends Error {
  override name = 'TransportFailure';
  constructor(
    readonly reason: 'timeout' | 'network',
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
    const cause = (err as { cause?: { code?: string } }).cause;
    throw new TransportFailure('network', cause?.code ?? (err as Error).message, { cause: err });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCancel);
  }
}

export function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
