// A collapsed day leads its daily and its weekly report and names the day; the demo's ordinary weeks raise no
// critical insight (docs/analytics.md#insight-order). On a real store: the demo, then one day made to collapse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../src/main/analytics/period';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { addDays, localToInstant } from '../../src/shared/time';
import { aggregateRange } from '../../src/main/aggregation/aggregate-service';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { buildReportData } from '../../src/main/reports/report-data';
import { getDashboard } from '../../src/main/services/analytics-service';
import { getCompany } from '../../src/main/store/repos/company-repo';
import { createTestDb, type TestDb } from '../helpers/test-db';

const settings = DEFAULT_ANALYTICS_SETTINGS;
const END = '2026-12-06'; // a Sunday
const COLLAPSED = '2026-12-01'; // a Tuesday
const NOW = localToInstant(`${END}T23:00:00`, settings.timeZone);
let t: TestDb;

beforeAll(() => {
  t = createTestDb();
  seedDemo(t.db, { seed: 1, days: 120, endDay: END, bookingsPerDay: 60, now: NOW, settings });
});
afterAll(() => t.dispose());

const report = (kind: 'daily' | 'weekly', periodKey: string) =>
  buildReportData(t.db, { kind, periodKey, lang: 'fr', settings });

describe('insights against the office’s own baseline', () => {
  it('the demo’s ordinary weeks raise no critical insight; its collapsed days do', () => {
    // The demo holds two days that really collapsed: Wednesday 4 November (27.3 % on time against its usual
    // 83.3 %) and Sunday 22 November (42.9 % against 82.2 %). The other weeks are ordinary.
    const collapsed: Record<string, string> = { '2026-11-02': '2026-11-04', '2026-11-16': '2026-11-22' };
    for (let monday = '2026-10-05'; monday <= '2026-11-23'; monday = addDays(monday, 7)) {
      const critical = report('weekly', monday).insights.filter((i) => i.severity === 'critical');
      const dash = getDashboard(t.db, {
        period: resolvePeriod({ from: monday, to: addDays(monday, 6) }, END),
        today: END,
        lang: 'fr',
        settings,
      });
      const onDashboard = dash.insights.filter((i) => i.severity === 'critical');
      if (collapsed[monday]) {
        expect(critical.map((i) => i.day)).toEqual([collapsed[monday]]);
        expect(onDashboard.map((i) => i.day)).toEqual([collapsed[monday]]);
      } else {
        expect(critical, monday).toEqual([]);
        expect(onDashboard, monday).toEqual([]);
      }
    }
  });

  it('a collapsed Tuesday is the first insight of its daily and weekly report, and names the day', () => {
    // Every pickup of the day 45 minutes later than it was.
    t.db.$client
      .prepare(
        'UPDATE bookings SET boarded_at = boarded_at + 2700000 WHERE day = ? AND boarded_at IS NOT NULL',
      )
      .run(COLLAPSED);
    const companyId = getCompany(t.db)!.id;
    aggregateRange(t.db, { companyId, from: COLLAPSED, to: addDays(COLLAPSED, 1), now: NOW, settings });

    const daily = report('daily', COLLAPSED).insights[0]!;
    expect(daily).toMatchObject({ rule: 'unusual_day', severity: 'critical', day: COLLAPSED });
    expect(daily.title).toBe('Jour hors de l’ordinaire\u00a0: Mardi 01.12');
    expect(daily.message).toMatch(/^Mardi 01\.12\u00a0: .*à l’heure \(habituel : /);
    expect(daily.size).toBeGreaterThan(5);
    expect(typeof daily.baseline).toBe('number');
    expect(daily.trips).toEqual({ from: COLLAPSED, to: COLLAPSED, outcome: 'delayed' });

    const weekly = report('weekly', '2026-11-30').insights;
    expect(weekly[0]).toMatchObject({ rule: 'unusual_day', severity: 'critical', day: COLLAPSED });
    // Severity first: nothing after a warning is more severe.
    const rank = { critical: 0, warning: 1, info: 2 } as const;
    const ranks = weekly.map((i) => rank[i.severity!]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
