// Finding: a day the store has no data for showed as zeros in the reports (0 bookings, 0,0 %, 0,0 min, score 0)
// and pulled the chart's line down to 0. A day never synced is unknown ("—", a gap in the chart); a day the server
// answered without bookings has 0 bookings and no rate, delay or score.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { buildReportData } from '../../src/main/reports/report-data';
import { renderReport } from '../../src/main/reports/render-report';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { createTestDb, type TestDb } from '../helpers/test-db';

let db: TestDb;
beforeEach(() => {
  db = createTestDb();
  seedDemo(db.db, {
    seed: 4,
    days: 21,
    endDay: '2026-03-08',
    now: Date.parse('2026-03-09T07:00:00+01:00'),
    settings: DEFAULT_ANALYTICS_SETTINGS,
  });
  const forget = (day: string, keepSyncedDay: boolean) => {
    db.sqlite
      .exec(`DELETE FROM assignments WHERE booking_id IN (SELECT id FROM bookings WHERE day = '${day}');
      DELETE FROM bookings WHERE day = '${day}';
      DELETE FROM dispatch_metrics WHERE date = '${day}';`);
    if (keepSyncedDay) db.sqlite.exec(`UPDATE sync_days SET bookings_count = 0 WHERE day = '${day}'`);
    else db.sqlite.exec(`DELETE FROM sync_days WHERE day = '${day}'`);
  };
  forget('2026-03-04', false); // never synced
  forget('2026-03-05', true); // the server answered: no bookings
});
afterEach(() => db.dispose());

const input = {
  kind: 'weekly' as const,
  periodKey: '2026-03-02',
  lang: 'fr' as const,
  settings: DEFAULT_ANALYTICS_SETTINGS,
};

describe('days the store knows nothing about', () => {
  it('weekly: the unknown day is null (a gap), the empty day has 0 bookings and nothing else', () => {
    const data = buildReportData(db.db, input);
    expect(data.unknownDays).toEqual(['2026-03-04']);
    expect(data.stale).toBe(true);
    expect(data.days[2]).toEqual({
      date: '2026-03-04',
      bookings: null,
      on_time_rate: null,
      avg_delay: null,
      quality_score: null,
    });
    expect(data.days[3]).toMatchObject({ date: '2026-03-05', bookings: 0, on_time_rate: null });
    expect(data.chart[2]).toEqual({ date: '2026-03-04', bookings: null, onTimeRate: null });
    expect(data.chart[1]!.onTimeRate).toBeGreaterThan(0);
  });

  it('weekly text and HTML: "—" for the unknown day, never 0,0 % or 0,0 min', async () => {
    const r = await renderReport({ db: db.db }, { ...input, withChart: true });
    const row = (day: string) => r.text.split('\n').find((l) => l.includes(day))!;
    expect(row('04.03')).toMatch(/Courses — · Ponctualité — · Retard moy\. — · Score —$/);
    expect(row('05.03')).toMatch(/Courses 0 · Ponctualité — · Retard moy\. — · Score —$/);
    expect(r.text).not.toMatch(/(?<!\d)0,0\s?(%|min)/);
    expect(r.html).not.toMatch(/>\s*0,0\s?(%|min)\s*</);
    expect(r.images).toHaveLength(1);
  });

  it('daily: a day never synced shows every KPI as "—"', async () => {
    const r = await renderReport(
      { db: db.db },
      { kind: 'daily', periodKey: '2026-03-04', lang: 'en', settings: DEFAULT_ANALYTICS_SETTINGS },
    );
    expect(r.stale).toBe(true);
    for (const kpi of ['total_bookings', 'on_time_rate', 'avg_delay_minutes', 'quality_score'])
      expect(r.html).toContain(`data-kpi="${kpi}">—<`);
    expect(r.text).toContain('No data for this period');
    expect(r.text.split('\n')[0]).toMatch(/^⚠ Warning: the data has not been up to date since/);
  });
});
