// The API over HTTP for `serve`: POST /api/<channel> (JSON in, result envelope out), GET /api/events (SSE), and
// the built UI. Loopback by default; every API request needs the session token (header, or query for SSE,
// since EventSource cannot send headers); no CORS, and a Host check against DNS rebinding.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Lang } from '../../shared/analytics-types';
import { isApiChannel, type ApiError } from '../../shared/contract/channels';
import { translate } from '../../shared/i18n';
import { API_TOKEN_HEADER } from '../../shared/http-api-client';
import type { ApiEvents } from './api-events';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import type { ApiHandlers } from './create-api-handlers';
import { MISSING_BUILD_MESSAGE, serveStatic } from './static-files';

const MAX_BODY_BYTES = 1_000_000;
const SSE_HEARTBEAT_MS = 20_000;
/** Hosts that keep the transport to this machine (and make it check the Host header). */
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '::1']);

export interface HttpTransportOptions {
  handlers: ApiHandlers;
  events: ApiEvents;
  host?: string;
  port?: number;
  /** defaults to 32 random bytes, base64url */
  token?: string;
  /** the built renderer folder; null serves a page saying to run `npm run build` */
  staticDir: string | null;
  log?: (err: unknown) => void;
}

export interface HttpTransport {
  /** http://host:port */
  url: string;
  /** the page URL with its token: what `serve` prints */
  pageUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

// Hashing first gives equal lengths, so the comparison takes the same time whatever the candidate.
function tokenMatches(candidate: string | null | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = createHash('sha256').update(candidate).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  // The page URL carries the token: never send it on as a Referer.
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('cross-origin-resource-policy', 'same-origin');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, error: ApiError): void {
  sendJson(res, status, { ok: false, error });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startHttpTransport(opts: HttpTransportOptions): Promise<HttpTransport> {
  const host = opts.host ?? '127.0.0.1';
  const token = opts.token ?? generateToken();
  const loopbackOnly = LOOPBACK_HOSTS.has(host);
  const sseClients = new Set<ServerResponse>();
  let port = 0;

  function hostAllowed(req: IncomingMessage): boolean {
    if (!loopbackOnly) return true;
    const hostHeader = req.headers.host ?? '';
    return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(hostHeader);
  }

  async function handleApiCall(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendError(res, 405, { kind: 'validation', message: 'Use POST for API calls.' });
    }
    if (!tokenMatches(req.headers[API_TOKEN_HEADER] as string | undefined, token)) {
      return sendError(res, 401, {
        kind: 'validation',
        code: 'unauthorized',
        message: 'Missing or wrong token.',
      });
    }
    // A browser sends Origin on cross-site POSTs; only our own page may call.
    const origin = req.headers.origin;
    if (origin && origin !== `http://${req.headers.host}`) {
      return sendError(res, 403, { kind: 'validation', message: 'Cross-origin calls are not allowed.' });
    }
    if (!isApiChannel(channel)) {
      return sendError(res, 404, { kind: 'not_found', message: `Unknown API channel: ${channel}` });
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendError(res, 415, { kind: 'validation', message: 'Send the input as application/json.' });
    }
    let input: unknown;
    try {
      const text = await readBody(req);
      input = text.trim() === '' ? undefined : JSON.parse(text);
    } catch {
      return sendError(res, 400, {
        kind: 'validation',
        message: 'The request body is not valid JSON (max 1 MB).',
      });
    }
    sendJson(res, 200, await opts.handlers[channel](input));
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (!tokenMatches(url.searchParams.get('token') ?? req.headers[API_TOKEN_HEADER]?.toString(), token)) {
      return sendError(res, 401, {
        kind: 'validation',
        code: 'unauthorized',
        message: 'Missing or wrong token.',
      });
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write('retry: 3000\n\n');
    sseClients.add(res);
    const unsubscribe = opts.events.subscribe((event, payload) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), SSE_HEARTBEAT_MS);
    heartbeat.unref();
    res.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      sseClients.delete(res);
    });
  }

  const server = createServer((req, res) => {
    securityHeaders(res);
    if (!hostAllowed(req)) {
      return sendError(res, 421, { kind: 'validation', message: 'Unexpected Host header.' });
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const path = url.pathname;
    const done = (p: Promise<void> | void) =>
      Promise.resolve(p).catch((err: unknown) => {
        opts.log?.(err);
        if (!res.headersSent) sendError(res, 500, { kind: 'internal', message: 'Internal error.' });
        else res.end();
      });
    if (path === '/api/events') return void done(handleEvents(req, res, url));
    if (path.startsWith('/api/')) return void done(handleApiCall(req, res, path.slice('/api/'.length)));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, 405, { kind: 'validation', message: 'Method not allowed.' });
    }
    if (!opts.staticDir) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      return void res.end(translate(requestLang(req), MISSING_BUILD_MESSAGE));
    }
    if (!serveStatic(opts.staticDir, path, res)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${port}`;
  return {
    url,
    pageUrl: `${url}/?token=${encodeURIComponent(token)}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        for (const res of sseClients) res.end();
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

/** The browser's language for the few texts sent before the app (and its language setting) is loaded. */
function requestLang(req: IncomingMessage): Lang {
  return /^\s*en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'fr';
}
