// `@jwt_required()` as flask-jwt-extended + the app's loaders do it (docs/dispatch-api.md#expired-token):
// header parsing, PyJWT decoding with aud=atmr-api, then the token-type check. Tokens are read only from
// `Authorization: Bearer`.
import type { ServerContext } from './context';
import { tokenErrorReply } from './error-replies';
import { verifyJwt, type JwtClaims } from './jwt';
import type { DemoRequest, Reply } from './types';

export const AUDIENCE = 'atmr-api';

export type AuthResult = { ok: true; claims: JwtClaims } | { ok: false; reply: Reply };

export function authenticate(
  ctx: ServerContext,
  req: DemoRequest,
  opts: { refresh?: boolean; restxRoute?: boolean } = {},
): AuthResult {
  const restxRoute = opts.restxRoute ?? true;
  const fail = (status: 401 | 422, error: string, message: string): AuthResult => ({
    ok: false,
    reply: tokenErrorReply(ctx, status, { error, message }, restxRoute),
  });
  const raw = req.headers.authorization;
  const header = Array.isArray(raw) ? raw.join(',') : raw;
  if (!header) return fail(401, 'missing_token', 'Missing Authorization Header');
  let token: string | undefined;
  for (const field of header.split(',')) {
    const parts = field.trim().split(/\s+/);
    if (parts[0] === 'Bearer' && parts.length === 2) {
      token = parts[1];
      break;
    }
  }
  if (!token)
    return fail(
      401,
      'missing_token',
      "Missing 'Bearer' type in 'Authorization' header. Expected 'Authorization: Bearer <JWT>'",
    );
  const verified = verifyJwt(token, ctx.secret, { nowMs: ctx.now(), audience: AUDIENCE });
  if (!verified.ok) {
    return verified.failure.kind === 'expired'
      ? fail(401, 'token_expired', verified.failure.message)
      : fail(422, 'invalid_token', verified.failure.message);
  }
  const isRefresh = verified.claims.type === 'refresh';
  if (opts.refresh && !isRefresh) return fail(422, 'invalid_token', 'Only refresh tokens are allowed');
  if (!opts.refresh && isRefresh) return fail(422, 'invalid_token', 'Only non-refresh tokens are allowed');
  return { ok: true, claims: verified.claims };
}
