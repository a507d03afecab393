// The access token and the login that gets it. The server allows 5 login attempts a minute per address,
// counting failures, and its refresh endpoint never works (docs/dispatch-api.md#login), so: one login in
// flight at a time (a shared promise), never more than `loginLimitPerMinute` attempts in any 60 s (counted
// here), a 429 means waiting a full minute, and a wrong password is reported at once instead of being retried
// into a lock-out.
import { tokenRenewAt } from './jwt-claims';
import { httpAttempt, TransportFailure, tryParseJson, type FetchFn } from './http-attempt';
import {
  isRetryableStatus,
  retryDelayMs,
  transportRetryDelayMs,
  type RetryNotice,
  type RetryOptions,
} from './retry-policy';
import { loginResponseSchema } from './atmr-schemas';
import { parseWire } from './parse-wire';
import { cancelledError, SyncError, SyncPayloadError } from './sync-errors';
import { offlineError, serverError } from './client-errors';
import { msg } from '../../shared/i18n';

export interface SessionDeps {
  baseUrl: string;
  email: string;
  getPassword: () => Promise<string>;
  fetch: FetchFn;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  timeoutMs: number;
  retry: RetryOptions;
  random: () => number;
  loginLimitPerMinute: number;
  maxBodyBytes?: number;
  /** called before each login attempt; throws when the sync's request budget is spent */
  beforeRequest?: () => void;
}

const WINDOW_MS = 60_000;
// A safety margin on the server's minute, and the gap kept between two logins.
const WINDOW_SLACK_MS = 1_000;
const MIN_LOGIN_GAP_MS = 1_000;
const MAX_RATE_LIMIT_WAITS = 3;

export interface AtmrSession {
  /** A token that is valid for a while yet; logs in (once, shared) when there is none or it is about to expire. */
  token(signal?: AbortSignal, onRetry?: (notice: RetryNotice) => void): Promise<string>;
  /** The server rejected `token` (or may have: production answers an expired token with a bare 500). */
  invalidate(token: string): void;
  loginAttempts(): number;
}

export function createAtmrSession(deps: SessionDeps): AtmrSession {
  let current: { token: string; renewAt: number } | null = null;
  let inflight: Promise<string> | null = null;
  const attempts: number[] = [];
  let totalAttempts = 0;

  async function waitForLoginSlot(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = deps.now();
      while (attempts.length > 0 && attempts[0]! <= now - WINDOW_MS - WINDOW_SLACK_MS) attempts.shift();
      const last = attempts[attempts.length - 1];
      let waitMs = last === undefined ? 0 : last + MIN_LOGIN_GAP_MS - now;
      if (attempts.length >= deps.loginLimitPerMinute) {
        waitMs = Math.max(waitMs, attempts[0]! + WINDOW_MS + WINDOW_SLACK_MS - now);
      }
      if (waitMs <= 0) return;
      await deps.sleep(waitMs, signal);
    }
  }

  async function login(signal?: AbortSignal, onRetry?: (notice: RetryNotice) => void): Promise<string> {
    const url = `${deps.baseUrl}/api/v1/auth/login`;
    let rateLimitWaits = 0;
    let unreachable = 0;
    const wait = async (notice: RetryNotice) => {
      onRetry?.(notice);
      await sleepOrCancel(() => deps.sleep(notice.nextInMs, signal), signal);
    };
    for (let attempt = 1; ; attempt++) {
      await sleepOrCancel(() => waitForLoginSlot(signal), signal);
      deps.beforeRequest?.();
      attempts.push(deps.now());
      totalAttempts++;
      const body = JSON.stringify({ email: deps.email, password: await deps.getPassword() });
      let answer;
      try {
        answer = await httpAttempt(
          deps.fetch,
          url,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body,
          },
          deps.timeoutMs,
          signal,
          deps.maxBodyBytes,
        );
      } catch (err) {
        if (!(err instanceof TransportFailure)) throw err;
        if (err.reason === 'unreachable') {
          // Never reached the server, so it does not count against its login limit.
          attempts.pop();
          unreachable++;
        }
        const delay = transportRetryDelayMs(err.reason, { attempt, unreachable }, deps.retry, deps.random);
        if (delay === null) throw offlineError(deps.baseUrl, err);
        await wait({ attempt: attempt + 1, reason: err.message, nextInMs: delay });
        continue;
      }
      if (answer.status === 200) {
        const token = readLoginToken(answer.text);
        current = { token, renewAt: tokenRenewAt(token, deps.now()) };
        return token;
      }
      if (answer.status === 401 || answer.status === 400) throw credentialsError(deps.email, answer.status);
      if (answer.status === 429) {
        rateLimitWaits++;
        if (rateLimitWaits > MAX_RATE_LIMIT_WAITS) throw rateLimitedError();
        // No Retry-After on this server: its window is one minute. Wait it out, a little more to be safe.
        const waitMs = WINDOW_MS + WINDOW_SLACK_MS + Math.round(deps.random() * 2_000);
        onRetry?.({ attempt: attempt + 1, reason: 'HTTP 429', nextInMs: waitMs });
        try {
          await deps.sleep(waitMs, signal);
        } catch {
          throw rateLimitedError();
        }
        continue;
      }
      if (isRetryableStatus(answer.status) && attempt < deps.retry.maxAttempts) {
        const delay = retryDelayMs(
          attempt,
          answer.headers.get('retry-after'),
          deps.now(),
          deps.retry,
          deps.random,
        );
        await wait({ attempt: attempt + 1, reason: `HTTP ${answer.status}`, nextInMs: delay });
        continue;
      }
      throw serverError('login', null, answer);
    }
  }

  return {
    token(signal, onRetry) {
      if (current && deps.now() < current.renewAt) return Promise.resolve(current.token);
      if (!inflight) {
        // Shared by every caller that arrives meanwhile; its retries are told to the caller that started it.
        inflight = login(signal, onRetry).finally(() => {
          inflight = null;
        });
      }
      return inflight;
    },
    invalidate(token) {
      if (current?.token === token) current = null;
    },
    loginAttempts: () => totalAttempts,
  };
}

async function sleepOrCancel(wait: () => Promise<void>, signal?: AbortSignal): Promise<void> {
  try {
    await wait();
  } catch (err) {
    if (signal?.aborted) throw cancelledError();
    throw err;
  }
}

/** The token of a login answer. A payload error names the field but never quotes it: the value is a secret. */
function readLoginToken(text: string): string {
  try {
    return parseWire(loginResponseSchema, tryParseJson(text), { endpoint: 'login' }).token;
  } catch (err) {
    if (!(err instanceof SyncPayloadError)) throw err;
    throw new SyncPayloadError(
      'login',
      null,
      err.field,
      'expected {"token": "<JWT>"} (the value is not shown)',
    );
  }
}

function credentialsError(email: string, status: number): SyncError {
  return new SyncError('auth', msg('sync.errors.credentials', { email }), { status });
}

function rateLimitedError(): SyncError {
  return new SyncError('rate-limited', msg('sync.errors.loginRateLimited'), { status: 429 });
}
