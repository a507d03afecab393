// One rendered report (render-report.ts) on a real store: the chart attached by cid and named for the report,
// the fields the runner keeps (stale, empty, data through, last sync), the subject and the header; and when a
// day's data counts as read too early (report-data.ts: a day synced while it was still going on is stale, judged
// on the company's local calendar, not UTC's).
import { loadImage } from '@napi-rs/canvas';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aggregateAll } from '../../src/main/aggregation/aggregate-service';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/main/reports/report-chart';
import { CHART_CID } from '../../src/main/reports/report-html';
import { renderReport } from '../../src/main/reports/render-report';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { COMPANY_ID, insertBooking, insertCompanyWithDrivers } from '../aggregation/store-fixtures';

const settings = DEFAULT_ANALYTICS_SETTINGS;
const DAY = '2026-03-10';
const NOW = Date.UTC(2026, 2, 20, 9, 0);

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
  insertCompanyWithDrivers(t.db, ['Anna Keller']);
  insertBooking(t.db, { local: `${DAY}T08:00:00`, lateBy: 0, driverId: 1 });
  insertBooking(t.db, { local: `${DAY}T09:00:00`, lateBy: 600, driverId: 1 });
  aggregateAll(t.db, { companyId: COMPANY_ID, now: NOW, settings });
});
afterEach(() => t.dispose());

const syncedAt = (day: string, at: number) =>
  t.sqlite
    .prepare(
      'INSERT INTO sync_days (company_id, day, synced_at, bookings_count, assignments_count) VALUES (?, ?, ?, 2, 0)',
    )
    .run(COMPANY_ID, day, at);

describe('a rendered daily report', () => {
  it('carries its chart by cid, named for the report, and what the runner keeps', async () => {
    syncedAt(DAY, NOW);
    const r = await renderReport({ db: t.db }, { kind: 'daily', periodKey: DAY, lang: 'en', settings });
    expect(r).toMatchObject({
      kind: 'daily',
      periodKey: DAY,
      empty: false,
      stale: false,
      dataThrough: DAY,
      company: 'Taxis Léman',
      timeZone: 'Europe/Zurich',
      lastSyncedAt: NOW,
      subject: 'Taxis Léman daily report — 10 Mar 2026',
      headers: { 'X-Dispatch-Report': `daily ${DAY}` },
    });
    expect(r.images).toHaveLength(1);
    expect(r.images[0]!.cid).toBe(CHART_CID);
    expect(r.images[0]!.filename).toBe(`chart-daily-${DAY}.png`);
    const png = await loadImage(Buffer.from(r.images[0]!.base64, 'base64'));
    expect([png.width, png.height]).toEqual([CHART_WIDTH * 2, CHART_HEIGHT * 2]);
    expect(r.html).toContain(`src="cid:${CHART_CID}"`);
    expect(r.text).toContain('Daily report — Taxis Léman');
  });

  it('without the chart has no image; a weekly one is keyed by its Monday', async () => {
    syncedAt(DAY, NOW);
    const r = await renderReport(
      { db: t.db },
      { kind: 'weekly', periodKey: '2026-03-11', lang: 'en', settings, withChart: false },
    );
    expect(r.images).toEqual([]);
    expect(r.periodKey).toBe('2026-03-09');
    expect(r.headers).toEqual({ 'X-Dispatch-Report': 'weekly 2026-03-09' });
    expect(r.html).not.toContain('cid:');
  });
});

describe('a day read while it was still going on', () => {
  it('is stale: synced at 23:30 the same day in Zurich', async () => {
    syncedAt(DAY, Date.UTC(2026, 2, 10, 22, 30));
    const r = await renderReport(
      { db: t.db },
      { kind: 'daily', periodKey: DAY, lang: 'en', settings, withChart: false },
    );
    expect(r.stale).toBe(true);
  });

  it('is not stale once synced after local midnight (00:30 in Zurich, still the 10th in UTC)', async () => {
    syncedAt(DAY, Date.UTC(2026, 2, 10, 23, 30));
    const r = await renderReport(
      { db: t.db },
      { kind: 'daily', periodKey: DAY, lang: 'en', settings, withChart: false },
    );
    expect(r.stale).toBe(false);
  });
});
