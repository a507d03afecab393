// The outbox's states, through its repo on a real store: what is sendable (pending, or a retry whose time has
// come; one run or all), a row taken once only, a row left sending turned unknown strictly before the cut-off,
// what a person may resend, and the history newest first with its run.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimJobRun } from '../../../src/main/store/repos/job-runs-repo';
import {
  getOutboxRow,
  insertOutboxRows,
  listOutboxHistory,
  markAttemptFailed,
  markSent,
  markStaleSendingUnknown,
  nextAttempts,
  outboxStatesOfRun,
  requeueForResend,
  sendableRows,
  takeForSending,
} from '../../../src/main/store/repos/outbox-repo';
import { createTestDb, type TestDb } from '../../helpers/test-db';

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.dispose());

const T = 1_000_000;
const row = (runId: number, recipient: string) => ({
  runId,
  recipient,
  lang: 'fr',
  retryUntil: T + 3_600_000,
  message: '{}',
});

function twoRuns(): { a: number; b: number; ids: number[] } {
  const a = claimJobRun(t.db, { job: 'report.daily', periodKey: '2026-03-01', now: T })!;
  const b = claimJobRun(t.db, { job: 'report.weekly', periodKey: '2026-02-23', now: T })!;
  insertOutboxRows(t.db, [row(a, 'a1@example.ch'), row(a, 'a2@example.ch')], T);
  insertOutboxRows(t.db, [row(b, 'b1@example.ch')], T);
  const ids = sendableRows(t.db, T).map((r) => r.id);
  return { a, b, ids };
}

describe('insertOutboxRows', () => {
  it('writes pending rows, due at once; nothing for an empty list', () => {
    insertOutboxRows(t.db, [], T);
    expect(sendableRows(t.db, T)).toEqual([]);
    const { ids } = twoRuns();
    const first = getOutboxRow(t.db, ids[0]!)!;
    expect(first).toMatchObject({
      state: 'pending',
      attempts: 0,
      nextAttemptAt: T,
      createdAt: T,
      updatedAt: T,
    });
  });
});

describe('sendableRows', () => {
  it('pending and due rows, oldest first; one run’s only when asked', () => {
    const { a, b, ids } = twoRuns();
    expect(ids).toHaveLength(3);
    expect(sendableRows(t.db, T, a).map((r) => r.recipient)).toEqual(['a1@example.ch', 'a2@example.ch']);
    expect(sendableRows(t.db, T, b).map((r) => r.recipient)).toEqual(['b1@example.ch']);
    expect(sendableRows(t.db, T - 1)).toEqual([]);
  });

  it('a retry when its time has come (at that very millisecond); never a sending, sent or failed row', () => {
    const { ids } = twoRuns();
    const [r1, r2, r3] = ids as [number, number, number];
    markAttemptFailed(
      t.db,
      r1,
      { state: 'retry', response: '451', nextAttemptAt: T + 60_000, attempts: 1 },
      T,
    );
    markAttemptFailed(t.db, r2, { state: 'failed', response: '550', nextAttemptAt: null, attempts: 1 }, T);
    expect(takeForSending(t.db, r3, T)).toBe(true);
    expect(sendableRows(t.db, T + 59_999)).toEqual([]);
    expect(sendableRows(t.db, T + 60_000).map((r) => r.id)).toEqual([r1]);
    markSent(t.db, r3, '<id@x>', '250 ok', T);
    expect(sendableRows(t.db, T + 3_600_000).map((r) => r.id)).toEqual([r1]);
  });

  it('a row without a next attempt time is sendable', () => {
    const { ids } = twoRuns();
    t.sqlite.prepare('UPDATE mail_outbox SET next_attempt_at = NULL WHERE id = ?').run(ids[0]);
    expect(sendableRows(t.db, 0).map((r) => r.id)).toEqual([ids[0]]);
  });
});

describe('takeForSending', () => {
  it('takes a row once; a retry row too; never a sent one', () => {
    const { ids } = twoRuns();
    const [r1, r2] = ids as [number, number];
    expect(takeForSending(t.db, r1, T + 5)).toBe(true);
    expect(getOutboxRow(t.db, r1)).toMatchObject({ state: 'sending', sendingSince: T + 5, updatedAt: T + 5 });
    expect(takeForSending(t.db, r1, T + 6)).toBe(false);
    markAttemptFailed(t.db, r2, { state: 'retry', response: '451', nextAttemptAt: T, attempts: 1 }, T);
    expect(takeForSending(t.db, r2, T)).toBe(true);
    markSent(t.db, r2, '<m@x>', '250 ok', T + 7);
    expect(takeForSending(t.db, r2, T + 8)).toBe(false);
    expect(takeForSending(t.db, 9999, T)).toBe(false);
  });
});

describe('markSent and markAttemptFailed', () => {
  it('a sent row keeps the server’s answer and drops the message; a failed one keeps its message', () => {
    const { ids } = twoRuns();
    const [r1, r2] = ids as [number, number];
    takeForSending(t.db, r1, T);
    markSent(t.db, r1, '<m@x>', '250 queued', T + 10);
    expect(getOutboxRow(t.db, r1)).toMatchObject({
      state: 'sent',
      messageId: '<m@x>',
      response: '250 queued',
      message: null,
      sendingSince: null,
      updatedAt: T + 10,
    });
    takeForSending(t.db, r2, T);
    markAttemptFailed(
      t.db,
      r2,
      { state: 'failed', response: '550 no', nextAttemptAt: null, attempts: 1 },
      T + 20,
    );
    expect(getOutboxRow(t.db, r2)).toMatchObject({
      state: 'failed',
      response: '550 no',
      attempts: 1,
      message: '{}',
      sendingSince: null,
      updatedAt: T + 20,
    });
    // The other rows are untouched.
    expect(getOutboxRow(t.db, ids[2]!)!.state).toBe('pending');
  });
});

describe('markStaleSendingUnknown', () => {
  it('rows sending since strictly before the cut-off become unknown; newer ones and other states stay', () => {
    const { ids } = twoRuns();
    const [r1, r2, r3] = ids as [number, number, number];
    takeForSending(t.db, r1, T);
    takeForSending(t.db, r2, T + 1);
    expect(markStaleSendingUnknown(t.db, T, T + 100)).toBe(0);
    expect(markStaleSendingUnknown(t.db, T + 1, T + 100)).toBe(1);
    expect(getOutboxRow(t.db, r1)).toMatchObject({ state: 'unknown', updatedAt: T + 100 });
    expect(getOutboxRow(t.db, r2)!.state).toBe('sending');
    expect(getOutboxRow(t.db, r3)!.state).toBe('pending');
    expect(markStaleSendingUnknown(t.db, T + 2, T + 200)).toBe(1);
    expect(outboxStatesOfRun(t.db, getOutboxRow(t.db, r1)!.runId).sort()).toEqual(['unknown', 'unknown']);
  });
});

describe('requeueForResend', () => {
  it('puts a failed or unknown row back to pending with a fresh window; refuses the others', () => {
    const { ids } = twoRuns();
    const [r1, r2, r3] = ids as [number, number, number];
    markAttemptFailed(t.db, r1, { state: 'failed', response: '550', nextAttemptAt: null, attempts: 3 }, T);
    takeForSending(t.db, r2, T);
    markStaleSendingUnknown(t.db, T + 1, T + 1);
    expect(requeueForResend(t.db, r1, '{"again":1}', T + 9_000, T + 50)).toBe(true);
    expect(getOutboxRow(t.db, r1)).toMatchObject({
      state: 'pending',
      attempts: 0,
      nextAttemptAt: T + 50,
      retryUntil: T + 9_000,
      message: '{"again":1}',
      updatedAt: T + 50,
    });
    expect(requeueForResend(t.db, r2, '{}', T + 9_000, T + 50)).toBe(true);
    expect(requeueForResend(t.db, r3, '{}', T + 9_000, T + 50)).toBe(false);
    expect(requeueForResend(t.db, r1, '{}', T + 9_000, T + 60)).toBe(false);
    expect(getOutboxRow(t.db, r3)).toMatchObject({
      state: 'pending',
      retryUntil: T + 3_600_000,
      message: '{}',
    });
  });
});

describe('listOutboxHistory and nextAttempts', () => {
  it('newest first, with the run’s job and period, at most `limit`', () => {
    const { ids } = twoRuns();
    const history = listOutboxHistory(t.db, 2);
    expect(history.map((h) => [h.id, h.job, h.periodKey, h.recipient])).toEqual([
      [ids[2], 'report.weekly', '2026-02-23', 'b1@example.ch'],
      [ids[1], 'report.daily', '2026-03-01', 'a2@example.ch'],
    ]);
    expect(history[0]).toMatchObject({
      lang: 'fr',
      state: 'pending',
      attempts: 0,
      messageId: null,
      updatedAt: T,
    });
  });

  it('the next attempt of each asked delivery (null when none is planned)', () => {
    const { ids } = twoRuns();
    const [r1, r2] = ids as [number, number];
    markAttemptFailed(t.db, r1, { state: 'failed', response: '550', nextAttemptAt: null, attempts: 1 }, T);
    expect(nextAttempts(t.db, [r1, r2])).toEqual(
      new Map([
        [r1, null],
        [r2, T],
      ]),
    );
    expect(nextAttempts(t.db, [])).toEqual(new Map());
  });
});
