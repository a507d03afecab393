// The report's PDF on its e-mails, in process (the CLI tests of the same feature run the built bundle): every
// language's message carries its own PDF next to what it already had; a printer that fails on one language
// leaves every message without a PDF (never some with, some without) and the run's note says why in one line.
import { describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../src/main/mail/outbox-delivery';
import type { PdfRenderer } from '../../src/main/reports/report-pdf';
import { attachReportPdfs, wantsPdf } from '../../src/main/schedule/report-pdf-attach';
import { readSection } from '../../src/main/settings';
import { setSetting } from '../../src/main/store/repos/settings-repo';
import { createTestDb } from '../helpers/test-db';
import type { Lang } from '../../src/shared/analytics-types';

const XLSX = { filename: 'semaine.xlsx', contentType: 'application/x-test', base64: 'AAAA' };

function messages(): Map<Lang, StoredMessage> {
  return new Map<Lang, StoredMessage>([
    [
      'fr',
      {
        subject: 'fr',
        html: '<p>rapport fr</p>',
        text: 'fr',
        headers: {},
        images: [],
        attachments: [{ ...XLSX }],
      },
    ],
    ['en', { subject: 'en', html: '<p>report en</p>', text: 'en', headers: {}, images: [] }],
  ]);
}

/** Prints the HTML it gets as the "PDF" bytes, so a test can tell which message got which PDF. */
const echoPrinter: PdfRenderer = {
  name: 'echo',
  print: async (html) => Buffer.from(`%PDF-${html.includes('rapport fr') ? 'fr' : 'en'}`),
};

const req = { kind: 'daily' as const, periodKey: '2026-03-10' };
const pdfsOf = (m: StoredMessage | undefined) =>
  (m?.attachments ?? []).filter((a) => a.contentType === 'application/pdf');

describe('attachReportPdfs', () => {
  it('adds each language its own PDF, after the attachments it already had', async () => {
    const byLang = messages();
    const note = await attachReportPdfs(async () => ({ renderer: echoPrinter }), req, byLang);
    expect(note).toBeNull();
    const fr = byLang.get('fr')!.attachments!;
    expect(fr.map((a) => a.contentType)).toEqual(['application/x-test', 'application/pdf']);
    expect(Buffer.from(fr[1]!.base64, 'base64').toString()).toBe('%PDF-fr');
    expect(fr[1]!.filename).toBe('dispatch-analytics_rapport-quotidien_2026-03-10.pdf');
    const en = byLang.get('en')!.attachments!;
    expect(en.map((a) => a.contentType)).toEqual(['application/pdf']);
    expect(Buffer.from(en[0]!.base64, 'base64').toString()).toBe('%PDF-en');
    expect(en[0]!.filename).toBe('dispatch-analytics_daily-report_2026-03-10.pdf');
  });

  it('without a source: no PDF, and the note says it is missing', async () => {
    const byLang = messages();
    expect(await attachReportPdfs(undefined, req, byLang)).toEqual({ pdf: 'missing' });
    expect(pdfsOf(byLang.get('fr'))).toEqual([]);
    expect(byLang.get('en')!.attachments).toBeUndefined();
  });

  it('no renderer found: the reason goes into the note, and only when there is one', async () => {
    const why = 'No Chromium found';
    expect(await attachReportPdfs(async () => ({ renderer: null, reason: why }), req, messages())).toEqual({
      pdf: 'missing',
      pdfDetail: why,
    });
    expect(await attachReportPdfs(async () => ({ renderer: null }), req, messages())).toEqual({
      pdf: 'missing',
    });
  });

  it('a printer failing on the second language: no message keeps a PDF, the other attachments stay', async () => {
    const byLang = messages();
    const failsOnEnglish: PdfRenderer = {
      name: 'flaky',
      print: async (html) => {
        if (html.includes('report en')) throw new Error(`${'x'.repeat(250)}\nsecond line with a stack`);
        return Buffer.from('%PDF-fr');
      },
    };
    const note = await attachReportPdfs(async () => ({ renderer: failsOnEnglish }), req, byLang);
    expect(note).toEqual({ pdf: 'failed', pdfDetail: 'x'.repeat(200) });
    expect(byLang.get('fr')!.attachments).toEqual([XLSX]);
    expect(pdfsOf(byLang.get('en'))).toEqual([]);
  });

  it('a printer throwing something that is not an Error: its text, first line only', async () => {
    const throwsText: PdfRenderer = {
      name: 'odd',
      print: () => Promise.reject('printer offline\nretry later'),
    };
    const note = await attachReportPdfs(async () => ({ renderer: throwsText }), req, messages());
    expect(note).toEqual({ pdf: 'failed', pdfDetail: 'printer offline' });
  });
});

describe('wantsPdf', () => {
  it('follows each kind’s own attachPdf setting', () => {
    const t = createTestDb();
    try {
      setSetting(t.db, 'reports', { daily: { attachPdf: true }, weekly: { attachPdf: false } }, 0);
      const reports = readSection(t.db, 'reports');
      expect(wantsPdf(reports, 'daily')).toBe(true);
      expect(wantsPdf(reports, 'weekly')).toBe(false);
    } finally {
      t.dispose();
    }
  });
});
