// Who may call the API served by `serve`. Tools and tests send the session token in a header; the browser gets
// an HttpOnly, SameSite=Strict session cookie instead, in exchange for the `?token=` of the printed link or the
// one-time `?code=` of the link `serve` opens (as Jupyter does). Why a one-time code for the opened browser: the
// URL of a browser started by `serve` sits on that browser's command line, readable by every account of the
// machine (`ps`); a code that is spent on first load and expires within minutes is worth nothing there.
// The page then removes the parameter from its address bar (history.replaceState, src/shared/http-api-client.ts),
// and nothing is kept in sessionStorage: the cookie, unreadable by scripts, is the browser's only credential.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { API_TOKEN_HEADER } from '../../shared/http-api-client';

export const LOGIN_CODE_TTL_MS = 2 * 60_000;
// Each page load with a token makes a session; the oldest go first (a tab left open long enough re-opens the link).
const MAX_SESSIONS = 64;
const MAX_PENDING_CODES = 16;

export interface SessionAuthOptions {
  token: string;
  /** part of the cookie's name: cookies are shared by every port of a host, so two `serve` must not collide */
  port: number;
  now?: () => number;
}

export interface SessionAuth {
  readonly cookieName: string;
  /** a new one-time login code, valid LOGIN_CODE_TTL_MS, for the URL given to the browser */
  createLoginCode(): string;
  /** a new session id for a valid `token` or unspent `code` query parameter, else null */
  exchange(query: URLSearchParams): string | null;
  /** the Set-Cookie value carrying a session id */
  cookieFor(sessionId: string): string;
  /** the header token or a live session cookie */
  isAuthorized(req: IncomingMessage): boolean;
}

// Hashing first gives equal lengths, so the comparison takes the same time whatever the candidate.
export function tokenMatches(candidate: string | null | undefined, token: string): boolean {
  if (!candidate) return false;
  return timingSafeEqual(sha256(candidate), sha256(token));
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

// Secrets are kept by their hash: a Map lookup by the secret itself would compare it byte by byte.
function key(secret: string): string {
  return sha256(secret).toString('hex');
}

/** The value of one cookie in a Cookie header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

export function createSessionAuth(opts: SessionAuthOptions): SessionAuth {
  const now = opts.now ?? Date.now;
  const cookieName = `dispatch_analytics_${opts.port}`;
  const sessions = new Set<string>();
  const codes = new Map<string, number>();

  function newSession(): string {
    const id = randomBytes(32).toString('base64url');
    sessions.add(key(id));
    while (sessions.size > MAX_SESSIONS) sessions.delete(sessions.values().next().value!);
    return id;
  }

  function spendCode(code: string): boolean {
    const k = key(code);
    const expiresAt = codes.get(k);
    codes.delete(k);
    return expiresAt !== undefined && now() < expiresAt;
  }

  return {
    cookieName,
    createLoginCode() {
      for (const [k, expiresAt] of codes) if (expiresAt <= now()) codes.delete(k);
      while (codes.size >= MAX_PENDING_CODES) codes.delete(codes.keys().next().value!);
      const code = randomBytes(24).toString('base64url');
      codes.set(key(code), now() + LOGIN_CODE_TTL_MS);
      return code;
    },
    exchange(query) {
      const token = query.get('token');
      const code = query.get('code');
      if (token !== null && tokenMatches(token, opts.token)) return newSession();
      if (code !== null && spendCode(code)) return newSession();
      return null;
    },
    cookieFor(sessionId) {
      return `${cookieName}=${sessionId}; HttpOnly; SameSite=Strict; Path=/`;
    },
    isAuthorized(req) {
      const header = req.headers[API_TOKEN_HEADER];
      if (typeof header === 'string' && tokenMatches(header, opts.token)) return true;
      const session = readCookie(req.headers.cookie, cookieName);
      return session !== null && session !== '' && sessions.has(key(session));
    },
  };
}
