// reports.weekly.attachXlsx: the weekly e-mail carries the week's workbook (every part, XLSX, in each
// recipient's language), as a mail client receives it (real SMTP + mailparser) and opened with exceljs; off by
// default, and never on the daily report.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sendReportNow } from '../../src/main/schedule/report-runner';
import { XLSX_CONTENT_TYPE } from '../../src/main/schedule/week-workbook';
import { readSection } from '../../src/main/settings';
import { type TestDb } from '../helpers/test-db';
import { type TestSmtp } from '../mail/smtp-test-server';
import { useDemoStoreAndSmtp } from './demo-store-and-smtp';
import { configure, runnerDeps } from './run-fixtures';

const NOW = Date.UTC(2026, 2, 15, 10, 0);
const WEEK = '2026-03-02';
let smtp: TestSmtp;
let t: TestDb;
useDemoStoreAndSmtp(
  {
    seed: 5,
    days: 30,
    endDay: '2026-03-14',
    bookingsPerDay: 40,
    now: NOW,
  },
  (server, store) => {
    smtp = server;
    t = store;
  },
);

const recipients = 'chef@example.ch, boss@example.ch:en';

async function workbookOf(content: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(content as unknown as ArrayBuffer);
  return wb;
}

function weekTrips(): number {
  return (
    t.sqlite
      .prepare('SELECT COUNT(*) AS n FROM bookings WHERE day BETWEEN ? AND ? AND deleted_at IS NULL')
      .get(WEEK, '2026-03-08') as { n: number }
  ).n;
}

describe('the weekly workbook attachment', () => {
  it('is off by default', () => {
    expect(readSection(t.db, 'reports').weekly.attachXlsx).toBe(false);
  });

  it('attaches the week in each recipient’s language, and it opens in exceljs', async () => {
    configure(t.db, smtp.port, {
      weekly: { enabled: false, recipients, attachXlsx: true, attachXlsxTrips: true },
    });
    const { delivery } = await sendReportNow(runnerDeps(t.db, { now: NOW }), {
      kind: 'weekly',
      periodKey: WEEK,
    });
    expect(delivery).toMatchObject({ sent: 2, failed: 0 });
    await smtp.waitFor(2);
    const trips = weekTrips();
    expect(trips).toBeGreaterThan(100);
    for (const lang of ['fr', 'en'] as const) {
      const to = lang === 'fr' ? 'chef@example.ch' : 'boss@example.ch';
      const mail = smtp.received.find((r) => r.to.includes(to))!;
      const xlsx = mail.parsed.attachments.filter((a) => a.contentType === XLSX_CONTENT_TYPE);
      expect(xlsx).toHaveLength(1);
      expect(xlsx[0]!.filename).toBe(
        `dispatch-analytics_${lang === 'fr' ? 'semaine' : 'week'}_2026-03-02_2026-03-08.xlsx`,
      );
      expect(xlsx[0]!.contentDisposition).toBe('attachment');
      const wb = await workbookOf(xlsx[0]!.content);
      const names = wb.worksheets.map((w) => w.name);
      expect(names).toContain(lang === 'fr' ? 'Courses' : 'Trips');
      expect(names).toContain(lang === 'fr' ? 'Résumé' : 'Summary');
      const tripsSheet = wb.getWorksheet(lang === 'fr' ? 'Courses' : 'Trips')!;
      // One header row, then one row per trip of the week.
      expect(tripsSheet.actualRowCount - 1).toBe(trips);
    }
  }, 60_000);

  it('is not attached when the setting is off, nor to the daily report', async () => {
    configure(t.db, smtp.port, {
      daily: { enabled: false, recipients, time: '08:00' },
      weekly: { enabled: false, recipients, attachXlsx: false },
    });
    await sendReportNow(runnerDeps(t.db, { now: NOW }), { kind: 'weekly', periodKey: WEEK });
    configure(t.db, smtp.port, {
      daily: { enabled: false, recipients, time: '08:00' },
      weekly: { enabled: false, recipients, attachXlsx: true },
    });
    await sendReportNow(runnerDeps(t.db, { now: NOW }), { kind: 'daily', periodKey: '2026-03-12' });
    await smtp.waitFor(4);
    for (const r of smtp.received) {
      expect(r.parsed.attachments.filter((a) => a.contentType === XLSX_CONTENT_TYPE)).toEqual([]);
    }
  }, 60_000);
});
