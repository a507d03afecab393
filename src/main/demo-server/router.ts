// Which handler answers a request, in the reference server's precedence: the login shim (any POST
// /api(/vN)?/auth/login or /auth/login), the restx /api/v1 routes (405 on a wrong method, 5000/hour/IP per
// endpoint), the plain-Flask compat routes, then the app-level 404.
import type { ServerContext } from './context';
import { methodNotAllowedReply, urlNotFoundReply } from './error-replies';
import type { FixedWindowLimiter } from './rate-limiter';
import { handleLogin, handleMe, handleRefreshToken } from './routes-auth';
import { handleCompanyMe, handleDrivers, handleReservations } from './routes-companies';
import { handleRunDetail, handleRuns } from './routes-dispatch';
import { restxReply, type DemoRequest, type Reply } from './types';

export interface RouterDeps {
  ctx: ServerContext;
  login: { limiter: FixedWindowLimiter; perMinute: number };
  route: { limiter: FixedWindowLimiter; perHour: number };
  unstableTies: boolean;
  onLogin: () => void;
}

interface RestxRoute {
  name: string;
  pattern: RegExp;
  methods: Record<string, (deps: RouterDeps, req: DemoRequest, match: RegExpExecArray) => Reply>;
}

const RESTX_ROUTES: RestxRoute[] = [
  { name: 'auth.login', pattern: /^\/api\/v1\/auth\/login$/, methods: {} },
  {
    name: 'auth.refresh',
    pattern: /^\/api\/v1\/auth\/refresh-token$/,
    methods: { POST: (d, r) => handleRefreshToken(d.ctx, r) },
  },
  { name: 'auth.me', pattern: /^\/api\/v1\/auth\/me$/, methods: { GET: (d, r) => handleMe(d.ctx, r) } },
  {
    name: 'companies.me',
    pattern: /^\/api\/v1\/companies\/me$/,
    methods: { GET: (d, r) => handleCompanyMe(d.ctx, r) },
  },
  {
    name: 'companies.drivers',
    pattern: /^\/api\/v1\/companies\/me\/drivers$/,
    methods: { GET: (d, r) => handleDrivers(d.ctx, r) },
  },
  {
    name: 'companies.reservations',
    pattern: /^\/api\/v1\/companies\/me\/reservations$/,
    methods: { GET: (d, r) => handleReservations(d.ctx, r, { unstableTies: d.unstableTies }) },
  },
  {
    name: 'dispatch.runs',
    pattern: /^\/api\/v1\/company_dispatch\/runs$/,
    methods: { GET: (d, r) => handleRuns(d.ctx, r) },
  },
  {
    name: 'dispatch.run',
    // werkzeug's <int:run_id> takes digits only: /runs/-1 or /runs/abc match no rule at all (app 404).
    pattern: /^\/api\/v1\/company_dispatch\/runs\/(\d+)$/,
    methods: { GET: (d, r, m) => handleRunDetail(d.ctx, r, Number(m[1])) },
  },
];

const LOGIN_PATH = /^(\/api(\/v\d+)?)?\/auth\/login$/;
const COMPAT_COMPANY = /^\/api(\/v(?!1\/)\d+)?\/companies\/me$/;
const COMPAT_DRIVERS = /^\/api(\/v(?!1\/)\d+)?\/companies\/me\/drivers$/;

export function isLoginRequest(method: string, path: string): boolean {
  return method === 'POST' && LOGIN_PATH.test(path);
}

export function routeRequest(deps: RouterDeps, req: DemoRequest): Reply {
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  if (isLoginRequest(method, req.path)) return handleLogin(deps.ctx, req, deps.login, deps.onLogin);

  for (const route of RESTX_ROUTES) {
    const match = route.pattern.exec(req.path);
    if (!match) continue;
    const handler = route.methods[method];
    if (!handler) return methodNotAllowedReply();
    if (!deps.route.limiter.hit(`${req.clientAddress} ${route.name}`, deps.ctx.now()))
      return restxReply(429, { message: `${deps.route.perHour} per 1 hour` });
    return handler(deps, req, match);
  }

  const compat = COMPAT_COMPANY.test(req.path) ? 'company' : COMPAT_DRIVERS.test(req.path) ? 'drivers' : null;
  if (compat) {
    if (method !== 'GET') return werkzeugMethodNotAllowed();
    return compat === 'company' ? handleCompanyMe(deps.ctx, req, true) : handleDrivers(deps.ctx, req, true);
  }
  return urlNotFoundReply();
}

function werkzeugMethodNotAllowed(): Reply {
  return {
    status: 405,
    style: 'raw',
    contentType: 'text/html; charset=utf-8',
    headers: { Allow: 'GET, HEAD, OPTIONS' },
    body:
      '<!doctype html>\n<html lang=en>\n<title>405 Method Not Allowed</title>\n<h1>Method Not Allowed</h1>\n' +
      '<p>The method is not allowed for the requested URL.</p>\n',
  };
}
