// The API's edge: `analytics:get-dashboard` checks its input with the contract's schema and resolves the period
// there, once; the service is handed the resolved window (the real service, seen through the handlers' port).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsPort } from '../../src/main/api/analytics-port';
import { analyticsServices } from '../../src/main/api/analytics-port';
import type { PeriodJson } from '../../src/shared/analytics-types';
import { createApiFixture } from './helpers/api-fixture';

const periods: PeriodJson[] = [];
const port: AnalyticsPort = {
  ...analyticsServices,
  getDashboard: (db, opts) => {
    periods.push({ ...opts.period });
    return analyticsServices.getDashboard(db, opts);
  },
};
let fixture: ReturnType<typeof createApiFixture>;
beforeAll(() => {
  fixture = createApiFixture({ analytics: port });
});
afterAll(() => fixture.dispose());

const dashboard = (input: unknown) => fixture.handlers['analytics:get-dashboard'](input);

describe('dashboard: the period resolved at the API edge', () => {
  it('a preset or a range reaches the service as the resolved window', async () => {
    periods.length = 0;
    expect(await dashboard({ period: '7d' })).toMatchObject({ ok: true });
    expect(await dashboard({ from: '2026-03-01', to: '2026-03-02' })).toMatchObject({ ok: true });
    // FIXED_NOW's day in Zurich is 2026-03-10: a preset ends the day before, the last complete one.
    expect(periods).toEqual([
      { start: '2026-03-03', end: '2026-03-09', days: 7 },
      { start: '2026-03-01', end: '2026-03-02', days: 2 },
    ]);
  });

  it.each([
    [{ from: '2026-03-10', to: '2026-03-01' }, /to.*on or after/],
    [{ period: '2w' }, /period/],
  ])('%j: the same validation sentence, and the service is never called', async (input, sentence) => {
    periods.length = 0;
    const res = await dashboard(input);
    expect(res).toMatchObject({ ok: false, error: { kind: 'validation', message: sentence } });
    expect(periods).toEqual([]);
  });
});
