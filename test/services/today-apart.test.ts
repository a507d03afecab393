// The day in progress is never mixed into finished days (docs/analytics.md#today-so-far): at 07:00 a real store
// holds today's early pickups done and the rest still planned; a finished period's figures must not move.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../src/main/analytics/period';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { localToInstant } from '../../src/shared/time';
import { aggregateRange } from '../../src/main/aggregation/aggregate-service';
import { createDemoDataset } from '../../src/main/demo/demo-generator';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { getDashboard } from '../../src/main/services/analytics-service';
import { getPeriodSummary } from '../../src/main/services/period-figures';
import { getTodaySoFar } from '../../src/main/services/today-service';
import { getCompany } from '../../src/main/store/repos/company-repo';
import { writeDayBatch } from '../../src/main/store/repos/day-batch-repo';
import { todaySoFarText, dataStampText } from '../../src/main/analytics/today-so-far-text';
import { createTestDb, type TestDb } from '../helpers/test-db';

const settings = DEFAULT_ANALYTICS_SETTINGS;
const zone = settings.timeZone;
const TODAY = '2026-12-07';
const YESTERDAY = '2026-12-06';
const AT_SEVEN = localToInstant(`${TODAY}T07:00:00`, zone);
const demo = { seed: 3, days: 70, bookingsPerDay: 80, settings };

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
  seedDemo(t.db, { ...demo, endDay: YESTERDAY, now: localToInstant(`${YESTERDAY}T23:00:00`, zone) });
});
afterEach(() => t.dispose());

/** Today as the server shows it at 07:00: pickups before then done, the rest still assigned and not boarded. */
function syncTodayAtSeven(): void {
  const company = getCompany(t.db)!.id;
  const played = createDemoDataset({ ...demo, endDay: TODAY, timeZone: zone, companyId: company }).dayBatch(
    TODAY,
  );
  const bookings = played.bookings.map((b) =>
    b.scheduledLocal !== null && localToInstant(b.scheduledLocal, zone) > AT_SEVEN
      ? { ...b, status: 'assigned' as const, boardedAt: null, completedAt: null }
      : b,
  );
  writeDayBatch(t.db, { ...played, companyId: company, bookings }, { now: AT_SEVEN, timeZone: zone });
  aggregateRange(t.db, { companyId: company, from: TODAY, to: TODAY, now: AT_SEVEN, settings });
}

describe('the day in progress, apart', () => {
  it('at 07:00 the 7-day view is the 7 finished days, unchanged by today; today is shown apart', () => {
    const view = () =>
      getDashboard(t.db, {
        period: resolvePeriod({ preset: '7d' }, TODAY),
        today: TODAY,
        now: AT_SEVEN,
        lang: 'fr',
        settings,
      });
    const before = view();
    syncTodayAtSeven();
    const after = view();

    expect(after.period).toEqual({ start: '2026-11-30', end: YESTERDAY, days: 7 });
    expect(after.summary).toEqual(before.summary);
    expect(after.summary).toEqual(getPeriodSummary(t.db, { from: '2026-11-30', to: YESTERDAY }));
    expect(after.previous_summary).toEqual(before.previous_summary);
    expect(after.trends.map((p) => p.date)).not.toContain(TODAY);
    // Mixed in, the half-played day would have pulled the on-time rate down: the trap this guards against.
    const mixed = getPeriodSummary(t.db, { from: '2026-12-01', to: TODAY });
    expect(mixed.avg_on_time_rate).toBeLessThan(after.summary.avg_on_time_rate - 1);

    const today = after.today!;
    expect(today).toMatchObject({ date: TODAY, as_of: AT_SEVEN, as_of_local: '07:00' });
    expect(today.due).toBeGreaterThan(0);
    expect(today.due).toBeLessThan(today.planned);
    expect(today.on_time + today.late + today.cancelled + today.waiting).toBe(today.due);
    expect(Number.isInteger(today.late)).toBe(true);
    expect(todaySoFarText('fr', today)).toMatch(
      new RegExp(`^Aujourd’hui jusqu’à 07:00\u00a0: ${today.due} courses?, ${today.late} en retard$`),
    );
    expect(dataStampText('fr', today)).toBe('Données jusqu’au 07.12 07:00');
  });

  it('today has no figures before any sync wrote it; the figures stop at its last write', () => {
    expect(getTodaySoFar(t.db, { now: AT_SEVEN, settings })).toBeNull();
    expect(todaySoFarText('en', null)).toBe('Today: no data yet.');
    syncTodayAtSeven();
    // Read at 09:30, the store still knows today as of 07:00: no pickup since then is called late.
    const later = getTodaySoFar(t.db, { now: AT_SEVEN + 150 * 60_000, settings })!;
    expect(later).toEqual(getTodaySoFar(t.db, { now: AT_SEVEN, settings }));
  });
});
