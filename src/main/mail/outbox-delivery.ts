// Works the outbox: every sendable row is taken (atomically, so two processes never send it twice), handed to
// the server, and its outcome recorded at once. One message per recipient, so one refused address never
// blocks or re-sends the others. Retries are rows in state 'retry' with a time: any later check does them.
import type { Db } from '../store/open-store';
import { finishJobRun, type JobRunStatus } from '../store/repos/job-runs-repo';
import {
  markAttemptFailed,
  markSent,
  markStaleSendingUnknown,
  outboxStatesOfRun,
  sendableRows,
  takeForSending,
  type OutboxRow,
} from '../store/repos/outbox-repo';
import { classifySendError, retryDelayMs } from './mail-errors';
import type { MailSender } from './smtp-transport';

/** A rendered message as the outbox keeps it (JSON), images as base64. */
export interface StoredMessage {
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  images: { cid: string; filename: string; base64: string }[];
  /** files attached to the message (the weekly report's workbook), as base64 */
  attachments?: StoredAttachment[];
}

export interface StoredAttachment {
  filename: string;
  contentType: string;
  base64: string;
}

/** A row 'sending' for longer than this belongs to a dead process (nodemailer's own timeouts are shorter). */
export const SENDING_STALE_MS = 10 * 60_000;

export interface DeliveryResult {
  sent: number;
  retry: number;
  failed: number;
}

export async function deliverOutbox(
  db: Db,
  deps: { send: MailSender; from: string; now: () => number; runId?: number },
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, retry: 0, failed: 0 };
  markStaleSendingUnknown(db, deps.now() - SENDING_STALE_MS, deps.now());
  const touched = new Set<number>();
  for (const row of sendableRows(db, deps.now(), deps.runId)) {
    if (!takeForSending(db, row.id, deps.now())) continue;
    touched.add(row.runId);
    const outcome = await attempt(db, row, deps);
    result[outcome]++;
  }
  for (const runId of touched) settleRun(db, runId, deps.now());
  return result;
}

async function attempt(
  db: Db,
  row: OutboxRow,
  deps: { send: MailSender; from: string; now: () => number },
): Promise<keyof DeliveryResult> {
  const attempts = row.attempts + 1;
  let failure: { temporary: boolean; words: string };
  try {
    const message = JSON.parse(row.message ?? 'null') as StoredMessage | null;
    if (!message)
      throw Object.assign(new Error('The message content is missing: send the report again.'), {
        code: 'EMESSAGE',
      });
    const receipt = await deps.send({
      from: deps.from,
      to: row.recipient,
      subject: message.subject,
      html: message.html,
      text: message.text,
      headers: message.headers,
      images: message.images.map((i) => ({
        cid: i.cid,
        filename: i.filename,
        content: Buffer.from(i.base64, 'base64'),
      })),
      attachments: (message.attachments ?? []).map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: Buffer.from(a.base64, 'base64'),
      })),
    });
    const refused = receipt.rejected.find((r) => r.address.toLowerCase() === row.recipient.toLowerCase());
    if (!refused) {
      markSent(db, row.id, receipt.messageId, receipt.response, deps.now());
      return 'sent';
    }
    failure = classifySendError({ responseCode: refused.responseCode, response: refused.response });
  } catch (err) {
    failure = classifySendError(err);
  }
  const now = deps.now();
  const nextAttemptAt = now + retryDelayMs(attempts);
  const retry = failure.temporary && nextAttemptAt <= row.retryUntil;
  markAttemptFailed(
    db,
    row.id,
    {
      state: retry ? 'retry' : 'failed',
      response: failure.words,
      nextAttemptAt: retry ? nextAttemptAt : null,
      attempts,
    },
    now,
  );
  return retry ? 'retry' : 'failed';
}

/** Closes the run once no row of it can still be sent automatically. */
export function settleRun(db: Db, runId: number, now: number): JobRunStatus {
  const states = outboxStatesOfRun(db, runId);
  if (states.some((s) => s === 'pending' || s === 'retry' || s === 'sending')) return 'running';
  const sent = states.filter((s) => s === 'sent').length;
  const status: JobRunStatus = sent === states.length ? 'sent' : sent === 0 ? 'failed' : 'partial';
  finishJobRun(db, runId, status, now);
  return status;
}
