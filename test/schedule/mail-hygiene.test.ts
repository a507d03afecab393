// Issue 17 §4, as a mail client receives it (real SMTP + mailparser): a sender with a display name (non-ASCII,
// encoded), Auto-Submitted on every message, a catch-up e-mail that says it is late and why (first line of the
// HTML and of the text), and a link back to the dashboard only where a stable address is set.
import { describe, expect, it } from 'vitest';
import { wallTimeToInstant } from '../../src/main/schedule/calendar';
import { runDueReports } from '../../src/main/schedule/report-runner';
import { defaultSettings } from '../../src/main/settings';
import { validatePatch } from '../../src/main/settings/settings-patch';
import { setSetting } from '../../src/main/store/repos/settings-repo';
import { type TestDb } from '../helpers/test-db';
import { type TestSmtp } from '../mail/smtp-test-server';
import { useDemoStoreAndSmtp } from './demo-store-and-smtp';
import { runnerDeps } from './run-fixtures';

const Z = 'Europe/Zurich';
const at = (day: string, time: string) => wallTimeToInstant(day, time, Z);
const FROM = 'Dispatch Léman <rapports@example.ch>';
let smtp: TestSmtp;
let t: TestDb;
useDemoStoreAndSmtp(
  {
    seed: 3,
    days: 20,
    endDay: '2026-03-14',
    bookingsPerDay: 20,
    now: at('2026-03-14', '23:00'),
  },
  (server, store) => {
    smtp = server;
    t = store;
  },
);

function configure(dashboardUrl: string): void {
  setSetting(t.db, 'mail', { host: '127.0.0.1', port: smtp.port, security: 'none', user: '', from: FROM }, 0);
  const recipients = 'chef@example.ch, boss@example.ch:en';
  setSetting(t.db, 'reports', { daily: { enabled: true, time: '08:00', recipients }, dashboardUrl }, 0);
}

const mails = (period: string, to: string) =>
  smtp.received.filter(
    (r) => r.to.includes(to) && String(r.parsed.headers.get('x-dispatch-report')) === `daily ${period}`,
  );

describe('settings', () => {
  it('take a sender with a display name, and a dashboard link only at a stable http(s) address', () => {
    const ok = validatePatch(defaultSettings(), {
      'mail.from': FROM,
      'reports.dashboardUrl': 'https://dispatch.example.ch/analytics',
    });
    expect(ok.errors).toEqual({});
    expect(ok.next.mail.from).toBe(FROM);
    for (const bad of [
      'http://127.0.0.1:5173/?token=4f9a', // serve's printed link: its token changes at each start
      'https://user:pw@dispatch.example.ch/',
      'ftp://dispatch.example.ch/',
      'dispatch.example.ch',
    ]) {
      expect(validatePatch(defaultSettings(), { 'reports.dashboardUrl': bad }).errors, bad).toHaveProperty([
        'reports.dashboardUrl',
      ]);
    }
    for (const bad of [
      'Dispatch Léman',
      'a@x.ch, b@y.ch',
      'Dispatch <nobody>',
      'Dispatch rapports@example.ch',
    ]) {
      expect(validatePatch(defaultSettings(), { 'mail.from': bad }).errors, bad).toHaveProperty([
        'mail.from',
      ]);
    }
  });
});

describe('the scheduled e-mails', () => {
  it('come from the display name, say they are machine-made, and the catch-up ones say how late and why', async () => {
    configure('https://dispatch.example.ch/analytics');
    const clock = { now: at('2026-03-10', '07:00') };
    const deps = runnerDeps(t.db, clock, { render: undefined });
    await runDueReports(deps); // switched on before Tuesday's report
    clock.now = at('2026-03-10', '08:00') + 30_000;
    await runDueReports(deps); // on time
    clock.now = at('2026-03-13', '07:30'); // off from Tuesday to Friday morning
    await runDueReports(deps);
    await smtp.waitFor(6); // 3 days × 2 recipients

    const onTime = mails('2026-03-09', 'chef@example.ch')[0]!;
    const from = onTime.parsed.from!.value[0]!;
    expect(from).toEqual({ name: 'Dispatch Léman', address: 'rapports@example.ch' });
    // The non-ASCII name travels encoded (RFC 2047), never as raw 8-bit bytes in the header.
    const rawFrom = /^From: (.*)$/m.exec(onTime.raw.toString('latin1'))![1]!;
    expect(rawFrom).toMatch(/=\?UTF-8\?/i);
    expect(rawFrom).toContain('<rapports@example.ch>');
    for (const m of smtp.received) {
      expect(m.parsed.headers.get('auto-submitted')).toBe('auto-generated');
      expect(m.parsed.headers.get('x-auto-response-suppress')).toBe('All');
    }
    expect(onTime.parsed.text).not.toContain('Envoyé avec');
    expect(onTime.parsed.html).not.toContain('data-late');

    // Due Wednesday 08:00, sent Friday 07:30: two days late in the reader's calendar.
    const late = mails('2026-03-10', 'chef@example.ch')[0]!;
    const line =
      'Envoyé avec 2 jours de retard (prévu le 11.03.2026 08:00) : l’ordinateur était éteint ou l’application fermée.';
    expect(late.parsed.text!.split('\n')[0]).toBe(line);
    expect(late.parsed.html).toMatch(/<body[^>]*>[\s\S]*?data-late="true"/);
    const htmlText = (late.parsed.html as string).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(htmlText).toContain(line);
    const lateEn = mails('2026-03-10', 'boss@example.ch')[0]!;
    expect(lateEn.parsed.text!.split('\n')[0]).toMatch(
      /^Sent 2 days late \(due .*08:00\): the computer was off or the app closed\.$/,
    );
    expect(mails('2026-03-11', 'chef@example.ch')[0]!.parsed.text!.split('\n')[0]).toMatch(
      /^Envoyé avec 1 jour de retard/,
    );

    // The link back to the dashboard, in both parts.
    expect(late.parsed.html).toContain('href="https://dispatch.example.ch/analytics"');
    expect(late.parsed.text).toContain('Tableau de bord : https://dispatch.example.ch/analytics');
    expect(lateEn.parsed.text).toContain('Dashboard: https://dispatch.example.ch/analytics');
  }, 60_000);

  it('carry no dashboard link without a stable address', async () => {
    configure('');
    const clock = { now: at('2026-03-10', '07:00') };
    const deps = runnerDeps(t.db, clock, { render: undefined });
    await runDueReports(deps);
    clock.now = at('2026-03-10', '08:00') + 30_000;
    await runDueReports(deps);
    await smtp.waitFor(2);
    for (const m of smtp.received) {
      expect(m.parsed.html).not.toContain('data-dashboard-link');
      expect(m.parsed.text).not.toMatch(/Tableau de bord :|Dashboard:/);
    }
  }, 60_000);
});
