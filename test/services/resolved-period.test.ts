// A period is checked and resolved once, at the edge (the API handler, the CLI's arguments, the export task's
// input): the services take only a `ResolvedPeriod`, which only the one
// resolver (analytics/period.ts) makes. The `@ts-expect-error` lines are the proof: `tsc` fails the build if a raw
// preset, a raw range or a hand-made window were accepted again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customPeriod, resolvePeriod } from '../../src/main/analytics/period';
import { getDashboard, getInsights } from '../../src/main/services/analytics-service';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { createTestDb, type TestDb } from '../helpers/test-db';

const settings = DEFAULT_ANALYTICS_SETTINGS;
const today = '2026-03-21';
let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.dispose());

describe('the resolved window', () => {
  it('is the only period the dashboard service accepts (type-checked)', () => {
    // Never run: these calls are here for the type checker only.
    const typeOnly = () => {
      // @ts-expect-error a raw preset: resolve it at the edge first
      getDashboard(t.db, { period: { preset: '30d' }, today, lang: 'fr', settings });
      // @ts-expect-error a raw range: resolve it at the edge first
      getDashboard(t.db, { period: { from: '2026-03-01', to: today }, today, lang: 'fr', settings });
      const handMade = { start: '2026-03-01', end: today, days: 21 };
      // @ts-expect-error a window made by hand is not a resolved one (only the resolver makes those)
      getDashboard(t.db, { period: handMade, today, lang: 'fr', settings });
      // @ts-expect-error the insights' window is a resolved one or a raw range, not a hand-made window
      getInsights(t.db, { period: handMade, today, lang: 'fr' });
      getInsights(t.db, { period: customPeriod('2026-03-01', today), today, lang: 'fr' });
    };
    expect(typeof typeOnly).toBe('function');
  });

  it('is taken as is: the dashboard answers for exactly the window it was given', () => {
    const window = resolvePeriod({ preset: '7d' }, today);
    // A preset ends with the last complete day (docs/analytics.md#periods).
    expect(window).toEqual({ start: '2026-03-14', end: '2026-03-20', days: 7 });
    const d = getDashboard(t.db, { period: window, today, lang: 'fr', settings });
    expect(d.period).toEqual(window);
  });

  it('is refused by the one resolver with the sentences users see today', () => {
    expect(() => customPeriod('2026-03-10', '2026-03-01')).toThrow(/après la date de fin/);
    expect(() => customPeriod('2026-02-30', '2026-03-01')).toThrow(/AAAA-MM-JJ/);
    expect(() => customPeriod('2000-01-01', '2026-03-01')).toThrow(/au plus 3660 jours/);
  });
});
