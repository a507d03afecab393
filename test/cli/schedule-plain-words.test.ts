// Issue 17 §7: `schedule run-due` and `schedule status` speak French and English, not job names
// (`report.daily`), outcome codes (`queued`) or a manual send's internal key (`2026-03-10@…`); a retry says
// when. `--json` keeps the codes for scripts. Real SMTP on 127.0.0.1, one recipient answered 451.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore } from '../../src/main/store/open-store';
import { setSetting } from '../../src/main/store/repos/settings-repo';
import { startTestSmtp, type TestSmtp } from '../mail/smtp-test-server';
import { cliSandbox, NOW, type CliSandbox } from './run-cli';

let sb: CliSandbox;
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startTestSmtp();
  smtp.defer.add('late@example.ch');
  sb = cliSandbox();
  expect((await sb.run('demo', 'seed', '--days', '20')).code).toBe(0);
  const store = openStore(join(sb.dir, 'dispatch-analytics.sqlite'));
  try {
    const mail = { host: '127.0.0.1', port: smtp.port, security: 'none', from: 'rapports@example.ch' };
    setSetting(store.db, 'mail', mail, NOW);
    const recipients = 'chef@example.ch, late@example.ch';
    setSetting(
      store.db,
      'reports',
      {
        daily: { enabled: true, time: '08:00', recipients },
        weekly: { enabled: true, weekday: 7, time: '09:00', recipients: 'chef@example.ch' },
      },
      NOW,
    );
    // Switched on on Friday: Sunday's 08:00 daily and 09:00 weekly are due at NOW (Sunday 11:00).
    const on = store.sqlite.prepare('INSERT INTO schedule_enablement (job, enabled_at) VALUES (?, ?)');
    for (const job of ['report.daily', 'report.weekly']) on.run(job, NOW - 2 * 86_400_000);
  } finally {
    store.close();
  }
}, 60_000);
afterAll(async () => {
  sb.dispose();
  await smtp.stop();
});

// Codes, not words (the SMTP server's own "250 Message queued as …" is its words, kept as they are).
const CODES = /report\.(daily|weekly)|: (queued|skipped|held|taken|retry)\b|no-recipients|@\d{10,}/;

it('run-due, then status, in plain French; a retry says when; a manual send shows no key', async () => {
  const due = await sb.run('schedule', 'run-due');
  expect(due.code, due.stderr).toBe(0);
  const lines = due.stdout.split('\n');
  expect(lines).toContain('Rapport quotidien — vendredi 13.03 : remis au serveur d’e-mail');
  expect(lines).toContain('Rapport quotidien — samedi 14.03 : remis au serveur d’e-mail');
  expect(lines).toContain('Rapport hebdomadaire — semaine du 02.03 : remis au serveur d’e-mail');
  expect(due.stdout).not.toMatch(CODES);

  const manual = await sb.run('report', 'send', 'daily', '--date', '2026-03-10', '--to', 'boss@example.ch');
  expect(manual.code, manual.stderr).toBe(0);

  const status = await sb.run('schedule', 'status');
  expect(status.code, status.stderr).toBe(0);
  expect(status.stdout).not.toMatch(CODES);
  expect(status.stdout).toMatch(/^Rapport quotidien : actif · 08:00 \(Europe\/Zurich\)$/m);
  expect(status.stdout).toMatch(/dernier envoi : samedi 14\.03 · /);
  expect(status.stdout).toMatch(
    /boss@example\.ch · Rapport quotidien \(envoi manuel\) — mardi 10\.03 : envoyé/,
  );
  // 451 at 11:00: tried again a minute later, and the line says so, with the server's words.
  expect(status.stdout).toMatch(
    /late@example\.ch · Rapport quotidien — samedi 14\.03 : nouvel essai le 15\.03\.2026 11:0\d — 451/,
  );
}, 60_000);

it('in English with --lang en', async () => {
  const status = await sb.run('--lang', 'en', 'schedule', 'status');
  expect(status.stdout).not.toMatch(CODES);
  expect(status.stdout).toMatch(/Weekly report — week of 2 Mar: sent/);
  expect(status.stdout).toMatch(/Daily report \(sent by hand\) — Tuesday 10 Mar: sent/);
  expect(status.stdout).toMatch(/Daily report — Saturday 14 Mar: next try 15 Mar 2026 11:0\d/);
}, 60_000);

it('--json keeps the codes scripts read', async () => {
  const s = await sb.json<{
    jobs: { job: string }[];
    deliveries: { job: string; periodKey: string; state: string }[];
  }>('schedule', 'status', '--json');
  expect(s.jobs.map((j) => j.job)).toEqual(['report.daily', 'report.weekly']);
  expect(
    s.deliveries.some((d) => d.job === 'report.daily.manual' && d.periodKey.startsWith('2026-03-10@')),
  ).toBe(true);
  expect(s.deliveries.some((d) => d.state === 'retry')).toBe(true);
}, 60_000);
