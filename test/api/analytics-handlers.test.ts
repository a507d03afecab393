import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../src/main/analytics/period';
import { API_CHANNELS, API_SCHEMAS, type ApiChannel } from '../../src/shared/api-contract';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { roundNumbersDeep } from '../../src/shared/round';
import { analyticsServices } from '../../src/main/api/analytics-port';
import { seedDemo } from '../../src/main/demo/seed-demo';
import * as analytics from '../../src/main/services/analytics-service';
import { createApiFixture, FIXED_NOW } from './helpers/api-fixture';

const TODAY = '2026-03-10';
let fixture: ReturnType<typeof createApiFixture>;

beforeAll(() => {
  fixture = createApiFixture({ analytics: analyticsServices });
  seedDemo(fixture.store.db, {
    seed: 7,
    days: 120,
    endDay: TODAY,
    bookingsPerDay: 40,
    now: FIXED_NOW,
    settings: DEFAULT_ANALYTICS_SETTINGS,
  });
});
afterAll(async () => fixture.dispose());

const call = <C extends ApiChannel>(channel: C, input: unknown) => fixture.handlers[channel](input);

describe('analytics handlers on a real store', () => {
  it.each(['7d', '30d', '90d', '1y'] as const)(
    'dashboard %s equals the service output rounded',
    async (period) => {
      const res = await call('analytics:get-dashboard', { period });
      const expected = analytics.getDashboard(fixture.store.db, {
        period: resolvePeriod({ preset: period }, TODAY),
        today: TODAY,
        now: FIXED_NOW,
        lang: 'fr',
        settings: DEFAULT_ANALYTICS_SETTINGS,
      });
      expect(res).toEqual({ ok: true, data: roundNumbersDeep(expected) });
      if (res.ok) {
        expect(res.data.summary.total_bookings).toBeGreaterThan(0);
        expect(API_SCHEMAS['analytics:get-dashboard'].output.parse(res.data)).toEqual(res.data);
      }
    },
  );

  it('answers every read channel with data that matches the contract’s output schema', async () => {
    const inputs: Partial<Record<ApiChannel, unknown>> = {
      'analytics:get-dashboard': { from: '2026-02-01', to: '2026-02-28' },
      'analytics:get-insights': { lookbackDays: 60 },
      'analytics:get-weekly-summary': {},
      'analytics:get-delay-heatmap': { from: '2026-02-01', to: '2026-03-10' },
      'trips:list-trips': {
        filter: { from: '2026-03-01', to: '2026-03-10', outcome: 'delayed' },
        sort: 'delay',
        dir: 'desc',
        limit: 5,
      },
      'drivers:list-driver-stats': { from: '2026-02-01', to: '2026-03-10' },
      'sync:get-status': {},
      'settings:get-settings': undefined,
      'app:get-info': {},
    };
    for (const [channel, input] of Object.entries(inputs) as Array<[ApiChannel, unknown]>) {
      const res = await call(channel, input);
      expect(res.ok, `${channel}: ${JSON.stringify(res)}`).toBe(true);
      if (res.ok) API_SCHEMAS[channel].output.parse(res.data);
    }
    const trips = await call('trips:list-trips', inputs['trips:list-trips']);
    if (!trips.ok) throw new Error('trips failed');
    expect(trips.data.rows.length).toBe(5);
    expect(trips.data.total).toBeGreaterThan(5);
    const delays = trips.data.rows.map((r) => r.delay_minutes ?? 0);
    expect([...delays].sort((a, b) => b - a)).toEqual(delays);
    expect(trips.data.rows.every((r) => r.outcome === 'delayed')).toBe(true);
  });

  const badInputs: Array<[ApiChannel, unknown, RegExp]> = [
    ['analytics:get-dashboard', { period: '2w' }, /period/],
    ['analytics:get-dashboard', { from: '2026-13-01', to: '2026-03-01' }, /from: expected a date/],
    ['analytics:get-dashboard', { from: '2026-03-10', to: '2026-03-01' }, /to.*on or after/],
    ['analytics:get-dashboard', { from: '2000-01-01', to: '2026-03-01' }, /at most 3660 days/],
    ['analytics:get-dashboard', { period: '7d', extra: 1 }, /extra|Unrecognized/i],
    ['analytics:get-dashboard', null, /invalid|expected/i],
    ['analytics:get-insights', { lookbackDays: 0 }, /lookbackDays/],
    ['analytics:get-insights', { lookbackDays: 'x' }, /lookbackDays/],
    ['analytics:get-insights', { from: '2026-03-01' }, /to/],
    ['analytics:get-insights', { from: '2026-03-10', to: '2026-03-01' }, /to.*on or after/],
    [
      'analytics:get-insights',
      { lookbackDays: 30, from: '2026-03-01', to: '2026-03-10' },
      /Unrecognized|lookbackDays/i,
    ],
    ['analytics:get-weekly-summary', { weekStart: '10/03/2026' }, /weekStart/],
    ['analytics:get-delay-heatmap', {}, /from/],
    ['drivers:list-driver-stats', { from: '2026-03-01' }, /to/],
    ['trips:list-trips', { filter: { from: '2026-03-01', to: '2026-03-02' }, limit: 100000 }, /limit/],
    ['trips:list-trips', { filter: { from: '2026-03-01', to: '2026-03-02', weekday: 7 } }, /weekday/],
    ['trips:list-trips', { filter: { from: '2026-03-01', to: '2026-03-02' }, sort: 'price' }, /sort/],
    ['trips:list-trips', { filter: { from: '2026-03-01', to: '2026-03-02', driverId: -1 } }, /driverId/],
    ['sync:start-sync', { force: true }, /force|Unrecognized/i],
    ['settings:update-settings', { theme: 'pink' }, /theme/],
    ['app:get-info', 42, /expected object/i],
  ];
  it.each(badInputs)(
    '%s rejects %j with a validation error naming the field',
    async (channel, input, pattern) => {
      const before = fixture.store.sqlite
        .prepare('SELECT (SELECT count(*) FROM settings) + (SELECT count(*) FROM sync_log) AS n')
        .get();
      const res = await call(channel, input);
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.error.kind).toBe('validation');
      expect(res.error.message).toContain(`Requête ${channel} invalide`);
      expect(res.error.message).toMatch(pattern);
      const after = fixture.store.sqlite
        .prepare('SELECT (SELECT count(*) FROM settings) + (SELECT count(*) FROM sync_log) AS n')
        .get();
      expect(after).toEqual(before);
    },
  );

  it('covers every channel of the contract with a handler', () => {
    expect(Object.keys(fixture.handlers).sort()).toEqual([...API_CHANNELS].sort());
  });

  it('maps a service failure to an internal error with a generic sentence (details stay in the log)', async () => {
    const failing = createApiFixture({
      analytics: {
        ...analyticsServices,
        getDashboard: () => {
          throw new Error('SQLITE_CORRUPT: secret detail');
        },
      },
    });
    try {
      const res = await failing.handlers['analytics:get-dashboard']({ period: '7d' });
      expect(res).toMatchObject({ ok: false, error: { kind: 'internal' } });
      expect(JSON.stringify(res)).not.toContain('secret detail');
    } finally {
      await failing.dispose();
    }
  });

  it('answers an empty store with zeros, never an error', async () => {
    const empty = createApiFixture({ analytics: analyticsServices });
    try {
      const res = await empty.handlers['analytics:get-dashboard']({ period: '30d' });
      expect(res).toMatchObject({ ok: true, data: { summary: { total_bookings: 0 } } });
      const status = await empty.handlers['sync:get-status']({});
      expect(status).toMatchObject({ ok: true, data: { running: false, lastSync: null, dataThrough: null } });
    } finally {
      await empty.dispose();
    }
  });
});

describe('insights over a period', () => {
  it('answers the dashboard’s period, preset or custom, as the service computes it', async () => {
    const dashboard = await call('analytics:get-dashboard', { period: '90d' });
    if (!dashboard.ok) throw new Error('dashboard failed');
    for (const range of [
      { from: dashboard.data.period.start, to: dashboard.data.period.end },
      { from: '2026-01-05', to: '2026-01-18' }, // in the past: not the last 14 days
    ]) {
      const res = await call('analytics:get-insights', range);
      const expected = analytics.getInsights(fixture.store.db, { ...range, today: TODAY, lang: 'fr' });
      expect(res).toEqual({ ok: true, data: roundNumbersDeep(expected) });
      expect(expected.period).toMatchObject({ start: range.from, end: range.to });
      expect(expected.weekday_analysis).toHaveLength(7);
    }
    const lastTwoWeeks = await call('analytics:get-insights', { lookbackDays: 14 });
    const pastTwoWeeks = await call('analytics:get-insights', { from: '2026-01-05', to: '2026-01-18' });
    expect(pastTwoWeeks).not.toEqual(lastTwoWeeks);
  });

  it('a period longer than the lookback’s year is analysed whole', async () => {
    const res = await call('analytics:get-insights', { from: '2024-01-01', to: TODAY });
    expect(res).toMatchObject({
      ok: true,
      data: { lookback_days: 800, period: { start: '2024-01-01', end: TODAY, days: 800 } },
    });
  });
});

describe('insights lookback', () => {
  it('accepts up to 730 days and answers with the service’s last year at most', async () => {
    const res = await fixture.handlers['analytics:get-insights']({ lookbackDays: 730 });
    expect(res).toMatchObject({ ok: true, data: { lookback_days: 365 } });
    expect((await fixture.handlers['analytics:get-insights']({ lookbackDays: 731 })).ok).toBe(false);
  });
});
