// The mail outbox: one row per (run, recipient). States:
//   pending → sending → sent | retry (4xx, network; until retry_until) | failed (5xx, or out of time)
//   sending, left by a process that died after handing the message over → unknown (never re-sent automatically).
// Taking a row to send is one conditional UPDATE, so two processes never send the same row.
import { and, desc, eq, inArray, isNull, lt, lte, or } from 'drizzle-orm';
import type { DeliveryView } from '../../../shared/contract/reports-schemas';
import type { Db } from '../open-store';
import { jobRuns, mailOutbox } from '../schema';

export type OutboxRow = typeof mailOutbox.$inferSelect;
// The states a delivery goes through, as the contract shows them (DeliveryView).
export type OutboxState = DeliveryView['state'];

export interface NewOutboxRow {
  runId: number;
  recipient: string;
  lang: string;
  retryUntil: number;
  message: string;
}

export function insertOutboxRows(db: Db, rows: readonly NewOutboxRow[], now: number): void {
  if (rows.length === 0) return;
  db.insert(mailOutbox)
    .values(rows.map((r) => ({ ...r, state: 'pending', createdAt: now, updatedAt: now, nextAttemptAt: now })))
    .run();
}

/** Rows ready for an attempt at `now` (pending, or retry whose time has come), oldest first. */
export function sendableRows(db: Db, now: number, runId?: number): OutboxRow[] {
  return db
    .select()
    .from(mailOutbox)
    .where(
      and(
        inArray(mailOutbox.state, ['pending', 'retry']),
        or(isNull(mailOutbox.nextAttemptAt), lte(mailOutbox.nextAttemptAt, now)),
        runId === undefined ? undefined : eq(mailOutbox.runId, runId),
      ),
    )
    .orderBy(mailOutbox.id)
    .all();
}

/** Takes the row for sending; false when another process took it (or it is no longer sendable). */
export function takeForSending(db: Db, id: number, now: number): boolean {
  const res = db
    .update(mailOutbox)
    .set({ state: 'sending', sendingSince: now, updatedAt: now })
    .where(and(eq(mailOutbox.id, id), inArray(mailOutbox.state, ['pending', 'retry'])))
    .run();
  return res.changes === 1;
}

export function markSent(db: Db, id: number, messageId: string, response: string, now: number): void {
  db.update(mailOutbox)
    .set({ state: 'sent', messageId, response, message: null, updatedAt: now, sendingSince: null })
    .where(eq(mailOutbox.id, id))
    .run();
}

export function markAttemptFailed(
  db: Db,
  id: number,
  outcome: { state: 'retry' | 'failed'; response: string; nextAttemptAt: number | null; attempts: number },
  now: number,
): void {
  db.update(mailOutbox)
    .set({ ...outcome, updatedAt: now, sendingSince: null })
    .where(eq(mailOutbox.id, id))
    .run();
}

/**
 * Rows stuck in 'sending' since before `staleBefore` belong to a process that died while the server had the
 * message: it may have been delivered, so they become 'unknown' and wait for a person's "resend".
 */
export function markStaleSendingUnknown(db: Db, staleBefore: number, now: number): number {
  const stale = and(eq(mailOutbox.state, 'sending'), lt(mailOutbox.sendingSince, staleBefore));
  // Read first: this runs at every check, and an idle check should not write.
  if (!db.select({ id: mailOutbox.id }).from(mailOutbox).where(stale).limit(1).get()) return 0;
  return db.update(mailOutbox).set({ state: 'unknown', updatedAt: now }).where(stale).run().changes;
}

export function outboxStatesOfRun(db: Db, runId: number): OutboxState[] {
  return db
    .select({ state: mailOutbox.state })
    .from(mailOutbox)
    .where(eq(mailOutbox.runId, runId))
    .all()
    .map((r) => r.state as OutboxState);
}

export function getOutboxRow(db: Db, id: number): OutboxRow | null {
  return db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get() ?? null;
}

/** A failed or unknown row back to pending, by a person's decision ("resend"); false if not resendable. */
export function requeueForResend(
  db: Db,
  id: number,
  message: string,
  retryUntil: number,
  now: number,
): boolean {
  return (
    db
      .update(mailOutbox)
      .set({ state: 'pending', attempts: 0, nextAttemptAt: now, retryUntil, message, updatedAt: now })
      .where(and(eq(mailOutbox.id, id), inArray(mailOutbox.state, ['failed', 'unknown'])))
      .run().changes === 1
  );
}

/** The latest deliveries, newest first, with their run's job and period: the contract's DeliveryView as is. */
export function listOutboxHistory(db: Db, limit: number): DeliveryView[] {
  return db
    .select({
      id: mailOutbox.id,
      runId: mailOutbox.runId,
      job: jobRuns.job,
      periodKey: jobRuns.periodKey,
      recipient: mailOutbox.recipient,
      lang: mailOutbox.lang,
      state: mailOutbox.state,
      attempts: mailOutbox.attempts,
      messageId: mailOutbox.messageId,
      response: mailOutbox.response,
      updatedAt: mailOutbox.updatedAt,
    })
    .from(mailOutbox)
    .innerJoin(jobRuns, eq(jobRuns.id, mailOutbox.runId))
    .orderBy(desc(mailOutbox.id))
    .limit(limit)
    .all() as DeliveryView[];
}

/** When each of these deliveries is tried next (null: not planned), for "retry at …" in `schedule status`. */
export function nextAttempts(db: Db, ids: readonly number[]): Map<number, number | null> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({ id: mailOutbox.id, at: mailOutbox.nextAttemptAt })
    .from(mailOutbox)
    .where(inArray(mailOutbox.id, [...ids]))
    .all();
  return new Map(rows.map((r) => [r.id, r.at]));
}
