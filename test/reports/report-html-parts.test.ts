// The e-mail's HTML (report-html.ts, report-html-tables.ts, report-html-style.ts) from hand-built data
// (report-data-fixture.ts), read back with a real HTML parser: each data table with its caption, header cells and
// the columns a phone drops; the figures in their cells; the insights' weight; the banner, the KPI cards and
// their colours; the chart by cid with its text alternative.
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { CHART_CID, insightSeverity, renderReportHtml } from '../../src/main/reports/report-html';
import { normaliseSpaces } from '../../src/shared/format';
import type { ReportData } from '../../src/main/reports/report-data';
import { dailyFixture, INSIGHT, weeklyFixture } from './report-data-fixture';

const render = (data: ReportData, withChart = false) => parseDocument(renderReportHtml(data, { withChart }));
type Doc = ReturnType<typeof parseDocument>;
const text = (e: Element | Doc): string =>
  normaliseSpaces(DomUtils.textContent(e)).replace(/\s+/g, ' ').trim();
const all = (doc: Doc, test: (e: Element) => boolean) => DomUtils.findAll(test, doc.children);

/** The data table whose caption is `caption`: its header cells and rows (th + td texts), and its cells. */
function table(doc: Doc, caption: string) {
  const t = all(
    doc,
    (e) =>
      e.name === 'table' &&
      all(e as unknown as Doc, (c) => c.name === 'caption').some((c) => text(c) === caption),
  ).at(-1);
  expect(t, `table "${caption}"`).toBeDefined();
  const el = t as unknown as Doc;
  const heads = all(el, (e) => e.name === 'th' && e.attribs.scope === 'col');
  const rows = all(el, (e) => e.name === 'tr').filter((tr) =>
    DomUtils.findOne((c) => c.attribs.scope === 'row', tr.children),
  );
  return {
    el: t!,
    heads: heads.map(text),
    rows: rows.map((tr) =>
      tr.children.filter((c): c is Element => 'name' in c && (c.name === 'th' || c.name === 'td')).map(text),
    ),
    secondary: all(el, (e) => e.attribs.class === 'da-secondary').map((e) => `${e.name}:${text(e)}`),
    rightAligned: heads.filter((h) => h.attribs.style?.includes('text-align:right')).map(text),
  };
}

describe('the daily e-mail', () => {
  const doc = render(dailyFixture(), true);

  it('has the four KPI cards with their changes in colour, the other figures below', () => {
    const kpis = all(doc, (e) => e.attribs['data-kpi'] !== undefined);
    expect(kpis.map((e) => [e.attribs['data-kpi'], text(e)])).toEqual([
      ['total_bookings', '40'],
      ['on_time_rate', '82.5%'],
      ['avg_delay_minutes', '4.5 min'],
      ['quality_score', '75.2'],
    ]);
    const colour = (needle: string) =>
      all(
        doc,
        (e) =>
          e.name === 'div' &&
          text(e).startsWith(needle) &&
          (e.attribs.style ?? '').includes('font-size:11px'),
      )[0]?.attribs.style;
    expect(colour('▼ -20.0% vs previous day (worse)')).toContain('color:#b91c1c');
    expect(colour('▼ -1.5 min vs previous day (better)')).toContain('color:#15803d');
    expect(colour('= 0.0 pts vs previous day')).toContain('color:#6b7280');
    const page = text(doc);
    expect(page).toContain('Cancellation rate 5.0% ▲ +2.5 pts vs previous day (worse)');
    expect(page).toContain(
      'Trips per active driver 8.0 — vs previous day ▲ +33.3% vs 7 days before (better)',
    );
    // Outlook gets the four cards in one fixed row.
    expect(renderReportHtml(dailyFixture(), { withChart: false })).toContain(
      '<!--[if mso]><table role="presentation" width="552" cellpadding="0" cellspacing="0"><tr><td width="138" valign="top"><![endif]-->',
    );
  });

  it('shows the score parts out of 50, 30 and 20, each with its bar', () => {
    const parts = table(doc, 'The quality score in three parts');
    expect(parts.heads).toEqual(['Part', 'Points']);
    expect(parts.rows).toEqual([
      ['Punctuality', '41.3 out of 50'],
      ['Delays', '21.0 out of 30'],
      ['Cancellations', '15.0 out of 20'],
    ]);
    const bars = all(parts.el as unknown as Doc, (e) => e.name === 'td' && e.attribs.width !== undefined).map(
      (e) => e.attribs.width,
    );
    expect(bars).toEqual(['83%', '70%', '75%']);
  });

  it('lists the largest delays and the 14 days, the report’s own day in bold', () => {
    const delays = table(doc, 'The 5 largest delays');
    expect(delays.rows).toEqual([
      ['08:10', 'Anna Keller', '25.0 min'],
      ['14:00', 'no driver', '7.5 min'],
    ]);
    expect(delays.rightAligned).toEqual(['Delay']);
    const days = table(doc, 'The 14 days in figures');
    expect(days.rows).toEqual([
      ['Sun 8 Mar', '—', '—'],
      ['Mon 9 Mar', '50', '90.0%'],
      ['Tue 10 Mar', '40', '82.5%'],
    ]);
    const bold = all(days.el as unknown as Doc, (e) => e.name === 'strong').map(text);
    expect(bold).toEqual(['Tue 10 Mar', '40', '82.5%']);
  });

  it('gives each insight its weight, colour and what to do', () => {
    const cells = all(doc, (e) => e.attribs['data-insight-severity'] !== undefined);
    expect(cells.map((c) => c.attribs['data-insight-severity'])).toEqual(['warning', 'warning']);
    expect(cells[0]!.attribs.style).toContain('border-left:4px solid #c2410c;');
    expect(cells[1]!.attribs.style).toContain('border-left:4px solid #a16207;');
    expect(text(cells[0]!)).toBe('Punctuality below 85 % (high) 82.5 % on time What to do: Plan more time');
    expect(text(cells[1]!)).toBe('Delays (medium) Long');
  });

  it('shows the chart by cid, described in words, 552 px wide', () => {
    const img = DomUtils.findOne((e) => e.name === 'img', doc.children)!;
    expect(img.attribs.src).toBe(`cid:${CHART_CID}`);
    expect(img.attribs.width).toBe('552');
    expect(img.attribs.alt?.length).toBeGreaterThan(20);
    expect(all(render(dailyFixture(), false), (e) => e.name === 'img')).toEqual([]);
  });

  it('has no banner when up to date, the warning first when stale, and says when nothing is known', () => {
    expect(all(doc, (e) => e.attribs['data-stale'] !== undefined)).toEqual([]);
    const stale = render(dailyFixture({ stale: true, lastSyncedAt: null }));
    const banner = all(stale, (e) => e.attribs['data-stale'] === 'true');
    expect(banner.map(text)).toEqual([
      'Warning: no data has been received from the dispatch server yet; this report holds no figures.',
    ]);
    const unknown = text(render(dailyFixture({ unknownDays: ['2026-03-10'], dataThrough: null })));
    expect(unknown).toContain('No data for this period');
    expect(unknown).toContain('No data synced yet · Europe/Zurich');
    expect(text(render(dailyFixture({ empty: true })))).toContain('No bookings in this period.');
    expect(text(doc)).not.toContain('No bookings in this period.');
  });
});

describe('the weekly e-mail', () => {
  const doc = render(weeklyFixture());

  it('has the days table (score dropped on a phone), best and weakest day', () => {
    const days = table(doc, 'Day by day');
    expect(days.heads).toEqual(['Day', 'Bookings', 'On time', 'Avg delay', 'Score']);
    expect(days.rightAligned).toEqual(['Bookings', 'On time', 'Avg delay', 'Score']);
    expect(days.secondary).toEqual(['th:Score', 'td:80.0', 'td:—', 'td:—']);
    expect(days.rows[0]).toEqual(['Mon 2 Mar', '10', '90.0%', '3.0 min', '80.0']);
    expect(days.rows[1]).toEqual(['Tue 3 Mar', '—', '—', '—', '—']);
    const page = text(doc);
    expect(page).toContain(
      'Best day: Monday 2 March 2026 (score 80.0)Weakest day: Wednesday 4 March 2026 (score 60.5)',
    );
  });

  it('has the weekdays and facilities tables, the facility name escaped, and next week', () => {
    const weekdays = table(doc, 'By weekday (last 4 weeks)');
    expect(weekdays.rows).toEqual([['Monday', '12.5', '91.3%', '2.5 min']]);
    expect(weekdays.secondary).toEqual(['th:Average delay', 'td:2.5 min']);
    const facilities = table(doc, 'Facilities with the most late arrivals');
    expect(facilities.rows).toEqual([['Hôpital <Nord>', '12', '3', '75.0%']]);
    expect(facilities.secondary).toEqual(['th:Bookings', 'td:12']);
    expect(all(doc, (e) => e.name === 'nord')).toEqual([]);
    expect(text(doc)).toContain('Next week ~70 bookings expected, Wednesday the busiest.');
  });

  it('leaves out what it does not have, and has no daily sections', () => {
    const bare = text(
      render(
        weeklyFixture({
          best: null,
          worst: null,
          weekdays: [],
          lateFacilities: [],
          nextWeek: null,
          insights: [],
        }),
      ),
    );
    expect(bare).not.toMatch(/Best day|By weekday|Facilities with|Next week/);
    expect(bare).toContain('Points of attention Nothing to report.');
    expect(bare).not.toContain('largest delays');
    expect(bare).not.toContain('The 14 days');
  });
});

describe('an insight’s severity', () => {
  it('is its own when it has one; else critical priority, warning type, or info', () => {
    expect(insightSeverity({ ...INSIGHT, severity: 'info' })).toBe('info');
    const { severity: _s, ...bare } = INSIGHT;
    expect(insightSeverity({ ...bare, priority: 'critical', type: 'info' })).toBe('critical');
    expect(insightSeverity({ ...bare, priority: 'high', type: 'warning' })).toBe('warning');
    expect(insightSeverity({ ...bare, priority: 'high', type: 'success' })).toBe('info');
  });
});
