// The API over HTTP for `serve`: POST /api/<channel> (JSON in, result envelope out), GET /api/events (SSE), and
// the built UI. Loopback by default; every API call needs the session token in a header or the browser's session
// cookie (http-session-auth.ts); no CORS, and a Host check against DNS rebinding.
// The server must never die on a request: every request runs inside one guard that turns a throw into a 500,
// malformed targets are answered 400 before anything reads them, and malformed HTTP (bad request line or
// headers) is answered by the clientError handler.
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { Lang } from '../../shared/analytics-types';
import { isApiChannel, type ApiError } from '../../shared/contract/channels';
import { translate } from '../../shared/i18n';
import type { ApiEvents } from './api-events';
import { isLoopbackHost } from '../settings';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import type { ApiHandlers } from './create-api-handlers';
import { BodyTooLargeError, MAX_BODY_BYTES, readBody } from './http-request-body';
import { createSessionAuth, type SessionAuth } from './http-session-auth';
import { isCrossOriginRequest } from './same-origin';
import type { ExportFileMaker } from './export-download';
import { EXPORT_FILE_PATH } from '../../shared/contract/export-inputs';
import { createReadStream } from 'node:fs';
import { MISSING_BUILD_MESSAGE, serveStatic } from './static-files';

const SSE_HEARTBEAT_MS = 20_000;

export interface HttpTransportOptions {
  handlers: ApiHandlers;
  events: ApiEvents;
  host?: string;
  port?: number;
  /** defaults to 32 random bytes, base64url */
  token?: string;
  /** the built renderer folder; null serves a page saying to run `npm run build` */
  staticDir: string | null;
  /** makes the file of GET /api/export-file (absent: the route answers 404) */
  exportFile?: ExportFileMaker;
  log?: (err: unknown) => void;
  now?: () => number;
}

export interface HttpTransport {
  /** http://host:port */
  url: string;
  /** the page URL with its token: what `serve` prints (reusable, exchanged for a cookie on each load) */
  pageUrl: string;
  /** a page URL with a one-time login code (spent on first load, expires in minutes): what `serve` opens */
  loginUrl(): string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  // The page URL carries the token or a login code: never send it on as a Referer.
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

const UNAUTHORIZED: ApiError = {
  kind: 'validation',
  code: 'unauthorized',
  message: 'Missing or wrong token: open the link printed by `serve` again.',
};

const CROSS_ORIGIN: ApiError = {
  kind: 'validation',
  message: 'Cross-origin calls are not allowed: open the page printed by `serve`.',
};

/**
 * The request target as a URL, or null when it is not an origin-form path ("/…") that parses: an absolute
 * target (`GET http://[ab`), `*`, or garbage. The base is fixed, never the Host header (which may be anything).
 */
export function parseRequestTarget(target: string | undefined): URL | null {
  if (!target || !target.startsWith('/') || target.startsWith('//')) return null;
  return URL.parse(target, 'http://localhost');
}

/** What malformed HTTP gets (a bad request line, headers too big…): the socket is not an HTTP exchange yet. */
function answerClientError(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status =
    err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = `${STATUS_CODES[status]}: the request is not valid HTTP.`;
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nconnection: close\r\ncontent-type: text/plain; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

export async function startHttpTransport(opts: HttpTransportOptions): Promise<HttpTransport> {
  const host = opts.host ?? '127.0.0.1';
  const token = opts.token ?? generateToken();
  // A loopback host keeps the transport to this machine and makes it check the Host header.
  const loopbackOnly = isLoopbackHost(host);
  const sseClients = new Set<ServerResponse>();
  let port = 0;
  let auth: SessionAuth | null = null;

  function hostAllowed(req: IncomingMessage): boolean {
    if (!loopbackOnly) return true;
    const hostHeader = req.headers.host ?? '';
    const bound = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
    return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, bound].includes(hostHeader);
  }

  async function handleApiCall(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendError(res, 405, { kind: 'validation', message: 'Use POST for API calls.' });
    }
    if (!auth!.isAuthorized(req)) return sendError(res, 401, UNAUTHORIZED);
    // Only our own page may call: the SameSite=Strict cookie also rides on other loopback ports' requests.
    if (isCrossOriginRequest(req)) return sendError(res, 403, CROSS_ORIGIN);
    if (!isApiChannel(channel)) {
      return sendError(res, 404, { kind: 'not_found', message: `Unknown API channel: ${channel}` });
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendError(res, 415, { kind: 'validation', message: 'Send the input as application/json.' });
    }
    let text: string;
    try {
      text = await readBody(req);
    } catch (err) {
      if (!(err instanceof BodyTooLargeError)) throw err;
      return sendError(res, 413, {
        kind: 'validation',
        code: 'too_large',
        message: `The request body is larger than the limit of ${MAX_BODY_BYTES} bytes; send less data per call.`,
      });
    }
    let input: unknown;
    try {
      input = text.trim() === '' ? undefined : JSON.parse(text);
    } catch {
      return sendError(res, 400, { kind: 'validation', message: 'The request body is not valid JSON.' });
    }
    sendJson(res, 200, await opts.handlers[channel](input));
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') {
      res.setHeader('allow', 'GET');
      return sendError(res, 405, { kind: 'validation', message: 'Use GET for the event stream.' });
    }
    // No token in the query: EventSource sends the session cookie; tools send the header.
    if (!auth!.isAuthorized(req)) return sendError(res, 401, UNAUTHORIZED);
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    const write = (text: string) => {
      if (!res.writableEnded && !res.destroyed) res.write(text);
    };
    write('retry: 3000\n\n');
    sseClients.add(res);
    const unsubscribe = opts.events.subscribe((event, payload) => {
      write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const heartbeat = setInterval(() => write(': keep-alive\n\n'), SSE_HEARTBEAT_MS);
    heartbeat.unref();
    res.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      sseClients.delete(res);
    });
  }

  // An export as a download: a plain link the browser follows with its session cookie (tools send the header).
  // The export stops, and leaves no file, when the browser goes away before the file is ready.
  async function handleExportFile(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET') {
      res.setHeader('allow', 'GET');
      return sendError(res, 405, { kind: 'validation', message: 'Use GET for an export file.' });
    }
    if (!auth!.isAuthorized(req)) return sendError(res, 401, UNAUTHORIZED);
    // A link on another loopback port's page would start the export with our cookie (it cannot read the file,
    // but it makes this machine build files of patient data): our page only.
    if (isCrossOriginRequest(req)) return sendError(res, 403, CROSS_ORIGIN);
    if (!opts.exportFile) {
      return sendError(res, 404, { kind: 'not_found', message: 'Exports are not served here.' });
    }
    const abort = new AbortController();
    const onClose = () => abort.abort();
    res.on('close', onClose);
    const made = await opts.exportFile(url.searchParams.get('request'), abort.signal);
    res.off('close', onClose);
    if (!made.ok) return sendError(res, made.status, made.error);
    const { file } = made;
    res.on('close', () => void file.dispose());
    const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
    res.writeHead(200, {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'cache-control': 'no-store',
    });
    createReadStream(file.path).pipe(res);
  }

  function handlePage(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendError(res, 405, { kind: 'validation', message: 'Method not allowed.' });
    }
    if (!opts.staticDir) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      return void res.end(translate(requestLang(req), MISSING_BUILD_MESSAGE));
    }
    const session = auth!.exchange(url.searchParams);
    if (session) res.setHeader('set-cookie', auth!.cookieFor(session));
    if (!serveStatic(opts.staticDir, url.pathname, res)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    securityHeaders(res);
    if (!hostAllowed(req)) {
      return sendError(res, 421, { kind: 'validation', message: 'Unexpected Host header.' });
    }
    const url = parseRequestTarget(req.url);
    if (!url) {
      return sendError(res, 400, { kind: 'validation', message: 'Malformed request target: use a path.' });
    }
    const path = url.pathname;
    if (path === '/api/events') return handleEvents(req, res);
    if (path === EXPORT_FILE_PATH) return handleExportFile(req, res, url);
    if (path.startsWith('/api/')) return handleApiCall(req, res, path.slice('/api/'.length));
    return handlePage(req, res, url);
  }

  const server = createServer((req, res) => {
    // A client that goes away mid-request or mid-answer must not become an unhandled 'error' event.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    Promise.resolve()
      .then(() => handle(req, res))
      .catch((err: unknown) => {
        opts.log?.(err);
        if (!res.headersSent) sendError(res, 500, { kind: 'internal', message: 'Internal error.' });
        else res.destroy();
      });
  });
  server.on('clientError', answerClientError);

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;
  const sessionAuth = createSessionAuth({ token, port, ...(opts.now ? { now: opts.now } : {}) });
  auth = sessionAuth;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${port}`;
  return {
    url,
    pageUrl: `${url}/?token=${encodeURIComponent(token)}`,
    loginUrl: () => `${url}/?code=${sessionAuth.createLoginCode()}`,
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
