// Report bugs that once went unnoticed (a mutation probe): markup in an insight or an attribute reaching the
// e-mail, a week whose data stops mid-week sent without the stale banner, "same day last week" read from six days
// before, and the critical insight cut from the five shown. Real store, real renderer.
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aggregateAll } from '../../src/main/aggregation/aggregate-service';
import { getDashboard } from '../../src/main/services/analytics-service';
import { customPeriod } from '../../src/main/analytics/period';
import { buildReportData } from '../../src/main/reports/report-data';
import { renderReportHtml } from '../../src/main/reports/report-html';
import { renderReport } from '../../src/main/reports/render-report';
import { html } from '../../src/main/reports/safe-html';
import { addDays } from '../../src/shared/time';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { COMPANY_ID, insertBooking, insertCompanyWithDrivers } from '../aggregation/store-fixtures';

const NOW = Date.UTC(2026, 2, 20, 9, 0);
const MONDAY = '2026-03-02';
const settings = DEFAULT_ANALYTICS_SETTINGS;

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
  insertCompanyWithDrivers(t.db, ['Anna Keller']);
});
afterEach(() => t.dispose());

function markSynced(from: string, to: string): void {
  const insert = t.sqlite.prepare(
    'INSERT INTO sync_days (company_id, day, synced_at, bookings_count, assignments_count) VALUES (?, ?, ?, 0, 0)',
  );
  for (let d = from; d <= to; d = addDays(d, 1)) insert.run(COMPANY_ID, d, NOW);
}

/** A week that gets worse every day: on time on Monday, half an hour late by Sunday. */
function seedWorseningWeek(): void {
  for (let i = 0; i < 7; i++) {
    const day = addDays(MONDAY, i);
    insertBooking(t.db, { local: `${day}T08:00:00`, lateBy: i * 300, driverId: 1 });
    insertBooking(t.db, { local: `${day}T14:00:00`, lateBy: i * 300, driverId: 1 });
  }
  aggregateAll(t.db, { companyId: COMPANY_ID, now: NOW, settings });
}

describe('a week whose data stops on Wednesday', () => {
  it('is marked stale, and its e-mail shows the banner', async () => {
    seedWorseningWeek();
    markSynced('2026-02-20', '2026-03-04');
    const r = await renderReport(
      { db: t.db },
      { kind: 'weekly', periodKey: MONDAY, lang: 'fr', settings, withChart: false },
    );
    expect(r.stale).toBe(true);
    expect(r.dataThrough).toBe('2026-03-04');
    expect(r.html).toContain('data-stale="true"');
  });

  it('a week synced through Sunday has no banner', async () => {
    seedWorseningWeek();
    markSynced('2026-02-20', '2026-03-08');
    const r = await renderReport(
      { db: t.db },
      { kind: 'weekly', periodKey: MONDAY, lang: 'fr', settings, withChart: false },
    );
    expect(r.stale).toBe(false);
    expect(r.html).not.toContain('data-stale');
  });
});

describe('the five insights of the weekly report', () => {
  it('keep the critical one first when more than five fire', () => {
    // Four earlier weeks at eight on-time bookings a day make three of the worsening week's days unusual: eight
    // insights fire. With only the five rules a report that kept any five (or all) would pass.
    for (let w = 1; w <= 4; w++)
      for (let i = 0; i < 7; i++)
        for (let h = 0; h < 8; h++)
          insertBooking(t.db, { local: `${addDays(MONDAY, i - 7 * w)}T1${h}:00:00`, lateBy: 0, driverId: 1 });
    seedWorseningWeek();
    markSynced('2026-02-01', '2026-03-08');
    // Thresholds that make the rules fire on this week, one of them critical (quality below 101).
    const loud = {
      ...settings,
      insightThresholds: {
        ...settings.insightThresholds,
        lowOnTimeRate: 101,
        highAvgDelayMinutes: -1,
        trendMinDays: 2,
        trendWindowDays: 3,
        trendChangePercent: 0,
        patternDayDelayMinutes: -1,
        patternDayShare: 0,
        lowQuality: 101,
        excellentQuality: 1000,
      },
    };
    const all = getDashboard(t.db, {
      period: customPeriod(MONDAY, addDays(MONDAY, 6)),
      today: addDays(MONDAY, 6),
      lang: 'en',
      settings: loud,
    }).insights;
    // The premise: more fire than the report shows, the critical rule among them.
    expect(all.length).toBeGreaterThan(5);
    const data = buildReportData(t.db, { kind: 'weekly', periodKey: MONDAY, lang: 'en', settings: loud });
    expect(data.insights).toHaveLength(5);
    expect(data.insights).toEqual(all.slice(0, 5));
    // Unordered, the critical rule comes last (the unusual days, then the rules in their table order).
    expect(data.insights[0]).toMatchObject({ rule: 'quality_low', priority: 'critical' });
  });
});

describe('"same day last week" of the daily report', () => {
  it('is the day seven days before, not six', () => {
    const day = '2026-03-12';
    const add = (d: string, n: number) => {
      for (let i = 0; i < n; i++)
        insertBooking(t.db, { local: `${d}T0${i % 10}:00:00`, lateBy: 0, driverId: 1 });
    };
    add(day, 3);
    add(addDays(day, -7), 2);
    add(addDays(day, -6), 5);
    aggregateAll(t.db, { companyId: COMPANY_ID, now: NOW, settings });
    markSynced('2026-03-01', day);
    const data = buildReportData(t.db, { kind: 'daily', periodKey: day, lang: 'en', settings });
    const bookings = data.kpis.find((k) => k.key === 'total_bookings')!;
    expect(bookings.value).toBe(3);
    expect(bookings.weekAgo).toBe(2);
  });
});

describe('markup in the report’s texts', () => {
  it('an insight whose message holds markup is shown as text', () => {
    seedWorseningWeek();
    markSynced('2026-02-20', '2026-03-08');
    const data = buildReportData(t.db, { kind: 'weekly', periodKey: MONDAY, lang: 'en', settings });
    const hostile = '<img src=x onerror="alert(1)"> & <b>bold</b>';
    const out = renderReportHtml(
      {
        ...data,
        insights: [
          {
            rule: 'volume_low',
            type: 'info',
            category: 'volume',
            priority: 'low',
            title: `Title ${hostile}`,
            message: `Message ${hostile}`,
            recommendation: `Do ${hostile}`,
            action: null,
            trips: { from: MONDAY, to: addDays(MONDAY, 6) },
          },
        ],
      },
      { withChart: false },
    );
    const doc = parseDocument(out);
    expect(DomUtils.findAll((e) => e.name === 'img' || e.name === 'b', doc.children)).toEqual([]);
    const text = DomUtils.textContent(doc);
    for (const what of ['Title', 'Message', 'Do']) expect(text).toContain(`${what} ${hostile}`);
  });

  it('a value in a double-quoted attribute cannot close it', () => {
    const value = 'x" onclick="alert(1)" data-x="';
    const doc = parseDocument(html`<td title="${value}">cell</td>`.value);
    const td = DomUtils.findOne((e) => e.name === 'td', doc.children)!;
    expect(td.attribs).toEqual({ title: value });
    const single = parseDocument(html`<td title="${"x' onclick='y"}">cell</td>`.value);
    expect(DomUtils.findOne((e) => e.name === 'td', single.children)!.attribs).toEqual({
      title: "x' onclick='y",
    });
  });
});
