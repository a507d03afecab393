// When and how long to wait before trying a request again. Pure: the clock and randomness are passed in.
import type { TransportFailureReason } from './http-attempt';

export interface RetryOptions {
  /** attempts in all, the first one included */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** a Retry-After longer than this is not honoured: the request fails instead of hanging the sync */
  maxRetryAfterMs: number;
  /**
   * attempts in all when the host cannot be reached at all (refused, DNS, no route): the machine is offline or the
   * address is wrong, and the user should hear it within seconds, not after a minute of backoff
   */
  unreachableMaxAttempts: number;
  unreachableBaseDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 15_000,
  maxRetryAfterMs: 120_000,
  // 3 attempts, waits of 0.2–0.4 s then 0.4–0.8 s: a verdict in about a second plus the connection attempts.
  unreachableMaxAttempts: 3,
  unreachableBaseDelayMs: 400,
};

/** Told before each wait for another attempt: the sync shows it ("Retrying… (2)"). */
export interface RetryNotice {
  /** the attempt about to be made (2 for the first retry) */
  attempt: number;
  /** why, in a word a support person can use: 'ECONNREFUSED', 'timeout', 'HTTP 503'… */
  reason: string;
  nextInMs: number;
}

/** 429 and the gateway errors are worth retrying; 400/401/403/404 mean the request itself is wrong. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 502 || status === 503 || status === 504;
}

/**
 * Capped exponential backoff with "equal jitter": half of the step is fixed, half random, so concurrent
 * fetchers that failed together do not come back together. `attempt` is the attempt that just failed (1-based).
 */
export function backoffDelayMs(attempt: number, options: RetryOptions, random: () => number): number {
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}

/** Retry-After as seconds or an HTTP date → ms to wait, or null when absent/unreadable. */
export function parseRetryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export function retryDelayMs(
  attempt: number,
  retryAfterHeader: string | null,
  now: number,
  options: RetryOptions,
  random: () => number,
): number {
  const retryAfter = parseRetryAfterMs(retryAfterHeader, now);
  if (retryAfter !== null) return Math.min(retryAfter, options.maxRetryAfterMs);
  return backoffDelayMs(attempt, options, random);
}

/**
 * The wait before trying again after an attempt that got no answer, or null to give up (the caller reports the
 * server offline). `attempt` counts every attempt of the request so far, `unreachable` those that never connected.
 */
export function transportRetryDelayMs(
  reason: TransportFailureReason,
  counts: { attempt: number; unreachable: number },
  options: RetryOptions,
  random: () => number,
): number | null {
  if (counts.attempt >= options.maxAttempts) return null;
  if (reason !== 'unreachable') return backoffDelayMs(counts.attempt, options, random);
  if (counts.unreachable >= options.unreachableMaxAttempts) return null;
  const quick = {
    ...options,
    baseDelayMs: options.unreachableBaseDelayMs,
    maxDelayMs: options.unreachableBaseDelayMs * 4,
  };
  return backoffDelayMs(counts.unreachable, quick, random);
}

/** setTimeout as a promise that rejects with the signal's reason when cancelled. */
export function sleepWithSignal(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
