// The notice sent instead of a report held back too long for stale data (stale-notice.ts): which report (daily: the
// day; weekly: Monday to Sunday), since when the data is not up to date or that none ever came, what to do; the
// same X-Dispatch-Report header as the report; the company's name escaped in the HTML.
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { renderStaleNotice, type StaleNoticeInput } from '../../src/main/reports/stale-notice';

const base: StaleNoticeInput = {
  kind: 'weekly',
  periodKey: '2026-03-02',
  lang: 'en',
  company: 'Taxis <b>Léman</b> & "Fils"',
  timeZone: 'Europe/Zurich',
  // Thursday 5 March 2026, 14:30 in Zurich.
  lastSyncedAt: Date.UTC(2026, 2, 5, 13, 30),
  catchUpDays: 3,
};

describe('the stale-data notice', () => {
  it('weekly: names the week Monday to Sunday, since when, the catch-up window and what to do', () => {
    const m = renderStaleNotice(base);
    expect(m.subject).toBe(
      'Weekly report Taxis <b>Léman</b> & "Fils" — 2 Mar 2026: not sent, data not up to date',
    );
    expect(m.headers).toEqual({ 'X-Dispatch-Report': 'weekly 2026-03-02' });
    expect(m.images).toEqual([]);
    const body =
      'This report (Week of 2 Mar 2026 to 8 Mar 2026) was not sent: the data has not been up to date since ' +
      '5 Mar 2026 14:30 and the catch-up window (3 days) is over.';
    const todo =
      'Check the connection to the dispatch server (Settings). Once the data is up to date, “Send now” (Reports) sends this report.';
    expect(m.text).toBe(`⚠ ${body}\n\n${todo}\n`);
    const doc = parseDocument(m.html);
    const stale = DomUtils.findOne((e) => e.attribs['data-stale'] === 'true', doc.children)!;
    expect(DomUtils.textContent(stale).trim()).toBe(body);
    expect(DomUtils.findAll((e) => e.name === 'b', doc.children)).toEqual([]);
    const title = DomUtils.findOne((e) => e.name === 'title', doc.children)!;
    expect(DomUtils.textContent(title)).toBe(m.subject);
    expect(DomUtils.findOne((e) => e.name === 'html', doc.children)!.attribs.lang).toBe('en');
    expect(DomUtils.textContent(doc)).toContain(todo);
  });

  it('daily, never synced, in French: the day in full and "no data received"', () => {
    const m = renderStaleNotice({
      ...base,
      kind: 'daily',
      periodKey: '2026-03-03',
      lang: 'fr',
      lastSyncedAt: null,
    });
    expect(m.headers).toEqual({ 'X-Dispatch-Report': 'daily 2026-03-03' });
    expect(m.subject.startsWith('Rapport quotidien Taxis')).toBe(true);
    expect(m.subject).toContain('— 03.03.2026 : pas envoyé');
    expect(m.text).toMatch(/^⚠ Ce rapport \(mardi 3 mars 2026\) n’a pas été envoyé : aucune donnée/);
    expect(m.text).toContain('(3 jours)');
    expect(m.html).toContain('lang="fr"');
  });
});
