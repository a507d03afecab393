// The ATMR v1 API as the sync needs it: validated, normalised records, retries and re-login handled here so
// the sync service only sees records or a SyncError with a kind and a sentence.
import type {
  AssignmentRecord,
  BookingRecord,
  CompanyRecord,
  DriverRecord,
  RunRecord,
} from '../domain/records';
import type { IsoDate } from '../../shared/analytics-types';
import {
  companySchema,
  driversResponseSchema,
  reservationsPageSchema,
  runDetailSchema,
  runsListSchema,
} from './atmr-schemas';
import { serverError, offlineError } from './client-errors';
import { httpAttempt, TransportFailure, tryParseJson, type FetchFn, type HttpAnswer } from './http-attempt';
import {
  normalizeAssignment,
  normalizeBooking,
  normalizeCompany,
  normalizeDriver,
  normalizeRun,
} from './normalize';
import { parseWire } from './parse-wire';
import { createAtmrSession } from './atmr-session';
import {
  DEFAULT_RETRY,
  isRetryableStatus,
  retryDelayMs,
  sleepWithSignal,
  transportRetryDelayMs,
  type RetryNotice,
  type RetryOptions,
} from './retry-policy';
import { cancelledError, SyncError, SyncPayloadError } from './sync-errors';
import { collectDayReservations } from './reservations-pager';
import { collectRuns } from './runs-pager';
import { connectTimeoutFetch } from './connect-timeout-fetch';
import { DEFAULT_RESPONSE_LIMITS, tooManyRequestsError, type ResponseLimits } from './response-limits';

export interface AtmrClientOptions {
  /** e.g. https://atmr.example.ch (no /api/v1) */
  baseUrl: string;
  email: string;
  /** asked at each login, so the password is never kept by the client */
  getPassword: () => Promise<string>;
  fetch?: FetchFn;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  random?: () => number;
  loginLimitPerMinute?: number;
  /** bounds on what the server can make this client do; one client serves one sync */
  limits?: Partial<ResponseLimits>;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** told before each wait for another attempt (of this call, or of the login it triggered) */
  onRetry?: (notice: RetryNotice) => void;
}

export interface RunWithAssignments {
  run: RunRecord;
  assignments: AssignmentRecord[];
}

export interface AtmrClient {
  readonly baseUrl: string;
  getCompany(opts?: CallOptions): Promise<CompanyRecord>;
  getDrivers(opts?: CallOptions): Promise<DriverRecord[]>;
  /** every booking scheduled on that local day, however many pages it takes */
  getReservations(day: IsoDate, opts?: CallOptions): Promise<BookingRecord[]>;
  /** runs of days ≥ `until` (plus the unfinished ones the server lists first) */
  listRuns(opts: { until: IsoDate } & CallOptions): Promise<RunRecord[]>;
  /** the run and its assignments, or null when the server no longer has it */
  getRun(id: number, opts?: CallOptions): Promise<RunWithAssignments | null>;
  stats(): { requests: number; loginAttempts: number };
}

export interface AtmrGet {
  getJson(path: string, query: Record<string, string>, where: Where, opts?: CallOptions): Promise<unknown>;
}

export interface Where {
  endpoint: string;
  day?: string | null;
}

export function createAtmrClient(options: AtmrClientOptions): AtmrClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const fetchFn = options.fetch ?? connectTimeoutFetch;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? sleepWithSignal;
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retry: RetryOptions = { ...DEFAULT_RETRY, ...options.retry };
  const limits: ResponseLimits = { ...DEFAULT_RESPONSE_LIMITS, ...options.limits };
  let requests = 0;
  // Every request counts against the sync's budget, logins and retries included: a server answering with
  // endless pages or endless retryable errors must not keep the sync busy for hours.
  const spendRequest = () => {
    if (requests + session.loginAttempts() >= limits.maxRequestsPerSync) {
      throw tooManyRequestsError(limits.maxRequestsPerSync);
    }
  };
  const session = createAtmrSession({
    baseUrl,
    email: options.email,
    getPassword: options.getPassword,
    fetch: fetchFn,
    now,
    sleep,
    timeoutMs,
    retry,
    random,
    loginLimitPerMinute: options.loginLimitPerMinute ?? 5,
    maxBodyBytes: limits.maxBodyBytes,
    beforeRequest: spendRequest,
  });
  let companyId: Promise<number> | null = null;

  async function getJson(path: string, query: Record<string, string>, where: Where, opts: CallOptions = {}) {
    const { signal, onRetry } = opts;
    const url = `${baseUrl}/api/v1${path}${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''}`;
    let reloggedIn = false;
    let unreachable = 0;
    for (let attempt = 1; ;) {
      if (signal?.aborted) throw cancelledError();
      const token = await session.token(signal, onRetry);
      let answer: HttpAnswer;
      spendRequest();
      try {
        requests++;
        const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
        answer = await httpAttempt(fetchFn, url, { headers }, timeoutMs, signal, limits.maxBodyBytes);
      } catch (err) {
        if (!(err instanceof TransportFailure)) throw err;
        if (err.reason === 'unreachable') unreachable++;
        const delay = transportRetryDelayMs(err.reason, { attempt, unreachable }, retry, random);
        if (delay === null) throw offlineError(baseUrl, err);
        attempt++;
        await pause({ attempt, reason: err.message, nextInMs: delay }, onRetry, signal);
        continue;
      }
      if (answer.status === 200) {
        const body = tryParseJson(answer.text);
        if (body === undefined) {
          throw new SyncPayloadError(
            where.endpoint,
            where.day ?? null,
            '',
            `expected JSON, got ${JSON.stringify(answer.text.slice(0, 60))}`,
          );
        }
        return body;
      }
      // Re-login at most once per request: a second failure is not an expired token.
      if (!reloggedIn && looksLikeAuthFailure(answer)) {
        reloggedIn = true;
        session.invalidate(token);
        continue;
      }
      if (isRetryableStatus(answer.status) && attempt < retry.maxAttempts) {
        const delay = retryDelayMs(attempt, answer.headers.get('retry-after'), now(), retry, random);
        attempt++;
        await pause({ attempt, reason: `HTTP ${answer.status}`, nextInMs: delay }, onRetry, signal);
        continue;
      }
      throw serverError(where.endpoint, where.day ?? null, answer);
    }
  }

  async function pause(notice: RetryNotice, onRetry: CallOptions['onRetry'], signal?: AbortSignal) {
    onRetry?.(notice);
    try {
      await sleep(notice.nextInMs, signal);
    } catch (err) {
      if (signal?.aborted) throw cancelledError();
      throw err;
    }
  }

  const http: AtmrGet = { getJson };

  async function getCompany(opts?: CallOptions): Promise<CompanyRecord> {
    const body = await getJson('/companies/me', {}, { endpoint: 'companies/me' }, opts);
    const company = normalizeCompany(parseWire(companySchema, body, { endpoint: 'companies/me' }));
    companyId = Promise.resolve(company.id);
    return company;
  }

  function knownCompanyId(opts?: CallOptions): Promise<number> {
    if (!companyId) {
      companyId = getCompany(opts).then((c) => c.id);
      companyId.catch(() => {
        companyId = null;
      });
    }
    return companyId;
  }

  return {
    baseUrl,
    getCompany,
    async getDrivers(opts) {
      const id = await knownCompanyId(opts);
      const body = await getJson('/companies/me/drivers', {}, { endpoint: 'drivers' }, opts);
      const wire = parseWire(driversResponseSchema, body, { endpoint: 'drivers' });
      return wire.drivers.map((d) => normalizeDriver(d, id));
    },
    async getReservations(day, opts) {
      const id = await knownCompanyId(opts);
      const wire = await collectDayReservations(
        http,
        day,
        opts,
        (data, page) =>
          parseWire(reservationsPageSchema, data, {
            endpoint: 'reservations',
            day: page > 1 ? `${day} (page ${page})` : day,
          }),
        limits.maxPagesPerDay,
      );
      return wire.map((b) => normalizeBooking(b, id));
    },
    async listRuns({ until, ...opts }) {
      const id = await knownCompanyId(opts);
      const wire = await collectRuns(http, until, opts, (data) =>
        parseWire(runsListSchema, data, { endpoint: 'runs' }),
      );
      return wire.map((r) => normalizeRun(r, id));
    },
    async getRun(runId, opts) {
      const id = await knownCompanyId(opts);
      let body: unknown;
      try {
        body = await getJson(`/company_dispatch/runs/${runId}`, {}, { endpoint: `run ${runId}` }, opts);
      } catch (err) {
        if (err instanceof SyncError && err.status === 404) return null;
        throw err;
      }
      const wire = parseWire(runDetailSchema, body, { endpoint: `run ${runId}` });
      return { run: normalizeRun(wire, id), assignments: wire.assignments.map(normalizeAssignment) };
    },
    stats: () => ({ requests, loginAttempts: session.loginAttempts() }),
  };
}

/**
 * Production answers an expired token with a bare 500 {"message": "Internal Server Error"}, indistinguishable
 * from a crash (docs/dispatch-api.md#expired-token); dev mode says 401/422. Either way: maybe expired → log
 * in again, once.
 */
export function looksLikeAuthFailure(answer: HttpAnswer): boolean {
  if (answer.status === 401) return true;
  const body = tryParseJson(answer.text);
  if (answer.status === 422) return (body as { error?: unknown } | undefined)?.error === 'invalid_token';
  if (answer.status !== 500 || typeof body !== 'object' || body === null) return false;
  const keys = Object.keys(body);
  return keys.length === 1 && (body as { message?: unknown }).message === 'Internal Server Error';
}
