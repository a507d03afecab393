// Writes a Reply the way the reference stack does: JSON bodies in restx or Flask style (indented in dev), the
// `; charset=utf-8` JSON content type, the /api/v1 deprecation headers and, in dev, the echoing CORS headers.
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { isProxyReply } from './faults';
import { flaskJson, restxJson } from './py-json';
import type { Reply, ServerMode } from './types';

const DEPRECATION_HEADERS = {
  Deprecation: 'version="v1"',
  Sunset: 'Wed, 01 Jan 2025 00:00:00 GMT',
  Link: '<https://docs.atmr.ch/api/v2>; rel="successor-version"',
};
const CORS_ALLOWED_HEADERS = ['content-type', 'authorization', 'cache-control', 'pragma'];

export function renderBody(reply: Reply, mode: ServerMode): { body: string; contentType: string | null } {
  const debug = mode === 'dev';
  if (reply.style === 'raw') {
    const body = typeof reply.body === 'string' ? reply.body : '';
    return { body, contentType: reply.contentType ?? (body ? 'text/plain; charset=utf-8' : null) };
  }
  const body =
    reply.json ?? (reply.style === 'restx' ? restxJson(reply.body, debug) : flaskJson(reply.body, debug));
  return { body, contentType: 'application/json; charset=utf-8' };
}

export function writeReply(
  res: ServerResponse,
  reply: Reply,
  request: { method: string; path: string; headers: IncomingHttpHeaders },
  mode: ServerMode,
): void {
  const { body, contentType } = renderBody(reply, mode);
  const headers: Record<string, string> = {};
  if (contentType) headers['Content-Type'] = contentType;
  const fromApp = !isProxyReply(reply);
  if (fromApp && (request.path === '/api/v1' || request.path.startsWith('/api/v1/')))
    Object.assign(headers, DEPRECATION_HEADERS);
  if (fromApp && mode === 'dev') Object.assign(headers, devCorsHeaders(request.method, request.headers));
  Object.assign(headers, reply.headers ?? {});
  // Both JSON writers escape everything outside printable ASCII: latin1 encodes it as UTF-8 would, in one copy
  // instead of two UTF-8 passes (length, then encoding) over a ~1 MB page, and a Buffer is sent as is.
  const payload = reply.style === 'raw' ? Buffer.from(body, 'utf8') : Buffer.from(body, 'latin1');
  headers['Content-Length'] = String(payload.length);
  res.writeHead(reply.status, headers);
  res.end(payload);
}

/** flask-cors with origins "*" and credentials: the Origin is echoed (production sends no CORS headers). */
function devCorsHeaders(method: string, headers: IncomingHttpHeaders): Record<string, string> {
  const origin = headers.origin;
  if (!origin) return {};
  const cors: Record<string, string> = {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': 'Authorization, Content-Type',
    Vary: 'Origin',
  };
  if (method === 'OPTIONS') {
    cors['Access-Control-Allow-Methods'] = 'DELETE, GET, OPTIONS, PATCH, POST, PUT';
    const requested = String(headers['access-control-request-headers'] ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter((h) => CORS_ALLOWED_HEADERS.includes(h.toLowerCase()));
    if (requested.length > 0) cors['Access-Control-Allow-Headers'] = requested.join(', ');
  }
  return cors;
}
