// Volume insights follow the office's own history (docs/analytics.md#volume-baseline), on a real store: the
// demo at 60 bookings a day (above the old fixed 50/day "Excellent volume !"), then weeks made to fall.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { addDays, localToInstant } from '../../src/shared/time';
import { aggregateRange } from '../../src/main/aggregation/aggregate-service';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { resolvePeriod } from '../../src/main/analytics/period';
import { getDashboard } from '../../src/main/services/analytics-service';
import { getCompany } from '../../src/main/store/repos/company-repo';
import { createTestDb, type TestDb } from '../helpers/test-db';

const settings = DEFAULT_ANALYTICS_SETTINGS;
const END = '2026-12-06'; // a Sunday
const NOW = localToInstant(`${END}T23:00:00`, settings.timeZone);
let t: TestDb;

beforeAll(() => {
  t = createTestDb();
  seedDemo(t.db, { seed: 1, days: 140, endDay: END, bookingsPerDay: 60, now: NOW, settings });
});
afterAll(() => t.dispose());

const week = (monday: string, lang: 'fr' | 'en' = 'fr') =>
  getDashboard(t.db, {
    period: resolvePeriod({ from: monday, to: addDays(monday, 6) }, END),
    today: END,
    lang,
    settings,
  });
// The window's volume rules (an unusual day of few bookings is its own insight, docs/analytics.md#day-outliers).
const volumeInsights = (monday: string) =>
  week(monday).insights.filter((i) => i.rule === 'volume_low' || i.rule === 'volume_high');

/** Deletes the bookings of a week whose id modulo `mod` is below `keepOut`, and re-aggregates the week. */
function thinWeek(monday: string, mod: number, keepOut: number): void {
  t.db.$client
    .prepare('DELETE FROM bookings WHERE day BETWEEN ? AND ? AND id % ? < ?')
    .run(monday, addDays(monday, 6), mod, keepOut);
  const companyId = getCompany(t.db)!.id;
  aggregateRange(t.db, { companyId, from: monday, to: addDays(monday, 7), now: NOW, settings });
}

const bookingsOf = (monday: string) => week(monday).summary.total_bookings;

describe('volume insights against the office’s own history', () => {
  it('an ordinary demo week raises no volume insight (60 a day is this office’s normal)', () => {
    for (let monday = '2026-10-05'; monday <= '2026-11-30'; monday = addDays(monday, 7)) {
      expect(bookingsOf(monday) / 7, monday).toBeGreaterThan(50);
      expect(volumeInsights(monday), monday).toEqual([]);
    }
  });

  it('a week whose volume fell ~13 % raises no "Excellent volume" and no volume insight at all', () => {
    const before = bookingsOf('2026-11-09');
    thinWeek('2026-11-09', 8, 1); // one booking in 8
    const fall = ((bookingsOf('2026-11-09') - before) * 100) / before;
    expect(fall).toBeLessThan(-10);
    expect(fall).toBeGreaterThan(-16);
    const dash = week('2026-11-09');
    expect(dash.insights.filter((i) => i.rule.startsWith('volume_'))).toEqual([]);
    expect(dash.insights.map((i) => i.message).join(' ')).not.toMatch(/Excellent volume/);
  });

  it('a real collapse of volume is a warning naming its size against the usual', () => {
    thinWeek('2026-11-30', 10, 6); // six bookings in ten gone
    const [volume, ...more] = volumeInsights('2026-11-30');
    expect(more).toEqual([]);
    expect(volume).toMatchObject({
      rule: 'volume_low',
      type: 'warning',
      severity: 'warning',
      metric: 'bookings',
    });
    expect(volume!.value!).toBeLessThan(volume!.baseline! * 0.5);
    expect(volume!.baseline!).toBeGreaterThan(50);
    expect(volume!.message).toMatch(/^\d+ courses\/jour, −\d+,\d.% par rapport à l'habituel \(\d+ courses/);
    const en = week('2026-11-30', 'en').insights.find((i) => i.rule === 'volume_low')!;
    expect(en.title).toBe('Volume far down');
  });
});
