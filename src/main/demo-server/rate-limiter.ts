// flask-limiter's default "fixed-window" strategy with memory storage: the first hit opens a window of
// `windowMs`; every hit in it counts (failures too); the (limit+1)-th is refused until the window ends.

export class FixedWindowLimiter {
  private readonly windows = new Map<string, { startedAt: number; hits: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts a hit for `key`; true when it is within the limit. */
  hit(key: string, now: number): boolean {
    let window = this.windows.get(key);
    if (!window || now >= window.startedAt + this.windowMs) {
      window = { startedAt: now, hits: 0 };
      this.windows.set(key, window);
    }
    window.hits += 1;
    if (this.windows.size > 10_000) this.forgetExpired(now);
    return window.hits <= this.limit;
  }

  private forgetExpired(now: number): void {
    for (const [key, window] of this.windows) {
      if (now >= window.startedAt + this.windowMs) this.windows.delete(key);
    }
  }
}

/** The address flask-limiter keys on behind ProxyFix(x_for=1): the last X-Forwarded-For entry, else the peer. */
export function clientAddressOf(forwardedFor: string | string[] | undefined, peer: string): string {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  const last = header?.split(',').pop()?.trim();
  return last || peer;
}
