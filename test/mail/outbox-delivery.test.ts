// The outbox worked directly (mutation testing found these rules unguarded in the mail folder): a row left
// 'sending' by a dead process becomes 'unknown' only after 10 minutes; two checks at once never send one row
// twice; each attempt is counted and the retry delay grows with it; a retry is kept only while its next time
// fits before retry_until; a row without its content fails with a sentence; the run is settled sent / partial /
// failed only when no row can still be sent. Real SQLite store, real SMTP server on 127.0.0.1.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverOutbox, SENDING_STALE_MS, settleRun } from '../../src/main/mail/outbox-delivery';
import { createSmtpSender, smtpTransportOptions } from '../../src/main/mail/smtp-transport';
import { mailSettingsSchema } from '../../src/main/settings/sections/mail';
import { claimJobRun, getJobRun } from '../../src/main/store/repos/job-runs-repo';
import { getOutboxRow, insertOutboxRows, takeForSending } from '../../src/main/store/repos/outbox-repo';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { startTestSmtp, type TestSmtp } from './smtp-test-server';

const T0 = Date.UTC(2026, 2, 2, 7, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;

let db: TestDb;
let smtp: TestSmtp;
beforeEach(async () => {
  db = createTestDb();
  smtp = await startTestSmtp();
});
afterEach(async () => {
  await smtp.stop();
  db.dispose();
});

const message = (subject: string) =>
  JSON.stringify({
    subject,
    html: '<p><img src="cid:c@x"></p>',
    text: subject,
    headers: {},
    images: [{ cid: 'c@x', filename: 'chart.png', base64: Buffer.from('png-bytes').toString('base64') }],
    attachments: [
      {
        filename: 'w.xlsx',
        contentType: 'application/octet-stream',
        base64: Buffer.from('wb').toString('base64'),
      },
    ],
  });

function run(recipients: string[], retryUntil = T0 + 6 * HOUR, msg = message('Rapport')): number {
  const runId = claimJobRun(db.db, {
    job: 'report.daily',
    periodKey: `2026-03-01-${recipients.join()}`,
    now: T0,
  })!;
  insertOutboxRows(
    db.db,
    recipients.map((recipient) => ({ runId, recipient, lang: 'fr', retryUntil, message: msg })),
    T0,
  );
  return runId;
}

function deps(now: number) {
  const settings = mailSettingsSchema.parse({
    host: '127.0.0.1',
    port: smtp.port,
    security: 'none',
    from: 'r@example.ch',
  });
  return {
    send: createSmtpSender(smtpTransportOptions(settings, null)),
    from: 'r@example.ch',
    now: () => now,
  };
}

const ids = () =>
  (db.sqlite.prepare('SELECT id FROM mail_outbox ORDER BY id').all() as { id: number }[]).map((r) => r.id);

describe('deliverOutbox', () => {
  it('hands over the images and the attachments of the stored message', async () => {
    run(['chef@example.ch']);
    expect(await deliverOutbox(db.db, deps(T0))).toEqual({ sent: 1, retry: 0, failed: 0 });
    await smtp.waitFor(1);
    const names = smtp.received[0]!.parsed.attachments.map((a) => [a.filename, a.content.toString()]);
    expect(names).toEqual([
      ['chart.png', 'png-bytes'],
      ['w.xlsx', 'wb'],
    ]);
  });

  it('a row left sending becomes unknown after 10 minutes, not before', async () => {
    run(['chef@example.ch']);
    const [id] = ids();
    expect(takeForSending(db.db, id!, T0)).toBe(true);
    await deliverOutbox(db.db, deps(T0 + SENDING_STALE_MS - MIN));
    expect(getOutboxRow(db.db, id!)!.state).toBe('sending');
    await deliverOutbox(db.db, deps(T0 + SENDING_STALE_MS + MIN));
    expect(getOutboxRow(db.db, id!)!.state).toBe('unknown');
    expect(SENDING_STALE_MS).toBe(10 * MIN);
    expect(smtp.received).toHaveLength(0);
  });

  it('two checks at once send each row once', async () => {
    run(['a@example.ch', 'b@example.ch', 'c@example.ch']);
    const [r1, r2] = await Promise.all([deliverOutbox(db.db, deps(T0)), deliverOutbox(db.db, deps(T0))]);
    expect(r1.sent + r2.sent).toBe(3);
    expect(smtp.rcptLog.sort()).toEqual(['a@example.ch', 'b@example.ch', 'c@example.ch']);
  });

  it('counts attempts and waits longer after each (1 min, then 2 min)', async () => {
    run(['slow@example.ch']);
    smtp.defer.add('slow@example.ch');
    const [id] = ids();
    expect(await deliverOutbox(db.db, deps(T0))).toEqual({ sent: 0, retry: 1, failed: 0 });
    let row = getOutboxRow(db.db, id!)!;
    expect(row).toMatchObject({ state: 'retry', attempts: 1, nextAttemptAt: T0 + MIN });
    expect(row.response).toMatch(/451/);
    expect(await deliverOutbox(db.db, deps(T0 + MIN))).toEqual({ sent: 0, retry: 1, failed: 0 });
    row = getOutboxRow(db.db, id!)!;
    expect(row).toMatchObject({ state: 'retry', attempts: 2, nextAttemptAt: T0 + 3 * MIN });
  });

  it('keeps a retry whose next time is exactly retry_until, fails one a millisecond later', async () => {
    run(['slow@example.ch'], T0 + MIN);
    run(['late@example.ch'], T0 + MIN - 1);
    smtp.defer.add('slow@example.ch');
    smtp.defer.add('late@example.ch');
    const [slow, late] = ids();
    expect(await deliverOutbox(db.db, deps(T0))).toEqual({ sent: 0, retry: 1, failed: 1 });
    expect(getOutboxRow(db.db, slow!)!.state).toBe('retry');
    expect(getOutboxRow(db.db, late!)).toMatchObject({ state: 'failed', nextAttemptAt: null });
  });

  it('a row without its content fails with a sentence and sends nothing', async () => {
    run(['chef@example.ch'], T0 + 6 * HOUR, 'null');
    const [id] = ids();
    expect(await deliverOutbox(db.db, deps(T0))).toEqual({ sent: 0, retry: 0, failed: 1 });
    expect(getOutboxRow(db.db, id!)!.response).toMatch(/content is missing/);
    expect(smtp.rcptLog).toEqual([]);
  });
});

describe('settleRun', () => {
  it('sent when every row went, failed when none did, partial in between; running while one can still go', async () => {
    const all = run(['a@example.ch']);
    const none = run(['bad@example.ch']);
    const some = run(['a@example.ch', 'bad@example.ch']);
    const waiting = run(['bad@example.ch', 'slow@example.ch']);
    smtp.refuse.add('bad@example.ch');
    smtp.defer.add('slow@example.ch');
    await deliverOutbox(db.db, deps(T0));
    expect(getJobRun(db.db, all)!.status).toBe('sent');
    expect(getJobRun(db.db, none)!.status).toBe('failed');
    expect(getJobRun(db.db, some)!.status).toBe('partial');
    expect(getJobRun(db.db, waiting)).toMatchObject({ status: 'running', finishedAt: null });
    expect(settleRun(db.db, waiting, T0)).toBe('running');
    expect(getJobRun(db.db, all)!.finishedAt).toBe(T0);
  });
});
