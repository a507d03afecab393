// `report send weekly` from the CLI with reports.weekly.attachXlsx on: the week's workbook is built on the inline
// task runner (the CLI's runner, src/main/cli/report-runner-deps.ts) and reaches the mail client attached.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore } from '../../src/main/store/open-store';
import { setSetting } from '../../src/main/store/repos/settings-repo';
import { startTestSmtp, type TestSmtp } from '../mail/smtp-test-server';
import { cliSandbox, NOW, type CliSandbox } from './run-cli';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
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
    setSetting(store.db, 'reports', { weekly: { enabled: false, recipients: '', attachXlsx: true } }, NOW);
  } finally {
    store.close();
  }
});
afterAll(async () => {
  sb.dispose();
  await smtp.stop();
});

it('attaches the week’s workbook, named in the recipient’s language', async () => {
  const r = await sb.run(
    'report',
    'send',
    'weekly',
    '--week-start',
    '2026-03-02',
    '--to',
    'boss@example.ch:en',
  );
  expect(r.code, r.stderr).toBe(0);
  await smtp.waitFor(1);
  const xlsx = smtp.received[0]!.parsed.attachments.filter((a) => a.contentType === XLSX);
  expect(xlsx.map((a) => a.filename)).toEqual(['dispatch-analytics_week_2026-03-02_2026-03-08.xlsx']);
  expect(xlsx[0]!.content.length).toBeGreaterThan(1000);
}, 60_000);
