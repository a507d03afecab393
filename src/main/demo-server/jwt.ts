// HS256 tokens as PyJWT writes and checks them (docs/dispatch-api.md#tokens): header with sorted keys,
// payload in insertion order, compact JSON, base64url without padding. Verification errors carry PyJWT's
// messages because dev mode sends them to the client.
import { createHmac, timingSafeEqual } from 'node:crypto';

export type JwtClaims = Record<string, unknown>;

export type JwtFailure =
  { kind: 'expired'; message: 'Signature has expired' } | { kind: 'invalid'; message: string };

export function signJwt(claims: JwtClaims, secret: string): string {
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = b64url(JSON.stringify(claims));
  return `${header}.${payload}.${signature(`${header}.${payload}`, secret)}`;
}

export function verifyJwt(
  token: string,
  secret: string,
  opts: { nowMs: number; audience: string },
): { ok: true; claims: JwtClaims } | { ok: false; failure: JwtFailure } {
  const invalid = (message: string) => ({
    ok: false as const,
    failure: { kind: 'invalid' as const, message },
  });
  const lastDot = token.lastIndexOf('.');
  const firstDot = token.indexOf('.');
  if (firstDot < 0 || firstDot === lastDot) return invalid('Not enough segments');
  const headerPart = token.slice(0, firstDot);
  const payloadPart = token.slice(firstDot + 1, lastDot);
  const signaturePart = token.slice(lastDot + 1);

  const header = decodeJson(headerPart);
  if (header === undefined) return invalid('Invalid header padding');
  if (header === null || typeof header !== 'object' || Array.isArray(header))
    return invalid('Invalid header string: must be a json object');
  const claims = decodeJson(payloadPart);
  if (claims === undefined) return invalid('Invalid payload padding');
  if (claims === null || typeof claims !== 'object' || Array.isArray(claims))
    return invalid('Invalid payload string: must be a json object');
  if ((header as JwtClaims).alg !== 'HS256') return invalid('The specified alg value is not allowed');
  const expected = Buffer.from(signature(`${headerPart}.${payloadPart}`, secret));
  const given = Buffer.from(signaturePart);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return invalid('Signature verification failed');

  const c = claims as JwtClaims;
  const nowSeconds = opts.nowMs / 1000;
  // PyJWT's order: iat, nbf, exp, then aud.
  if (c.iat !== undefined && typeof c.iat !== 'number')
    return invalid('Issued At claim (iat) must be an integer.');
  if (typeof c.nbf === 'number' && c.nbf > nowSeconds) return invalid('The token is not yet valid (nbf)');
  if (typeof c.exp === 'number' && c.exp <= nowSeconds)
    return { ok: false, failure: { kind: 'expired', message: 'Signature has expired' } };
  if (c.aud === undefined) return invalid('Token is missing the "aud" claim');
  const audiences = Array.isArray(c.aud) ? c.aud : [c.aud];
  if (!audiences.includes(opts.audience)) return invalid("Audience doesn't match");
  return { ok: true, claims: c };
}

function signature(input: string, secret: string): string {
  return createHmac('sha256', secret).update(input).digest('base64url');
}

function b64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function decodeJson(part: string): unknown {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) return undefined;
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
