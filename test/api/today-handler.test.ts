// The wall screen's call: today so far on a real demo store, equal to the service, and its input refused when
// it is not empty (the call takes nothing: the day is the company's today by the injected clock).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_SCHEMAS } from '../../src/shared/api-contract';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { roundNumbersDeep } from '../../src/shared/round';
import { getTodaySoFar } from '../../src/main/services/today-service';
import { FIXED_NOW } from './helpers/api-fixture';
import { createDemoApiFixture } from './helpers/demo-api-fixture';

const TODAY = '2026-03-10';
let fixture: ReturnType<typeof createDemoApiFixture>;

beforeAll(() => {
  fixture = createDemoApiFixture({ endDay: TODAY, bookingsPerDay: 60 });
});
afterAll(async () => fixture.dispose());

describe('analytics:get-today on a real store', () => {
  it('answers today’s counts, equal to getTodaySoFar at the injected clock', async () => {
    const res = await fixture.handlers['analytics:get-today'](undefined);
    const expected = getTodaySoFar(fixture.store.db, {
      now: FIXED_NOW,
      settings: DEFAULT_ANALYTICS_SETTINGS,
    });
    expect(expected).not.toBeNull();
    expect(res).toEqual({ ok: true, data: roundNumbersDeep(expected) });
    if (!res.ok || !res.data) return;
    expect(res.data.date).toBe(TODAY);
    // 10:00 in Zurich: some of the day has come, not all of it.
    expect(res.data.due).toBeGreaterThan(0);
    expect(res.data.due).toBeLessThan(res.data.planned);
    expect(res.data.on_time + res.data.late + res.data.cancelled + res.data.waiting).toBe(res.data.due);
    expect(API_SCHEMAS['analytics:get-today'].output.parse(res.data)).toEqual(res.data);
  });

  it('is the dashboard’s today field, without the dashboard', async () => {
    const today = await fixture.handlers['analytics:get-today']({});
    const dashboard = await fixture.handlers['analytics:get-dashboard']({ period: '7d' });
    expect(today.ok && dashboard.ok).toBe(true);
    if (today.ok && dashboard.ok) expect(today.data).toEqual(dashboard.data.today);
  });

  it.each([[{ day: '2026-03-09' }], [42], [null], ['today']])(
    'rejects %j with a validation error and changes nothing',
    async (input) => {
      const count = () =>
        fixture.store.sqlite
          .prepare('SELECT (SELECT count(*) FROM settings) + (SELECT count(*) FROM sync_log) AS n')
          .get();
      const before = count();
      const res = await fixture.handlers['analytics:get-today'](input);
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.error.kind).toBe('validation');
      expect(res.error.message).toContain('Requête analytics:get-today invalide');
      expect(count()).toEqual(before);
    },
  );
});
