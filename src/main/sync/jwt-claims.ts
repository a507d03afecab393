// Reads a JWT's timing claims without verifying it: we only need to know when to log in again, and the server
// is the one that checks signatures.

export interface JwtTiming {
  /** seconds since epoch, as the server's clock saw it */
  iat: number | null;
  exp: number | null;
}

export function decodeJwtTiming(token: string): JwtTiming {
  const payload = token.split('.')[1];
  if (!payload) return { iat: null, exp: null };
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
    return { iat: num(claims.iat), exp: num(claims.exp) };
  } catch {
    return { iat: null, exp: null };
  }
}

/**
 * When to stop using a token, on OUR clock: the token's lifetime (exp − iat, immune to clock skew) from the
 * moment we received it, minus a margin — 60 s, or a quarter of the lifetime for very short tokens (tests).
 */
export function tokenRenewAt(token: string, receivedAt: number, fallbackTtlMs = 50 * 60_000): number {
  const { iat, exp } = decodeJwtTiming(token);
  const ttlMs = iat !== null && exp !== null && exp > iat ? (exp - iat) * 1000 : fallbackTtlMs;
  return receivedAt + ttlMs - Math.min(60_000, ttlMs / 4);
}
