import { describe, expect, it } from 'vitest';
import { createAtmrClient, type AtmrClientOptions } from '../../src/main/sync/atmr-client';
import { decodeJwtTiming } from '../../src/main/sync/jwt-claims';
import { SyncError } from '../../src/main/sync/sync-errors';
import * as fx from './fixtures/atmr-payloads';
import { fakeClock, scriptedFetch, type Call, type FakeClock, type Handler } from './helpers/fake-fetch';
import { translateMessage } from '../../src/shared/i18n';

const EXPIRED = { status: 500, body: { message: 'Internal Server Error' } };

function tokenExpired(call: Call, clock: FakeClock): boolean {
  const { exp } = decodeJwtTiming(call.token ?? '');
  return exp === null || exp * 1000 <= clock.now();
}

/** A server that answers like production: expired token → bare 500. `data` answers authenticated calls. */
function productionLike(
  clock: FakeClock,
  data: Handler,
  opts: { ttlSeconds?: number; login?: Handler } = {},
) {
  const server = scriptedFetch(
    clock,
    (call) => {
      if (call.path === '/api/v1/auth/login') return opts.login?.(call) ?? server.loginOk();
      if (tokenExpired(call, clock)) return EXPIRED;
      return data(call);
    },
    opts,
  );
  return server;
}

function client(
  clock: FakeClock,
  fetchFn: AtmrClientOptions['fetch'],
  extra: Partial<AtmrClientOptions> = {},
) {
  return createAtmrClient({
    baseUrl: 'http://dispatch.test/',
    email: 'dispatch@taxileman.ch',
    getPassword: async () => 'correct horse',
    fetch: fetchFn,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    timeoutMs: 1_000,
    ...extra,
  });
}

const company: Handler = (c) =>
  c.path === '/api/v1/companies/me'
    ? { status: 200, body: fx.companyMe }
    : { status: 200, body: fx.driversResponse };

describe('login and token', () => {
  it('logs in once for concurrent requests and sends the bearer token', async () => {
    const clock = fakeClock();
    const server = productionLike(clock, company);
    const c = client(clock, server.fetch);
    await Promise.all([c.getDrivers(), c.getDrivers(), c.getDrivers(), c.getCompany()]);
    expect(server.logins).toHaveLength(1);
    const login = server.calls[0]!;
    expect(login.method).toBe('POST');
    expect(
      server.calls
        .filter((x) => x.path !== '/api/v1/auth/login')
        .every((x) => x.token?.split('.').length === 3),
    ).toBe(true);
    expect(server.calls.some((x) => x.path.includes('refresh-token'))).toBe(false);
  });

  it('logs in again ~60 s before the token expires, without waiting for a failure', async () => {
    const clock = fakeClock();
    const server = productionLike(clock, company);
    const c = client(clock, server.fetch);
    await c.getCompany();
    clock.advance(3_545_000);
    await c.getCompany();
    expect(server.logins).toHaveLength(2);
    expect(server.calls.filter((x) => x.status === 500)).toHaveLength(0);
  });

  it('treats production’s bare 500 as a maybe-expired token: one re-login, then the call succeeds', async () => {
    const clock = fakeClock();
    let revoked = false;
    const server = productionLike(clock, (call) =>
      revoked && call.token === firstToken ? EXPIRED : { status: 200, body: fx.companyMe },
    );
    let firstToken: string | null = null;
    const c = client(clock, server.fetch);
    await c.getCompany();
    firstToken = server.calls[1]!.token;
    revoked = true; // e.g. the server restarted with another key
    clock.advance(2_000);
    await expect(c.getCompany()).resolves.toMatchObject({ id: 3 });
    expect(server.logins).toHaveLength(2);
  });

  it('a 500 that survives the re-login is a server error, and only one re-login happens', async () => {
    const clock = fakeClock();
    const server = productionLike(clock, () => EXPIRED);
    const c = client(clock, server.fetch);
    const err = await c.getCompany().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SyncError);
    expect((err as SyncError).kind).toBe('server');
    expect((err as SyncError).status).toBe(500);
    expect(server.logins).toHaveLength(2);
  });

  it('dev mode 401 token_expired also re-logs in once', async () => {
    const clock = fakeClock();
    let n = 0;
    const server = productionLike(clock, () =>
      n++ === 0
        ? { status: 401, body: { error: 'token_expired', message: 'Signature has expired' } }
        : { status: 200, body: fx.companyMe },
    );
    await client(clock, server.fetch).getCompany();
    expect(server.logins).toHaveLength(2);
  });

  it('wrong credentials: one attempt, a clear non-retryable auth error', async () => {
    const clock = fakeClock();
    const server = productionLike(clock, company, {
      login: () => ({ status: 401, body: { error: 'Email ou mot de passe invalide.' } }),
    });
    const err = (await client(clock, server.fetch)
      .getCompany()
      .catch((e: unknown) => e)) as SyncError;
    expect(err.kind).toBe('auth');
    expect(translateMessage('en', err.userMessage)).toContain('rejects the e-mail');
    expect(err.message).not.toContain('correct horse');
    expect(server.calls).toHaveLength(1);
  });

  it('a 429 on login waits at least a minute, then logs in', async () => {
    const clock = fakeClock();
    let first = true;
    const server = productionLike(clock, company, {
      login: () => {
        if (first) {
          first = false;
          return { status: 429, body: { message: '5 per 1 minute' } };
        }
        return server.loginOk();
      },
    });
    await client(clock, server.fetch).getCompany();
    expect(Math.max(...clock.sleeps)).toBeGreaterThanOrEqual(60_000);
    expect(server.calls.filter((c) => c.path === '/api/v1/auth/login')).toHaveLength(2);
  });

  it('a 429 wait that is cancelled fails with a clear rate-limit message', async () => {
    const clock = fakeClock();
    const abort = new AbortController();
    const server = productionLike(clock, company, {
      login: () => {
        abort.abort();
        return { status: 429, body: { message: '5 per 1 minute' } };
      },
    });
    const err = (await client(clock, server.fetch)
      .getCompany({ signal: abort.signal })
      .catch((e: unknown) => e)) as SyncError;
    expect(err.kind).toBe('rate-limited');
    expect(translateMessage('en', err.userMessage)).toContain('5 logins a minute');
  });

  it('never makes more than 5 login attempts in any minute, even with 1-second tokens', async () => {
    const clock = fakeClock();
    const server = productionLike(clock, company, { ttlSeconds: 1 });
    const c = client(clock, server.fetch);
    for (let i = 0; i < 15; i++) {
      await c.getCompany();
      clock.advance(1_500);
    }
    const attempts = server.calls.filter((x) => x.path === '/api/v1/auth/login').map((x) => x.at);
    expect(attempts.length).toBeGreaterThan(5);
    for (const t of attempts)
      expect(attempts.filter((u) => u >= t && u < t + 60_000).length).toBeLessThanOrEqual(5);
  });
});

describe('retries', () => {
  it('retries 503 bursts with backoff and honours Retry-After', async () => {
    const clock = fakeClock();
    let n = 0;
    const server = productionLike(clock, () => {
      n++;
      if (n === 1)
        return {
          status: 503,
          body: { error: 'Service en maintenance', message: 'Merci de réessayer plus tard' },
          headers: { 'retry-after': '7' },
        };
      if (n <= 3) return { status: 502, body: {} };
      return { status: 200, body: fx.companyMe };
    });
    await client(clock, server.fetch).getCompany();
    expect(clock.sleeps[0]).toBe(7_000);
    expect(clock.sleeps.slice(1)).toEqual([750, 1500]); // 500·2^(n-1) with half of it jittered (random = 0.5)
  });

  it('gives up after maxAttempts with a server error naming the endpoint', async () => {
    const clock = fakeClock();
    const server = productionLike(clock, () => ({
      status: 503,
      body: { error: 'Service en maintenance', message: 'Merci de réessayer plus tard' },
    }));
    const err = (await client(clock, server.fetch, { retry: { maxAttempts: 3 } })
      .getCompany()
      .catch((e: unknown) => e)) as SyncError;
    expect(err.kind).toBe('server');
    expect(err.message).toContain('companies/me');
    expect(err.message).toContain('Service en maintenance');
    expect(server.calls.filter((c) => c.path === '/api/v1/companies/me')).toHaveLength(3);
  });

  it('does not retry 400/403/404; a missing run is null', async () => {
    const clock = fakeClock();
    const server = productionLike(clock, (call) => {
      if (call.path === '/api/v1/companies/me') return { status: 200, body: fx.companyMe };
      if (call.path.startsWith('/api/v1/company_dispatch/runs/'))
        return { status: 404, body: { message: 'dispatch run not found. You have requested this URI...' } };
      return { status: 403, body: { message: 'Accès non autorisé' } };
    });
    const c = client(clock, server.fetch);
    await expect(c.getRun(999)).resolves.toBeNull();
    const err = (await c.getDrivers().catch((e: unknown) => e)) as SyncError;
    expect(err.kind).toBe('auth');
    expect(server.calls.filter((x) => x.path.endsWith('/drivers'))).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('network failures: retried, then an offline error', async () => {
    const clock = fakeClock();
    const server = scriptedFetch(clock, () => 'network-error');
    const err = (await client(clock, server.fetch, { retry: { maxAttempts: 3 } })
      .getCompany()
      .catch((e: unknown) => e)) as SyncError;
    expect(err.kind).toBe('offline');
    expect(translateMessage('en', err.userMessage)).toContain('cannot be reached');
    expect(server.calls).toHaveLength(3);
  });

  it('a host that cannot be reached (refused, DNS, no route) fails fast; a dropped connection keeps the long backoff', async () => {
    const failing = (code: string) => {
      let calls = 0;
      const fetchFn = async () => {
        calls++;
        throw new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
      };
      return { fetchFn, calls: () => calls };
    };
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']) {
      const clock = fakeClock();
      const f = failing(code);
      const err = (await client(clock, f.fetchFn)
        .getCompany()
        .catch((e: unknown) => e)) as SyncError;
      expect(err.kind, code).toBe('offline');
      expect(err.message, code).toContain(code);
      expect(f.calls(), code).toBe(3);
      expect(clock.sleeps, code).toEqual([300, 600]); // 400·2^(n-1), half jittered (random = 0.5)
    }
    const clock = fakeClock();
    const reset = failing('ECONNRESET');
    const err = (await client(clock, reset.fetchFn)
      .getCompany()
      .catch((e: unknown) => e)) as SyncError;
    expect(err.kind).toBe('offline');
    expect(reset.calls()).toBe(6);
    // The backoff of a busy server (the login's own spacing aside: a reset login may have reached the server).
    const backoff = [375, 750, 1500, 3000, 6000];
    expect(clock.sleeps.filter((ms) => backoff.includes(ms))).toEqual(backoff);
  });

  it('a refused connection wrapped in an AggregateError (localhost over IPv6 and IPv4) is unreachable too', async () => {
    const clock = fakeClock();
    let calls = 0;
    const fetchFn = async () => {
      calls++;
      const both = [
        Object.assign(new Error('::1'), { code: 'ECONNREFUSED' }),
        Object.assign(new Error('127.0.0.1'), { code: 'ECONNREFUSED' }),
      ];
      throw new TypeError('fetch failed', { cause: new AggregateError(both) });
    };
    const err = (await client(clock, fetchFn)
      .getCompany()
      .catch((e: unknown) => e)) as SyncError;
    expect(err.kind).toBe('offline');
    expect(calls).toBe(3);
  });

  it('tells each retry to the caller: the attempt about to be made, why, and the wait', async () => {
    const clock = fakeClock();
    let n = 0;
    const server = productionLike(clock, () =>
      ++n <= 2 ? { status: 503, body: {} } : { status: 200, body: fx.companyMe },
    );
    const notices: unknown[] = [];
    await client(clock, server.fetch).getCompany({ onRetry: (x) => notices.push(x) });
    expect(notices).toEqual([
      { attempt: 2, reason: 'HTTP 503', nextInMs: 375 },
      { attempt: 3, reason: 'HTTP 503', nextInMs: 750 },
    ]);
  });

  it('a server that never answers times out per request', async () => {
    const clock = fakeClock();
    const hang = (_: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    const err = (await client(clock, hang, { timeoutMs: 20, retry: { maxAttempts: 2 } })
      .getCompany()
      .catch((e: unknown) => e)) as SyncError;
    expect(err.kind).toBe('offline');
    expect(err.message).toContain('ne répond pas');
  });

  it('cancellation stops at once', async () => {
    const clock = fakeClock();
    const server = productionLike(clock, company);
    const abort = new AbortController();
    abort.abort();
    const err = (await client(clock, server.fetch)
      .getCompany({ signal: abort.signal })
      .catch((e: unknown) => e)) as SyncError;
    expect(err.kind).toBe('cancelled');
  });
});

describe('reservations paging', () => {
  const day = '2026-03-09';
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      ...fx.booking,
      id: 10_000 + i,
      scheduled_time: `${day}T${String(8 + (i % 10)).padStart(2, '0')}:00:00`,
    }));

  function pagedServer(
    clock: FakeClock,
    pageFor: (page: number, attempt: number, perPage: number) => { rows: unknown[]; total: number },
  ) {
    const attempts = new Map<number, number>();
    return productionLike(clock, (call) => {
      if (call.path === '/api/v1/companies/me') return { status: 200, body: fx.companyMe };
      const page = Number(call.query.get('page'));
      expect(Number(call.query.get('per_page'))).toBeLessThanOrEqual(500);
      expect(call.query.get('date')).toBe(day);
      const attempt = (attempts.get(page) ?? 0) + 1;
      attempts.set(page, attempt);
      const perPage = Number(call.query.get('per_page'));
      const { rows: r, total } = pageFor(page, attempt, perPage);
      return {
        status: 200,
        body: { reservations: r, total, page, per_page: perPage, total_pages: Math.ceil(total / perPage) },
      };
    });
  }

  it('reads every page of a 1,200-booking day', async () => {
    const clock = fakeClock();
    const all = rows(1200);
    const server = pagedServer(clock, (p, _a, n) => ({ rows: all.slice((p - 1) * n, p * n), total: 1200 }));
    const got = await client(clock, server.fetch).getReservations(day);
    expect(new Set(got.map((b) => b.id)).size).toBe(1200);
  });

  it('rows that swap between pages: deduplicated, and the day re-read until none is missing', async () => {
    const clock = fakeClock();
    const all = rows(700);
    const server = pagedServer(clock, (p, attempt, n) => {
      if (p === 1) return { rows: all.slice(0, n), total: 700 };
      // First pass: page 2 repeats row 499 instead of row 500 (equal scheduled times swapped).
      if (attempt === 1) return { rows: [all[499], ...all.slice(501, 700)], total: 700 };
      return { rows: all.slice(n, 700), total: 700 };
    });
    const got = await client(clock, server.fetch).getReservations(day);
    expect(got).toHaveLength(700);
    expect(new Set(got.map((b) => b.id)).size).toBe(700);
    // The re-read used another page size, so a server whose tie order follows LIMIT/OFFSET shifts its rows.
    const sizes = server.calls
      .filter((c) => c.path.endsWith('/reservations'))
      .map((c) => c.query.get('per_page'));
    expect(new Set(sizes).size).toBe(2);
  });

  it('a total that changes mid-way restarts the day', async () => {
    const clock = fakeClock();
    const all = rows(701);
    let pass = 0;
    const server = pagedServer(clock, (p, _a, n) => {
      if (p === 1) pass++;
      const total = pass === 1 && p === 2 ? 701 : 700;
      return { rows: (total === 701 ? all : all.slice(0, 700)).slice((p - 1) * n, p * n), total };
    });
    const got = await client(clock, server.fetch).getReservations(day);
    expect(got).toHaveLength(700);
    expect(pass).toBe(2);
  });

  it('a malformed row names the page', async () => {
    const clock = fakeClock();
    const all = rows(600);
    (all[550] as Record<string, unknown>).scheduled_time = 'abc';
    const server = pagedServer(clock, (p, _a, n) => ({ rows: all.slice((p - 1) * n, p * n), total: 600 }));
    await expect(client(clock, server.fetch).getReservations(day)).rejects.toThrow(
      `reservations ${day} (page 2): reservations[50].scheduled_time: expected ISO local date-time, got "abc"`,
    );
  });
});

describe('runs', () => {
  it('pages through the run list and keeps the wanted days', async () => {
    const clock = fakeClock();
    const runs = Array.from({ length: 450 }, (_, i) => {
      const day = new Date(Date.UTC(2026, 2, 10) - i * 86_400_000).toISOString().slice(0, 10);
      return {
        ...fx.runsList[0],
        id: 1000 - i,
        day,
        completed_at: i === 0 ? null : `${day}T05:00:00+00:00`,
        status: i === 0 ? 'DispatchStatus.RUNNING' : 'DispatchStatus.COMPLETED',
      };
    });
    const server = productionLike(clock, (call) => {
      if (call.path === '/api/v1/companies/me') return { status: 200, body: fx.companyMe };
      const limit = Number(call.query.get('limit'));
      const offset = Number(call.query.get('offset'));
      return { status: 200, body: runs.slice(offset, offset + limit) };
    });
    const got = await client(clock, server.fetch).listRuns({ until: '2026-01-01' });
    expect(got.map((r) => r.day).sort()[0]).toBe('2026-01-01');
    expect(got).toHaveLength(69);
    expect(got.find((r) => r.day === '2026-03-10')?.status).toBe('running');
    // Stopped early: the list goes back 450 days but the last pages were not needed.
    expect(server.calls.filter((c) => c.path === '/api/v1/company_dispatch/runs').length).toBe(1);
  });
});
