// The lines added to a stored report (report-lines.ts): the catch-up notice first (after the hidden inbox
// preview, which must stay the body's first text), the dashboard link last, both in the HTML and the text part,
// the link's address escaped in its attribute.
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { withReportLines } from '../../src/main/reports/report-lines';
import type { StoredMessage } from '../../src/main/mail/outbox-delivery';

const PREVIEW = '<div style="display:none;max-height:0;">Preview text</div>';
const message = (html: string, text = 'Figures\n\n\n'): StoredMessage => ({
  subject: 's',
  html,
  text,
  headers: { 'X-Dispatch-Report': 'daily 2026-03-03' },
  images: [],
});
const page = `<!DOCTYPE html><html><head></head><body style="margin:0">${PREVIEW}<p id="first">Hello</p></body></html>`;

describe('the catch-up notice', () => {
  it('goes after the hidden preview, before the report, and first in the text', () => {
    const out = withReportLines(message(page), 'en', { top: 'Sent <late> & "why"', dashboardUrl: '' });
    const body = out.html.slice(out.html.indexOf('<body'));
    expect(body.indexOf(PREVIEW)).toBeLessThan(body.indexOf('data-late'));
    expect(body.indexOf('data-late')).toBeLessThan(body.indexOf('id="first"'));
    const doc = parseDocument(out.html);
    const late = DomUtils.findOne((e) => e.attribs['data-late'] === 'true', doc.children)!;
    expect(DomUtils.textContent(late).trim()).toBe('Sent <late> & "why"');
    expect(DomUtils.findAll((e) => e.name === 'late', doc.children)).toEqual([]);
    expect(out.text).toBe('Sent <late> & "why"\n\nFigures\n\n\n');
    expect(out.headers).toEqual(message(page).headers);
    expect(out.html).not.toContain('data-dashboard-link');
  });

  it('finds the preview across the line breaks of a rendered page, "display: none" spaced or not', () => {
    const spaced =
      '<body>\n    <span style="color:red; display: none">Preview</span>\n<p id="first">Hi</p></body>';
    const out = withReportLines(message(spaced), 'en', { top: 'Late', dashboardUrl: '' }).html;
    expect(out.indexOf('Preview</span>')).toBeLessThan(out.indexOf('data-late'));
    expect(out.indexOf('data-late')).toBeLessThan(out.indexOf('id="first"'));
  });

  it('a body without a hidden preview gets it right after <body>; a page without <body> first', () => {
    const plain = withReportLines(message('<body class="x"><p>Hi</p></body>'), 'en', {
      top: 'Late',
      dashboardUrl: '',
    });
    expect(plain.html.startsWith('<body class="x"><p')).toBe(true);
    expect(plain.html.indexOf('data-late')).toBeLessThan(plain.html.indexOf('<p>Hi'));
    const bare = withReportLines(message('<p>Hi</p>'), 'en', { top: 'Late', dashboardUrl: '' });
    expect(bare.html.startsWith('<p')).toBe(true);
    expect(bare.html.indexOf('data-late')).toBeLessThan(bare.html.indexOf('<p>Hi'));
  });
});

describe('the dashboard link', () => {
  it('is the last thing in the body and the text, its address escaped', () => {
    const url = 'http://127.0.0.1:8080/?a=1&b="x"';
    const out = withReportLines(message(page), 'fr', { top: null, dashboardUrl: url });
    expect(out.html.endsWith('</p></body></html>')).toBe(true);
    const doc = parseDocument(out.html);
    const a = DomUtils.findOne((e) => e.name === 'a', doc.children)!;
    expect(a.attribs.href).toBe(url);
    expect(DomUtils.textContent(a)).toBe('Ouvrir le tableau de bord');
    expect(a.parent && (a.parent as { attribs: Record<string, string> }).attribs['data-dashboard-link']).toBe(
      'true',
    );
    expect(out.text).toBe(`Figures\n\nTableau de bord : ${url}\n`);
    expect(out.html).not.toContain('data-late');
  });

  it('a page without </body> gets it at the end; no lines leave the message as it was', () => {
    const out = withReportLines(message('<p>Hi</p>'), 'en', { top: null, dashboardUrl: 'http://h/' });
    expect(out.html.startsWith('<p>Hi</p><p')).toBe(true);
    expect(out.html).toContain('Open the dashboard');
    const same = message(page);
    expect(withReportLines(same, 'en', { top: null, dashboardUrl: '' })).toEqual(same);
  });
});
