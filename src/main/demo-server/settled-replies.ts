// Written bodies of answers that can no longer change: a past day's reservations page, a past run's detail.
// Syncs read the same recent days again and again (the 14-day window every 15 minutes), so those are written
// once. Everything is dropped when the store's epoch moves (a new day, a replaced day); the least recently used
// bodies go first past the size cap. Today's live day is never put here: its statuses follow the clock.
import type { ServerContext } from './context';
import { renderBody } from './http-reply';
import type { Reply } from './types';

/** Characters kept at most (bodies are ASCII: about as many bytes). */
export const SETTLED_REPLIES_MAX_CHARS = 64_000_000;

export class SettledReplies {
  private epoch = '';
  private readonly bodies = new Map<string, string>();
  private chars = 0;
  hits = 0;

  constructor(private readonly maxChars = SETTLED_REPLIES_MAX_CHARS) {}

  get(epoch: string, key: string): string | undefined {
    this.syncEpoch(epoch);
    const body = this.bodies.get(key);
    if (body === undefined) return undefined;
    this.bodies.delete(key);
    this.bodies.set(key, body);
    this.hits += 1;
    return body;
  }

  set(epoch: string, key: string, body: string): void {
    this.syncEpoch(epoch);
    if (body.length > this.maxChars) return;
    const previous = this.bodies.get(key);
    if (previous !== undefined) this.chars -= previous.length;
    this.bodies.delete(key);
    this.bodies.set(key, body);
    this.chars += body.length;
    for (const [oldest, text] of this.bodies) {
      if (this.chars <= this.maxChars) break;
      this.bodies.delete(oldest);
      this.chars -= text.length;
    }
  }

  size(): number {
    return this.bodies.size;
  }

  private syncEpoch(epoch: string): void {
    if (epoch === this.epoch) return;
    this.epoch = epoch;
    this.bodies.clear();
    this.chars = 0;
  }
}

/** The answer kept under `key` (null: not a settled answer, always built), else `build()`'s, kept when 200. */
export function settledReply(
  ctx: ServerContext,
  epoch: string,
  key: string | null,
  build: () => Reply,
): Reply {
  if (key === null) return build();
  const kept = ctx.replies.get(epoch, key);
  if (kept !== undefined) return { status: 200, style: 'restx', json: kept };
  const reply = build();
  if (reply.status !== 200 || reply.style === 'raw') return reply;
  const json = renderBody(reply, ctx.mode).body;
  ctx.replies.set(epoch, key, json);
  return { ...reply, json };
}
