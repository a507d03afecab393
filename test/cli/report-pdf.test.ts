// Issue 17 §6: the report as an A4 PDF, printed by a real headless Chromium (playwright-core + Debian's
// /usr/bin/chromium): `report daily --pdf FILE`, the PDF attached to the e-mail (read back from a real SMTP
// server with mailparser), and, where no Chromium is found, the e-mail without it plus one line in `schedule
// status`. The PDF's text is read with poppler's pdftotext.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/main';
import { openStore } from '../../src/main/store/open-store';
import { setSetting } from '../../src/main/store/repos/settings-repo';
import { startTestSmtp, type TestSmtp } from '../mail/smtp-test-server';
import { cliSandbox, NOW, type CliSandbox } from './run-cli';

const PDFTOTEXT = '/usr/bin/pdftotext';
const CHROMIUM = '/usr/bin/chromium';
const DAY_MS = 86_400_000;

/** The PDF's text, spaces of every kind (fr-CH's narrow no-break ones included) made plain. */
function pdfText(pdf: Buffer, dir: string): string {
  const file = join(dir, `read-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return plain(execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' }));
}

const plain = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

/** The four KPI values as the e-mail's HTML shows them (each carries data-kpi). */
function kpiValues(html: string): string[] {
  return [...html.matchAll(/data-kpi="[a-z_]+">([^<]+)</g)].map((m) => plain(m[1]!).trim());
}

describe.skipIf(!existsSync(CHROMIUM) || !existsSync(PDFTOTEXT))('report PDF', () => {
  let sb: CliSandbox;
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    sb = cliSandbox();
    expect((await sb.run('demo', 'seed', '--days', '20')).code).toBe(0);
    const store = openStore(join(sb.dir, 'dispatch-analytics.sqlite'));
    try {
      const mail = { host: '127.0.0.1', port: smtp.port, security: 'none', from: 'rapports@example.ch' };
      setSetting(store.db, 'mail', mail, NOW);
    } finally {
      store.close();
    }
  }, 60_000);
  afterAll(async () => {
    sb.dispose();
    await smtp.stop();
  });

  it('report daily --pdf FILE: an A4 PDF whose text holds the KPI values', async () => {
    const html = join(sb.dir, 'r.html');
    const pdf = join(sb.dir, 'r.pdf');
    const r = await sb.run('report', 'daily', '--date', '2026-03-12', '--out', html, '--pdf', pdf);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`PDF écrit : ${pdf}`);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const info = execFileSync('/usr/bin/pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeLessThanOrEqual(2);
    const kpis = kpiValues(readFileSync(html, 'utf8'));
    expect(kpis).toHaveLength(4);
    const text = pdfText(bytes, sb.dir);
    for (const v of kpis) expect(text).toContain(v);
    expect(text).toContain('Rapport quotidien');
  }, 120_000);

  it('reports.daily.attachPdf: the e-mail carries the PDF, in the recipient’s language, with the KPI values', async () => {
    expect((await sb.run('settings', 'set', 'reports.daily.attachPdf=true')).code).toBe(0);
    const r = await sb.run('report', 'send', 'daily', '--date', '2026-03-12', '--to', 'boss@example.ch:en');
    expect(r.code, r.stderr).toBe(0);
    await smtp.waitFor(1);
    const parsed = smtp.received.at(-1)!.parsed;
    const pdfs = parsed.attachments.filter((a) => a.contentType === 'application/pdf');
    expect(pdfs.map((a) => a.filename)).toEqual(['dispatch-analytics_daily-report_2026-03-12.pdf']);
    const text = pdfText(pdfs[0]!.content, sb.dir);
    const kpis = kpiValues(String(parsed.html));
    expect(kpis).toHaveLength(4);
    for (const v of kpis) expect(text).toContain(v);
    expect(text).toContain('Daily report');
  }, 120_000);

  it('no Chromium at the configured path: said when saved; the scheduled e-mail goes without the PDF, and schedule status says so', async () => {
    const set = await sb.run(
      'settings',
      'set',
      'reports.chromiumPath=/nonexistent/chromium',
      'reports.daily.enabled=true',
      'reports.daily.recipients=chef@example.ch',
      'reports.sendWhenEmpty=true',
    );
    expect(set.code, set.stderr).toBe(0);
    expect(set.stderr).toContain(
      'reports.chromiumPath ne mène pas à un Chromium exécutable (/nonexistent/chromium)',
    );
    // The next morning's run (the schedule was switched on at NOW, Sunday 11:00): Monday 08:00 covers Sunday.
    const before = smtp.received.length;
    const later = async (...argv: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(['--data-dir', sb.dir, ...argv], {
        io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
        now: () => NOW + DAY_MS,
        paths: { platform: 'linux', env: {}, home: join(sb.dir, 'home') },
      });
      return { code, stdout, stderr };
    };
    const due = await later('schedule', 'run-due');
    expect(due.code, due.stderr).toBe(0);
    await smtp.waitFor(before + 1);
    const parsed = smtp.received.at(-1)!.parsed;
    expect(parsed.headers.get('x-dispatch-report')).toBe('daily 2026-03-15');
    expect(parsed.attachments.filter((a) => a.contentType === 'application/pdf')).toEqual([]);
    const status = await later('schedule', 'status');
    expect(status.code).toBe(0);
    const lines = status.stdout.split('\n').filter((l) => l.includes('PDF non joint'));
    expect(lines).toEqual([
      '  PDF non joint au dernier envoi : aucun Chromium trouvé (installez-le ou réglez reports.chromiumPath).',
    ]);
  }, 120_000);
});
