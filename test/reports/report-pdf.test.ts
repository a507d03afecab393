// The report's PDF (report-pdf.ts) without a browser: the page it hands the printer (every cid: image inlined,
// the print CSS in the head) and the attachment it makes of the printer's bytes. The printer here is a plain
// PdfRenderer that returns the page it was given, so the test reads exactly what Chromium would print.
import { describe, expect, it } from 'vitest';
import {
  PDF_CONTENT_TYPE,
  printableHtml,
  reportPdfAttachment,
  reportPdfName,
  type PdfRenderer,
} from '../../src/main/reports/report-pdf';

const PAGE =
  '<html><head><title>r</title></head><body><img src="cid:chart"><p>x</p><img src="cid:chart"></body></html>';
const images = [{ cid: 'chart', filename: 'chart.png', base64: 'iVBORw0KGgo=' }];

describe('the printable page', () => {
  it('inlines every use of each cid: image and puts the A4 print CSS in the head', () => {
    const out = printableHtml({ html: PAGE, images });
    expect(out).not.toContain('cid:');
    expect(out.split('data:image/png;base64,iVBORw0KGgo=')).toHaveLength(3);
    const head = out.slice(0, out.indexOf('</head>'));
    expect(head).toContain('@page { size: A4;');
    expect(head).toContain('background: #ffffff !important');
    expect(out.indexOf('<style>')).toBeGreaterThan(out.indexOf('<head>'));
  });

  it('a page without a head still gets the print CSS, first', () => {
    const out = printableHtml({ html: '<p>x</p>', images: [] });
    expect(out.startsWith('<style>')).toBe(true);
    expect(out).toContain('@page { size: A4;');
    expect(out.endsWith('<p>x</p>')).toBe(true);
  });
});

describe('the PDF attachment', () => {
  it('is named for the report in the reader’s language and carries the printer’s bytes', async () => {
    const printed: string[] = [];
    const echo: PdfRenderer = {
      name: 'echo',
      print: async (page) => {
        printed.push(page);
        return Buffer.from(`%PDF ${page.length}`);
      },
    };
    const message = { subject: 's', text: 't', headers: {}, html: PAGE, images };
    const a = await reportPdfAttachment(echo, message, {
      lang: 'en',
      kind: 'weekly',
      periodKey: '2026-03-02',
    });
    expect(printed).toEqual([printableHtml(message)]);
    expect(a).toEqual({
      filename: 'dispatch-analytics_weekly-report_2026-03-02.pdf',
      contentType: PDF_CONTENT_TYPE,
      base64: Buffer.from(`%PDF ${printed[0]!.length}`).toString('base64'),
    });
    expect(PDF_CONTENT_TYPE).toBe('application/pdf');
    expect(reportPdfName('en', 'daily', '2026-03-03')).toBe('dispatch-analytics_daily-report_2026-03-03.pdf');
  });
});
