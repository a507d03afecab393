// The report's headline (docs/analytics.md#report-headline) and its changes, on a real store of hand-built days:
// a Tuesday below its 8 previous Tuesdays is "the lowest in 8 weeks", first in the text part and in the hidden
// preheader; a Monday's "vs previous" is the Friday before, named; each change has an arrow, a good/bad word and
// colour (a lower delay is good); each insight carries its severity and, in a daily report, its day.
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aggregateAll } from '../../src/main/aggregation/aggregate-service';
import { buildReportData } from '../../src/main/reports/report-data';
import { headlineVerdict } from '../../src/main/reports/report-headline';
import { renderReportHtml } from '../../src/main/reports/report-html';
import { renderReportText } from '../../src/main/reports/report-text';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { normaliseSpaces } from '../../src/shared/format';
import { addDays } from '../../src/shared/time';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { COMPANY_ID, insertBooking, insertCompanyWithDrivers } from '../aggregation/store-fixtures';

const NOW = Date.UTC(2026, 2, 20, 9, 0);
const TUESDAY = '2026-03-10';
const MONDAY = '2026-03-09';
const settings = DEFAULT_ANALYTICS_SETTINGS;

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
  insertCompanyWithDrivers(t.db, ['Anna Keller']);
});
afterEach(() => t.dispose());

/** A day of two bookings, each `lateBy` seconds late, marked as read after it ended. */
function day(date: string, lateBy: [number, number]): void {
  insertBooking(t.db, { local: `${date}T08:00:00`, lateBy: lateBy[0] });
  insertBooking(t.db, { local: `${date}T14:00:00`, lateBy: lateBy[1] });
}

function finish(from: string, to: string): void {
  aggregateAll(t.db, { companyId: COMPANY_ID, now: NOW, settings });
  const insert = t.sqlite.prepare(
    'INSERT INTO sync_days (company_id, day, synced_at, bookings_count, assignments_count) VALUES (?, ?, ?, 2, 0)',
  );
  for (let d = from; d <= to; d = addDays(d, 1)) insert.run(COMPANY_ID, d, NOW);
}

const daily = (date: string, lang: 'fr' | 'en' = 'fr') =>
  buildReportData(t.db, { kind: 'daily', periodKey: date, lang, settings });

const preheaderOf = (html: string): string => {
  const doc = parseDocument(html);
  const body = DomUtils.findOne((e) => e.name === 'body', doc.children)!;
  const first = DomUtils.findOne((e) => e.name === 'div', body.children)!;
  expect(first.attribs.style).toContain('display:none');
  return normaliseSpaces(DomUtils.textContent(first)).trim();
};

describe('the headline', () => {
  it('a Tuesday below each of its 8 previous Tuesdays is the lowest in 8 weeks: first line, and preheader', () => {
    for (let w = 1; w <= 8; w++) day(addDays(TUESDAY, -7 * w), [0, 0]);
    day(TUESDAY, [0, 1800]);
    finish(addDays(TUESDAY, -56), TUESDAY);
    const fr = daily(TUESDAY);
    const line = 'Mardi 10.03 : 50,0 % à l’heure — le plus faible depuis 8 semaines';
    expect(normaliseSpaces(renderReportText(fr).split('\n')[0]!)).toBe(line);
    const html = renderReportHtml(fr, { withChart: false });
    expect(preheaderOf(html).startsWith(line)).toBe(true);
    const shown = DomUtils.findOne(
      (e) => e.attribs['data-headline'] === 'true',
      parseDocument(html).children,
    )!;
    expect(normaliseSpaces(DomUtils.textContent(shown)).trim()).toBe(line);
    expect(normaliseSpaces(renderReportText(daily(TUESDAY, 'en')).split('\n')[0]!)).toBe(
      'Tuesday 10 Mar: 50.0% on time — lowest in 8 weeks',
    );
  });

  it('with fewer than 4 earlier Tuesdays it gives the rate alone', () => {
    for (let w = 1; w <= 3; w++) day(addDays(TUESDAY, -7 * w), [0, 0]);
    day(TUESDAY, [0, 1800]);
    finish(addDays(TUESDAY, -21), TUESDAY);
    expect(normaliseSpaces(renderReportText(daily(TUESDAY)).split('\n')[0]!)).toBe(
      'Mardi 10.03 : 50,0 % à l’heure',
    );
  });

  it('lowest, best or usual (the median), compared as shown (1 decimal)', () => {
    const h = (rates: number[]) => rates.map((rate, i) => ({ from: '2026-01-01', weeksBack: i + 1, rate }));
    expect(headlineVerdict(40, h([50, 60, 70, 80]))).toEqual({ kind: 'lowest', weeks: 4 });
    expect(headlineVerdict(90, h([50, 60, 70, 80, 85]))).toEqual({ kind: 'highest', weeks: 5 });
    expect(headlineVerdict(65, h([50, 60, 70, 80]))).toEqual({ kind: 'usual', rate: 65 });
    expect(headlineVerdict(50.02, h([50.04, 60, 70, 80]))).toEqual({ kind: 'usual', rate: 65 });
    expect(headlineVerdict(10, h([50, 60, 70]))).toEqual({ kind: 'none' });
  });
});

describe('a Monday’s changes', () => {
  beforeEach(() => {
    day('2026-03-06', [1800, 1800]); // Friday: 30 min late
    day('2026-03-08', [0, 0]); // Sunday: on time
    day(MONDAY, [600, 600]); // Monday: 10 min late
    finish('2026-03-01', MONDAY);
  });

  it('compare with the Friday before, named, with an arrow and a good/bad word (a lower delay is good)', () => {
    const plain = normaliseSpaces(renderReportText(daily(MONDAY)));
    expect(plain).toContain('▼ −20,0 min vs vendredi (mieux)');
    expect(plain).not.toContain('vs veille');
    const en = normaliseSpaces(renderReportText(daily(MONDAY, 'en')));
    expect(en).toContain('▼ -20.0 min vs Friday (better)');
  });

  it('colour good news green and bad news red, next to the words', () => {
    const html = renderReportHtml(daily(MONDAY), { withChart: false });
    const card = (key: string) => {
      const doc = parseDocument(html);
      const value = DomUtils.findOne((e) => e.attribs['data-kpi'] === key, doc.children)!;
      let td = value.parent;
      while (td && (td as { name?: string }).name !== 'td') td = td.parent;
      return DomUtils.findAll((e) => e.name === 'div' && /color:#/.test(e.attribs.style ?? ''), [td!]);
    };
    const delay = card('avg_delay_minutes').find((d) => DomUtils.textContent(d).includes('vendredi'))!;
    expect(delay.attribs.style).toContain('color:#15803d');
    expect(DomUtils.textContent(delay)).toContain('mieux');
    const weekAgo = card('avg_delay_minutes').find((d) => DomUtils.textContent(d).includes('7 jours'))!;
    expect(DomUtils.textContent(weekAgo)).toContain('—');
  });
});

describe('the insights in the HTML', () => {
  it('carry data-insight-severity, and in a daily report data-insight-day', () => {
    for (let w = 0; w < 8; w++) day(addDays(TUESDAY, -7 * w), [1800, 1800]);
    finish(addDays(TUESDAY, -49), TUESDAY);
    const data = daily(TUESDAY);
    const doc = parseDocument(renderReportHtml(data, { withChart: false }));
    const insights = DomUtils.findAll((e) => e.attribs['data-insight-severity'] !== undefined, doc.children);
    expect(insights.length).toBeGreaterThan(0);
    const severities = insights.map((e) => e.attribs['data-insight-severity']);
    // Each element carries its insight's own severity (docs/analytics.md#insight-order): all late, so the
    // quality rule warns; only an unusual day could be critical, and 8 identical weeks have none.
    expect(severities).toEqual(data.insights.map((i) => i.severity));
    expect(severities).toContain('warning');
    for (const s of severities) expect(['critical', 'warning', 'info']).toContain(s);
    for (const e of insights) expect(e.attribs['data-insight-day']).toBe(TUESDAY);

    const weekly = buildReportData(t.db, { kind: 'weekly', periodKey: MONDAY, lang: 'fr', settings });
    const wdoc = parseDocument(renderReportHtml(weekly, { withChart: false }));
    const winsights = DomUtils.findAll(
      (e) => e.attribs['data-insight-severity'] !== undefined,
      wdoc.children,
    );
    expect(winsights.length).toBeGreaterThan(0);
    for (const e of winsights) expect(e.attribs['data-insight-day']).toBeUndefined();
  });
});
