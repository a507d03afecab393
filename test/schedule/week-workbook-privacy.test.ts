// Issue 17 §5: the weekly e-mail's workbook (reports.weekly.attachXlsx) leaves the office, so by default it
// carries no patient's name or address: the Trips sheet is left out (and the About sheet says so) unless
// reports.weekly.attachXlsxTrips is on. Read as a mail client receives it (real SMTP + mailparser), opened with
// exceljs, every cell of every sheet searched.
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
    seed: 7,
    days: 30,
    endDay: '2026-03-14',
    bookingsPerDay: 30,
    now: NOW,
  },
  (server, store) => {
    smtp = server;
    t = store;
  },
);

/** Every personal text of the week's bookings: patients' names and their pickup / drop-off addresses. */
function personalTexts(): string[] {
  const rows = t.sqlite
    .prepare(
      `SELECT customer_name AS name, pickup_location AS pickup, dropoff_location AS dropoff
         FROM bookings WHERE day BETWEEN ? AND ? AND deleted_at IS NULL`,
    )
    .all(WEEK, '2026-03-08') as { name: string | null; pickup: string | null; dropoff: string | null }[];
  // The demo draws drivers' and patients' names from one list: a driver's name is on the Drivers sheet anyway.
  const drivers = new Set(
    (t.sqlite.prepare('SELECT full_name AS n FROM drivers').all() as { n: string }[]).map((d) => d.n),
  );
  const texts = new Set<string>();
  for (const r of rows) {
    for (const v of [r.name, r.pickup, r.dropoff]) if (v && v.length > 3 && !drivers.has(v)) texts.add(v);
  }
  return [...texts];
}

/** The attached workbook's sheet names and every cell's text, as one string per sheet. */
async function attachedWorkbook(to: string): Promise<{ sheets: string[]; text: string; about: string }> {
  const mail = smtp.received.find((r) => r.to.includes(to))!;
  const files = mail.parsed.attachments.filter((a) => a.contentType === XLSX_CONTENT_TYPE);
  expect(files).toHaveLength(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(files[0]!.content as unknown as ArrayBuffer);
  const cells = (ws: ExcelJS.Worksheet) => {
    const out: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => out.push(String(c.text))));
    return out.join('\n');
  };
  const about = wb.worksheets[wb.worksheets.length - 1]!;
  return {
    sheets: wb.worksheets.map((w) => w.name),
    text: wb.worksheets.map(cells).join('\n'),
    about: cells(about),
  };
}

async function sendWeekly(weekly: Record<string, unknown>): Promise<void> {
  configure(t.db, smtp.port, {
    weekly: { enabled: false, recipients: 'chef@example.ch, boss@example.ch:en', ...weekly },
  });
  const { delivery } = await sendReportNow(runnerDeps(t.db, { now: NOW }), {
    kind: 'weekly',
    periodKey: WEEK,
  });
  expect(delivery).toMatchObject({ sent: 2, failed: 0 });
  await smtp.waitFor(2);
}

describe('the weekly workbook and patient data', () => {
  it('leaves the trips out by default', () => {
    expect(readSection(t.db, 'reports').weekly.attachXlsxTrips).toBe(false);
  });

  it('holds no patient’s name or address by default, and its About sheet says the trips were left out', async () => {
    const personal = personalTexts();
    expect(personal.length).toBeGreaterThan(50);
    await sendWeekly({ attachXlsx: true });
    for (const [to, trips, leftOut] of [
      ['chef@example.ch', 'Courses', 'Omis (noms et adresses des patients)'],
      ['boss@example.ch', 'Trips', 'Left out (patients’ names and addresses)'],
    ] as const) {
      const wb = await attachedWorkbook(to);
      expect(wb.sheets).not.toContain(trips);
      expect(wb.sheets.length).toBeGreaterThanOrEqual(5);
      expect(personal.filter((p) => wb.text.includes(p))).toEqual([]);
      expect(wb.about).toContain(leftOut);
      expect(wb.about).toContain(trips);
    }
  }, 60_000);

  it('carries the trips, names and addresses included, once the setting is on', async () => {
    const personal = personalTexts();
    await sendWeekly({ attachXlsx: true, attachXlsxTrips: true });
    const wb = await attachedWorkbook('chef@example.ch');
    expect(wb.sheets).toContain('Courses');
    expect(personal.filter((p) => !wb.text.includes(p))).toEqual([]);
    expect(wb.about).not.toContain('Omis');
  }, 60_000);
});
