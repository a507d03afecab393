// The runner's other paths, in process with a real SMTP server: a schedule without recipients (recorded, never
// retried at every check), mail settings that cannot send (nothing claimed, so the periods go out once fixed),
// periods of both reports in due order, how long a delivery is retried, and what "send now" and "resend" refuse.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MailConfigError } from '../../src/main/mail/mail-errors';
import { wallTimeToInstant } from '../../src/main/schedule/calendar';
import {
  NoRecipientsError,
  ResendError,
  resendDelivery,
  runDueReports,
  sendReportNow,
} from '../../src/main/schedule/report-runner';
import { translateMessage } from '../../src/shared/i18n';
import { messageOf } from '../../src/shared/i18n/localized-error';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { startTestSmtp, type TestSmtp } from '../mail/smtp-test-server';
import { configure, runnerDeps } from './run-fixtures';

const at = (day: string, time: string) => wallTimeToInstant(day, time, 'Europe/Zurich');
const HOUR = 3_600_000;
const header = (m: TestSmtp['received'][number]) => String(m.parsed.headers.get('x-dispatch-report'));

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

const jobRuns = () =>
  db.sqlite.prepare('SELECT job, period_key AS p, status, detail FROM job_runs ORDER BY id').all() as {
    job: string;
    p: string;
    status: string;
    detail: string | null;
  }[];
const outbox = () =>
  db.sqlite
    .prepare('SELECT id, recipient, lang, state, retry_until AS retryUntil FROM mail_outbox ORDER BY id')
    .all() as {
    id: number;
    recipient: string;
    lang: string;
    state: string;
    retryUntil: number;
  }[];

describe('a schedule without recipients', () => {
  it('records the period as skipped once, sends nothing, and does not try again at the next check', async () => {
    configure(db.db, smtp.port, { daily: { enabled: true, time: '08:00', recipients: '' } });
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock);
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    const first = await runDueReports(deps);
    expect(first.periods).toEqual([
      {
        job: 'report.daily',
        periodKey: '2026-02-28',
        dueAt: at('2026-03-01', '08:00'),
        outcome: 'no-recipients',
      },
    ]);
    expect(jobRuns()).toEqual([
      { job: 'report.daily', p: '2026-02-28', status: 'skipped', detail: '{"reason":"no-recipients"}' },
    ]);
    clock.now += 60_000;
    expect((await runDueReports(deps)).periods).toEqual([]);
    expect(smtp.received).toHaveLength(0);
    expect(outbox()).toEqual([]);
  });
});

describe('mail settings that cannot send', () => {
  it('claim nothing and say why; once fixed, the period goes out', async () => {
    configure(db.db, smtp.port, { daily: { enabled: true, time: '08:00', recipients: 'chef@example.ch' } });
    const clock = { now: at('2026-03-01', '07:00') };
    let broken = true;
    const working = runnerDeps(db.db, clock);
    const deps = {
      ...working,
      mailer: () =>
        broken ? Promise.reject(new MailConfigError('reports.errors.noSmtpHost')) : working.mailer(),
    };
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    const res = await runDueReports(deps);
    expect(res.mailError).toBeInstanceOf(MailConfigError);
    expect(res.periods).toEqual([]);
    expect(res.delivery).toEqual({ sent: 0, retry: 0, failed: 0 });
    expect(jobRuns()).toEqual([]);
    broken = false;
    clock.now += 60_000;
    const fixed = await runDueReports(deps);
    expect(fixed).not.toHaveProperty('mailError');
    expect(fixed.periods.map((p) => p.outcome)).toEqual(['queued']);
    expect(smtp.received.map(header)).toEqual(['daily 2026-02-28']);
  });
});

describe('both reports overdue after the machine was off', () => {
  it('go out oldest due first, whichever report', async () => {
    configure(db.db, smtp.port, {
      daily: { enabled: true, time: '08:00', recipients: 'chef@example.ch' },
      weekly: { enabled: true, time: '07:00', weekday: 2, recipients: 'chef@example.ch' },
      catchUpDays: 3,
    });
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock);
    await runDueReports(deps);
    clock.now = at('2026-03-04', '09:00'); // Wednesday: daily 02, 03, 04 at 08:00; weekly Tuesday 03 at 07:00
    const { periods } = await runDueReports(deps);
    expect(periods.map((p) => `${p.job} ${p.periodKey}`)).toEqual([
      'report.daily 2026-03-01',
      'report.weekly 2026-02-23',
      'report.daily 2026-03-02',
      'report.daily 2026-03-03',
    ]);
  });
});

describe('how long a scheduled delivery is retried', () => {
  it('until the next run of the same report, or an hour from now when that is sooner', async () => {
    configure(db.db, smtp.port, { daily: { enabled: true, time: '08:00', recipients: 'chef@example.ch' } });
    smtp.defer.add('chef@example.ch');
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock);
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    await runDueReports(deps);
    expect(outbox()[0]!.retryUntil).toBe(at('2026-03-02', '08:00'));
    // Caught up at 07:30 the next day: the next run is half an hour away, the retries get an hour.
    const late = createTestDb();
    try {
      configure(late.db, smtp.port, {
        daily: { enabled: true, time: '08:00', recipients: 'chef@example.ch' },
      });
      const c2 = { now: at('2026-03-01', '07:00') };
      const d2 = runnerDeps(late.db, c2);
      await runDueReports(d2);
      c2.now = at('2026-03-02', '07:30');
      await runDueReports(d2);
      const row = late.sqlite.prepare('SELECT retry_until AS r FROM mail_outbox').get() as { r: number };
      expect(row.r).toBe(c2.now + HOUR);
    } finally {
      late.dispose();
    }
  });
});

describe('send now', () => {
  it('refuses without recipients, in one sentence that says what to do', async () => {
    configure(db.db, smtp.port, { daily: { enabled: false, time: '08:00', recipients: '' } });
    const deps = runnerDeps(db.db, { now: at('2026-03-05', '10:00') });
    const err = await sendReportNow(deps, { kind: 'daily', periodKey: '2026-03-01' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(NoRecipientsError);
    expect((err as NoRecipientsError).kind).toBe('validation');
    expect(translateMessage('en', messageOf(err)!)).toMatch(/^No recipients: give --to ADDRESS/);
    expect(jobRuns()).toEqual([]);
  });

  it('to the given recipients rather than the schedule’s, as its own run, retried for an hour', async () => {
    configure(db.db, smtp.port, { daily: { enabled: true, time: '08:00', recipients: 'chef@example.ch' } });
    const now = at('2026-03-05', '10:00');
    const deps = runnerDeps(db.db, { now });
    const { runId, delivery } = await sendReportNow(deps, {
      kind: 'daily',
      periodKey: '2026-03-01',
      recipients: [{ address: 'autre@example.ch', lang: 'en' }],
    });
    expect(delivery.sent).toBe(1);
    expect(smtp.received.map((m) => [m.to[0], m.parsed.subject])).toEqual([
      ['autre@example.ch', 'daily 2026-03-01 en'],
    ]);
    expect(jobRuns()).toEqual([
      {
        job: 'report.daily.manual',
        p: `2026-03-01@${now}`,
        status: 'sent',
        detail: '{"dataThrough":"2026-03-01","stale":false}',
      },
    ]);
    expect(runId).toBeGreaterThan(0);
    expect(outbox()[0]!.retryUntil).toBe(now + HOUR);
  });
});

describe('resend', () => {
  it('refuses a delivery that does not exist, and one that went out', async () => {
    configure(db.db, smtp.port, { daily: { enabled: true, time: '08:00', recipients: 'chef@example.ch' } });
    const deps = runnerDeps(db.db, { now: at('2026-03-05', '10:00') });
    const missing = await resendDelivery(deps, 999).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ResendError);
    expect((missing as ResendError).reason).toBe('not-found');
    expect(translateMessage('en', messageOf(missing)!)).toBe('This delivery does not exist (any more).');
    await sendReportNow(deps, { kind: 'daily', periodKey: '2026-03-01' });
    const sent = await resendDelivery(deps, outbox()[0]!.id).catch((e: unknown) => e);
    expect((sent as ResendError).reason).toBe('not-resendable');
    expect(translateMessage('en', messageOf(sent)!)).toMatch(/^Only a failed delivery/);
    expect(smtp.received).toHaveLength(1);
  });

  it('a failed row whose message was not kept is drawn again: its report, period and language', async () => {
    configure(db.db, smtp.port, {
      weekly: { enabled: true, time: '07:00', weekday: 1, recipients: 'chef@example.ch:en' },
    });
    smtp.refuse.add('chef@example.ch');
    const clock = { now: at('2026-03-05', '10:00') };
    const deps = runnerDeps(db.db, clock);
    await sendReportNow(deps, { kind: 'weekly', periodKey: '2026-02-23' });
    const row = outbox()[0]!;
    expect(row.state).toBe('failed');
    db.sqlite.prepare('UPDATE mail_outbox SET message = NULL WHERE id = ?').run(row.id);
    smtp.refuse.clear();
    clock.now += 60_000;
    const delivery = await resendDelivery(deps, row.id);
    expect(delivery.sent).toBe(1);
    expect(smtp.received.map((m) => m.parsed.subject)).toEqual(['weekly 2026-02-23 en']);
    // The run is settled again with its delivery: sent now.
    expect(jobRuns()[0]!.status).toBe('sent');
  });
});
