// Delivery bugs that once went unnoticed (a mutation probe): a refused address recorded as sent because
// nodemailer changed its case, and a run shown failed while one of its rows still waits for a retry. Real SMTP
// server on 127.0.0.1, real store, the scheduler's own entry point.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMailer } from '../../src/main/mail/mailer';
import { wallTimeToInstant } from '../../src/main/schedule/calendar';
import { runDueReports } from '../../src/main/schedule/report-runner';
import { readSection } from '../../src/main/settings';
import { listOutboxHistory } from '../../src/main/store/repos/outbox-repo';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { startTestSmtp, type TestSmtp } from '../mail/smtp-test-server';
import { configure, runnerDeps } from './run-fixtures';

const at = (day: string, time: string) => wallTimeToInstant(day, time, 'Europe/Zurich');
const MIN = 60_000;

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

const runStatus = () =>
  (db.sqlite.prepare("SELECT status FROM job_runs WHERE job = 'report.daily'").get() as { status: string })
    .status;

describe('a refused recipient whose address the server sees in another case', () => {
  it('is recorded failed with the server’s words, never sent, while the copy to another address is accepted', async () => {
    configure(db.db, smtp.port, { daily: { enabled: true, time: '08:00', recipients: 'Chef@Example.CH' } });
    smtp.refuse.add('chef@example.ch');
    const clock = { now: at('2026-03-01', '07:00') };
    // Each message also goes to an archive address the server accepts, so sendMail succeeds and the refusal
    // is only in its receipt — where nodemailer reports the address with the domain lower-cased.
    const deps = runnerDeps(db.db, clock, {
      mailer: async () => {
        const real = createMailer(readSection(db.db, 'mail'), null);
        return { ...real, send: (m) => real.send({ ...m, to: `${m.to}, archive@example.ch` }) };
      },
    });
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    const { delivery } = await runDueReports(deps);
    expect(delivery).toEqual({ sent: 0, retry: 0, failed: 1 });
    const row = listOutboxHistory(db.db, 5)[0]!;
    expect(row.recipient).toBe('Chef@Example.CH');
    expect(row.state).toBe('failed');
    expect(row.response).toMatch(/mailbox unavailable/);
    expect(runStatus()).toBe('failed');
  });

  it('alone in its message (nodemailer throws): failed too, kept as the server answered', async () => {
    configure(db.db, smtp.port, { daily: { enabled: true, time: '08:00', recipients: 'Chef@Example.CH' } });
    smtp.refuse.add('chef@example.ch');
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock);
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    expect((await runDueReports(deps)).delivery).toEqual({ sent: 0, retry: 0, failed: 1 });
    expect(listOutboxHistory(db.db, 5)[0]!.response).toMatch(/550/);
  });
});

describe('a run with one row failed and one waiting for a retry', () => {
  it('stays running until the retry is decided, then reads partial', async () => {
    configure(db.db, smtp.port, {
      daily: { enabled: true, time: '08:00', recipients: 'bad@example.ch, slow@example.ch' },
    });
    smtp.refuse.add('bad@example.ch');
    smtp.defer.add('slow@example.ch');
    const clock = { now: at('2026-03-01', '07:00') };
    const deps = runnerDeps(db.db, clock);
    await runDueReports(deps);
    clock.now = at('2026-03-01', '08:00') + 1000;
    expect((await runDueReports(deps)).delivery).toEqual({ sent: 0, retry: 1, failed: 1 });
    expect(runStatus()).toBe('running');
    smtp.defer.clear();
    clock.now += 2 * MIN;
    expect((await runDueReports(deps)).delivery).toEqual({ sent: 1, retry: 0, failed: 0 });
    expect(runStatus()).toBe('partial');
  });
});
