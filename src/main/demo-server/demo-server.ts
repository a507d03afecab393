// A stand-in for the ATMR dispatch server's /api/v1 (docs/dispatch-api.md#demo-server), quirks
// included, so a sync client that survives it survives production. Plain node:http; nothing listens until
// startDemoServer is called.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DayBatch } from '../domain/records';
import type { IsoDate } from '../../shared/analytics-types';
import type { ServerContext } from './context';
import { createDemoAccount, DEFAULT_DEMO_CREDENTIALS, signingSecret } from './demo-account';
import { DayStore } from './day-store';
import { SettledReplies } from './settled-replies';
import { crashReply } from './error-replies';
import { createFaultInjector } from './faults';
import { renderBody, writeReply } from './http-reply';
import { clientAddressOf, FixedWindowLimiter } from './rate-limiter';
import { isLoginRequest, routeRequest, type RouterDeps } from './router';
import type { DemoDatasetLike, DemoRequest, Reply, ServerMode } from './types';
import { addDays, instantToLocalDate, localToInstant } from '../analytics/time-zone';

export interface DemoServerOptions {
  dataset: DemoDatasetLike;
  /** 127.0.0.1 unless given; a non-loopback host also needs allowNonLoopback */
  host?: string;
  allowNonLoopback?: boolean;
  /** 0 = any free port */
  port?: number;
  now?: () => number;
  /** access-token lifetime, default 3600 (the server's JWT_ACCESS_TOKEN_EXPIRES_SECONDS) */
  tokenTtlSeconds?: number;
  /** share (0..1) of non-login requests answered 503 (maintenance) or 502 (proxy) */
  failRate?: number;
  /** delay before every response */
  latencyMs?: number;
  mode?: ServerMode;
  credentials?: { email: string; password: string };
  loginLimitPerMinute?: number;
  /** the per-endpoint default limit (5000 per hour per client address) */
  routeLimitPerHour?: number;
  /** reservations with equal scheduled_time come back in an order that changes with page/per_page, as
   * Postgres may do without a tie-breaker (off by default) */
  unstableTies?: boolean;
  seed?: number;
  /** zone of the company's naive times, default Europe/Zurich */
  timeZone?: string;
  /** generate every day's bookings before listening instead of on first use (benchmarks: the sync then times
   * serving, not generating) */
  prepareDays?: boolean;
}

export interface InjectedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** 1 for the first request with this method + path + query, 2 for the next… */
  attempt: number;
}

export interface InjectedResponse {
  status: number;
  /** a string is sent as-is; anything else as restx-style JSON */
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  /** drop the connection without answering */
  destroySocket?: boolean;
}

export type Injector = (req: InjectedRequest) => InjectedResponse | undefined;

export interface DemoServerStats {
  requests: number;
  /** successful logins (tokens issued) */
  logins: number;
  /** every POST to a login path, refused ones included */
  loginAttempts: number;
  byPath: Record<string, number>;
  /** answers sent from the kept bodies of past days (settled-replies.ts) */
  settledHits: number;
}

export interface DemoServer {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  close(): Promise<void>;
  /** test hook: return a response to short-circuit a request, or undefined to continue; returns a remover */
  inject(fn: Injector): () => void;
  /** test hook: replace what the server holds for a day */
  setDay(day: IsoDate, batch: DayBatch): void;
  stats(): DemoServerStats;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/** Where the demo server listens without allowNonLoopback. */
export const isLoopbackHost = (host: string): boolean => LOOPBACK.test(host);
const MAX_BODY_BYTES = 1_000_000;

export async function startDemoServer(opts: DemoServerOptions): Promise<DemoServer> {
  const host = opts.host ?? '127.0.0.1';
  if (!isLoopbackHost(host) && !opts.allowNonLoopback)
    throw new Error(
      `The demo server only listens on loopback addresses (got ${host}); its credentials are public. ` +
        'Pass allowNonLoopback (CLI: an explicit --host) to expose it anyway.',
    );
  const now = opts.now ?? Date.now;
  const seed = opts.seed ?? 1;
  const mode = opts.mode ?? 'production';
  const timeZone = opts.timeZone ?? 'Europe/Zurich';
  const credentials = opts.credentials ?? DEFAULT_DEMO_CREDENTIALS;
  const loginPerMinute = opts.loginLimitPerMinute ?? 5;
  const routePerHour = opts.routeLimitPerHour ?? 5000;
  const firstDay = opts.dataset.days[0] ?? instantToLocalDate(now(), timeZone);
  const companyCreatedAt = localToInstant(`${addDays(firstDay, -60)}T10:14:22`, timeZone) + 481;

  const ctx: ServerContext = {
    mode,
    now,
    timeZone,
    dbZone: mode === 'production' ? 'UTC' : timeZone,
    seed,
    account: createDemoAccount({
      ...credentials,
      seed,
      companyId: opts.dataset.company.id,
      createdAt: companyCreatedAt,
    }),
    secret: signingSecret(seed, credentials.email),
    tokenTtlSeconds: opts.tokenTtlSeconds ?? 3600,
    refreshTtlSeconds: 30 * 86_400,
    dataset: opts.dataset,
    store: new DayStore(opts.dataset, timeZone, seed),
    replies: new SettledReplies(),
    companyCreatedAt,
    requestNumber: 0,
  };
  if (opts.prepareDays) ctx.store.prepare(now());
  const stats: DemoServerStats = { requests: 0, logins: 0, loginAttempts: 0, byPath: {}, settledHits: 0 };
  const deps: RouterDeps = {
    ctx,
    login: { limiter: new FixedWindowLimiter(loginPerMinute, 60_000), perMinute: loginPerMinute },
    route: { limiter: new FixedWindowLimiter(routePerHour, 3_600_000), perHour: routePerHour },
    unstableTies: opts.unstableTies ?? false,
    onLogin: () => {
      stats.logins += 1;
    },
  };
  const faults = createFaultInjector(opts.failRate ?? 0, seed);
  const injectors: Injector[] = [];
  const attempts = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  const wait = (ms: number) =>
    ms > 0
      ? new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
          }, ms);
          timers.add(timer);
        })
      : Promise.resolve();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    const path = safeDecode(url.pathname);
    const method = (req.method ?? 'GET').toUpperCase();
    const body = await readBody(req);
    ctx.requestNumber += 1;
    stats.requests += 1;
    stats.byPath[path] = (stats.byPath[path] ?? 0) + 1;
    if (isLoginRequest(method, path)) stats.loginAttempts += 1;
    const attemptKey = `${method} ${path}?${url.searchParams.toString()}`;
    const attempt = (attempts.get(attemptKey) ?? 0) + 1;
    attempts.set(attemptKey, attempt);

    for (const injector of [...injectors]) {
      const injected = injector({ method, path, query: new URLSearchParams(url.searchParams), attempt });
      if (!injected) continue;
      await wait(injected.delayMs ?? 0);
      if (injected.destroySocket) {
        req.socket.destroy();
        return;
      }
      writeInjected(res, injected);
      return;
    }

    const request: DemoRequest = {
      method,
      path,
      query: url.searchParams,
      headers: req.headers,
      clientAddress: clientAddressOf(req.headers['x-forwarded-for'], req.socket.remoteAddress ?? ''),
      body,
    };
    let reply: Reply;
    try {
      if (method === 'OPTIONS') reply = { status: 204, style: 'raw', body: '' };
      else reply = (isLoginRequest(method, path) ? null : faults.next()) ?? routeRequest(deps, request);
    } catch (error) {
      reply = crashReply(ctx, error instanceof Error ? error.message : String(error));
    }
    await wait(opts.latencyMs ?? 0);
    if (!res.destroyed) writeReply(res, reply, { method, path, headers: req.headers }, mode);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        const { body } = renderBody(crashReply(ctx, String(error)), mode);
        res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(body);
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    inject(fn) {
      injectors.push(fn);
      return () => {
        const index = injectors.indexOf(fn);
        if (index >= 0) injectors.splice(index, 1);
      };
    },
    setDay: (day, batch) => ctx.store.setDay(day, batch),
    stats: () => ({ ...stats, byPath: { ...stats.byPath }, settledHits: ctx.replies.hits }),
  };
}

function writeInjected(res: ServerResponse, injected: InjectedResponse): void {
  const isText = typeof injected.body === 'string';
  const reply: Reply =
    injected.body === undefined
      ? { status: injected.status, style: 'raw', body: '' }
      : isText
        ? { status: injected.status, style: 'raw', body: injected.body }
        : { status: injected.status, style: 'restx', body: injected.body };
  const { body, contentType } = renderBody(reply, 'production');
  const headers: Record<string, string> = contentType ? { 'Content-Type': contentType } : {};
  Object.assign(headers, injected.headers ?? {});
  headers['Content-Length'] = String(Buffer.byteLength(body));
  res.writeHead(injected.status, headers);
  res.end(body);
}

function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) break;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
