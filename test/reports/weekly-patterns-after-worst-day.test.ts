// The weekly report leads with the week's worst day when it was an outlier, then the weekday pattern that
// repeated (docs/analytics.md#insight-order, #systematic), then the rest; read from the HTML's data-insight-*
// marks. On a real store: the demo (whose Tuesdays run systematically late), one Tuesday made to collapse and the
// Wednesday after it made late too: a second unusual day, which must come after the pattern.
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { addDays, localToInstant } from '../../src/shared/time';
import { aggregateRange } from '../../src/main/aggregation/aggregate-service';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { buildReportData } from '../../src/main/reports/report-data';
import { renderReportHtml } from '../../src/main/reports/report-html';
import { renderReportText } from '../../src/main/reports/report-text';
import { getCompany } from '../../src/main/store/repos/company-repo';
import { createTestDb, type TestDb } from '../helpers/test-db';

const settings = DEFAULT_ANALYTICS_SETTINGS;
const END = '2026-12-06'; // a Sunday
const MONDAY = '2026-11-30'; // the reported week
const COLLAPSED = '2026-12-01'; // its Tuesday
const LATE = '2026-12-02'; // its Wednesday
const NOW = localToInstant(`${END}T23:00:00`, settings.timeZone);
let t: TestDb;

function lateBy(day: string, minutes: number): void {
  t.db.$client
    .prepare('UPDATE bookings SET boarded_at = boarded_at + ? WHERE day = ? AND boarded_at IS NOT NULL')
    .run(minutes * 60_000, day);
  const companyId = getCompany(t.db)!.id;
  aggregateRange(t.db, { companyId, from: day, to: addDays(day, 1), now: NOW, settings });
}

beforeAll(() => {
  t = createTestDb();
  seedDemo(t.db, { seed: 1, days: 120, endDay: END, bookingsPerDay: 60, now: NOW, settings });
  lateBy(COLLAPSED, 45);
  lateBy(LATE, 15);
});
afterAll(() => t.dispose());

const marks = (html: string) =>
  DomUtils.findAll((e) => e.attribs['data-insight-severity'] !== undefined, parseDocument(html).children).map(
    (e) => ({
      severity: e.attribs['data-insight-severity'],
      day: e.attribs['data-insight-day'],
      rule: e.attribs['data-insight-rule'],
      text: DomUtils.textContent(e),
    }),
  );

describe('the weekly report’s order', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`the worst day first, then the systematic Tuesdays, then the rest (${lang})`, () => {
      const data = buildReportData(t.db, { kind: 'weekly', periodKey: MONDAY, lang, settings });
      const html = marks(renderReportHtml(data, { withChart: false }));
      expect(html.length).toBeGreaterThanOrEqual(3);
      expect(html[0]).toMatchObject({ severity: 'critical', day: COLLAPSED, rule: 'unusual_day' });
      expect(html[1]).toMatchObject({ severity: 'warning', day: undefined, rule: 'weekday_high_delay' });
      expect(html[1]!.text).toContain(
        lang === 'fr' ? 'Mardi a systématiquement plus de retards' : 'Tuesday consistently has more delays',
      );
      // The Wednesday, as unusual as it was, comes after the pattern.
      expect(html[2]).toMatchObject({ day: LATE, rule: 'unusual_day' });
      // The pattern insight links to the Tuesdays' late trips over the 4 weeks it looked at.
      expect(data.insights[1]!.trips).toEqual({
        from: addDays(MONDAY, -21),
        to: addDays(MONDAY, 6),
        weekday: 1,
        outcome: 'delayed',
      });
      // The marks are the data's insights, in the same order, and the text part follows it too.
      expect(html.map((m) => m.rule)).toEqual(data.insights.map((i) => i.rule));
      const text = renderReportText(data);
      expect(text.indexOf(data.insights[0]!.title)).toBeLessThan(text.indexOf(data.insights[1]!.title));
    });
  }

  it('a week whose worst day was no outlier starts with the pattern', () => {
    // The week before (23–29 November): ordinary, the Tuesdays late as usual.
    const data = buildReportData(t.db, {
      kind: 'weekly',
      periodKey: addDays(MONDAY, -7),
      lang: 'fr',
      settings,
    });
    const html = marks(renderReportHtml(data, { withChart: false }));
    expect(html.some((m) => m.rule === 'unusual_day' && m.severity !== 'info')).toBe(false);
    expect(html[0]).toMatchObject({ severity: 'warning', rule: 'weekday_high_delay' });
  });
});
