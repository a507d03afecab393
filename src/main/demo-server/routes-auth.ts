// /auth routes (docs/dispatch-api.md#login): the login shim (Flask bodies, 5/min/IP counting every attempt,
// 429 in restx format), the refresh endpoint that never works, and /auth/me.
import { randomUUID } from 'node:crypto';
import type { ServerContext } from './context';
import { AUDIENCE, authenticate } from './auth-guard';
import { crashReply } from './error-replies';
import { signJwt } from './jwt';
import { validateLoginBody } from './login-validation';
import type { FixedWindowLimiter } from './rate-limiter';
import { flaskReply, restxReply, type DemoRequest, type Reply } from './types';

const VALIDATION_MESSAGE = 'Erreur de validation des données';
const LOGIN_CRASH = { error: 'Une erreur interne est survenue.' };

export function handleLogin(
  ctx: ServerContext,
  req: DemoRequest,
  limiter: { limiter: FixedWindowLimiter; perMinute: number },
  onSuccess: () => void,
): Reply {
  const now = ctx.now();
  if (!limiter.limiter.hit(req.clientAddress, now)) {
    // The shim lets a limited request fall through to the restx resource, whose payload model (password
    // minLength 6) is checked before the 429 is raised.
    const payload = tryJson(req.body);
    const password = isObject(payload) ? payload.password : undefined;
    if (typeof password === 'string' && password.length < 6)
      return restxReply(400, {
        errors: { password: `${pyRepr(password)} is too short` },
        message: 'Input payload validation failed',
      });
    return restxReply(429, { message: `${limiter.perMinute} per 1 minute` });
  }
  // request.get_json() raises (415/400) inside the handler's try block: every non-JSON body is a 500.
  if (!isJsonMimetype(req.headers['content-type'])) return flaskReply(500, LOGIN_CRASH);
  const body = tryJson(req.body);
  if (body === undefined) return flaskReply(500, LOGIN_CRASH);

  const fieldErrors = validateLoginBody(body);
  if (Object.keys(fieldErrors).length > 0) {
    const errors: Record<string, string[]> = { message: [VALIDATION_MESSAGE] };
    for (const [field, messages] of Object.entries(fieldErrors)) errors[`errors.${field}`] = messages;
    return flaskReply(400, { errors, message: VALIDATION_MESSAGE });
  }
  const { email, password } = body as { email: string; password: string };
  const account = ctx.account;
  if (email !== account.email || password !== account.password)
    return flaskReply(401, { error: 'Email ou mot de passe invalide.' });

  onSuccess();
  const iat = Math.floor(now / 1000);
  const base = {
    fresh: false,
    iat,
    jti: randomUUID(),
    type: 'access',
    sub: account.publicId,
    nbf: iat,
    csrf: randomUUID(),
  };
  const token = signJwt(
    {
      ...base,
      exp: iat + ctx.tokenTtlSeconds,
      role: account.role,
      company_id: null,
      driver_id: null,
      aud: AUDIENCE,
    },
    ctx.secret,
  );
  // The refresh token has no aud (nor any custom claim), which is why /auth/refresh-token can never accept it.
  const refreshToken = signJwt(
    { ...base, jti: randomUUID(), type: 'refresh', csrf: randomUUID(), exp: iat + ctx.refreshTtlSeconds },
    ctx.secret,
  );
  return flaskReply(200, {
    message: 'Connexion réussie',
    token,
    refresh_token: refreshToken,
    user: {
      id: account.userId,
      public_id: account.publicId,
      username: account.username,
      email: account.email,
      role: account.role,
      force_password_change: false,
    },
  });
}

export function handleRefreshToken(ctx: ServerContext, req: DemoRequest): Reply {
  const auth = authenticate(ctx, req, { refresh: true });
  if (!auth.ok) return auth.reply;
  // Unreachable with tokens this server issues (refresh tokens lack aud); kept for a forged aud-bearing one.
  return crashReply(ctx, 'refresh disabled');
}

export function handleMe(ctx: ServerContext, req: DemoRequest): Reply {
  const auth = authenticate(ctx, req);
  if (!auth.ok) return auth.reply;
  if (auth.claims.sub !== ctx.account.publicId) return restxReply(404, { error: 'User not found' });
  const a = ctx.account;
  return restxReply(200, {
    id: a.userId,
    public_id: a.publicId,
    username: a.username,
    email: a.email,
    role: a.role,
  });
}

function isJsonMimetype(contentType: string | string[] | undefined): boolean {
  const mimetype =
    String(contentType ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase() ?? '';
  return (
    mimetype === 'application/json' || (mimetype.startsWith('application/') && mimetype.endsWith('+json'))
  );
}

function tryJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Python repr() of a short str, as jsonschema quotes it. */
function pyRepr(text: string): string {
  return text.includes("'") && !text.includes('"') ? `"${text}"` : `'${text.replace(/'/g, "\\'")}'`;
}
