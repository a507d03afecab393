// The dashboard's forecast call over the real `serve` HTTP transport and the real handlers on a demo store: the
// service's answer, from today on, learned only from the days before today, and bad input refused in one sentence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_SCHEMAS } from '../../src/shared/api-contract';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { createHttpApiClient } from '../../src/shared/http-api-client';
import { analyticsServices } from '../../src/main/api/analytics-port';
import { startHttpTransport, type HttpTransport } from '../../src/main/api/http-transport';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { getForecast } from '../../src/main/services/forecast-service';
import { createApiFixture, FIXED_NOW } from './helpers/api-fixture';

const TODAY = '2026-03-10';
let fixture: ReturnType<typeof createApiFixture>;
let transport: HttpTransport;

beforeAll(async () => {
  fixture = createApiFixture({ analytics: analyticsServices });
  seedDemo(fixture.store.db, {
    seed: 7,
    days: 90,
    endDay: TODAY,
    bookingsPerDay: 60,
    now: FIXED_NOW,
    settings: DEFAULT_ANALYTICS_SETTINGS,
  });
  transport = await startHttpTransport({
    handlers: fixture.handlers,
    events: fixture.events,
    staticDir: null,
  });
});
afterAll(async () => {
  await transport.close();
  await fixture.dispose();
});

const api = () => createHttpApiClient(transport.url, transport.token);
const setBookings = (date: string, n: number) =>
  fixture.store.sqlite.prepare('UPDATE dispatch_metrics SET total_bookings = ? WHERE date = ?').run(n, date);

describe('analytics:get-forecast over serve', () => {
  it('answers the next 7 days from today by default, equal to the service at the injected clock', async () => {
    const res = await api().getForecast();
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data).toEqual(getForecast(fixture.store.db, { today: TODAY, days: 7 }));
    expect(res.data.learned_through).toBe('2026-03-09');
    expect(res.data.days.map((d) => d.date)).toEqual([
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
      '2026-03-16',
    ]);
    for (const d of res.data.days) {
      expect(d.bookings).toBeGreaterThan(0);
      expect(d.low).toBeLessThanOrEqual(d.bookings);
      expect(d.high).toBeGreaterThanOrEqual(d.bookings);
    }
    expect(API_SCHEMAS['analytics:get-forecast'].output.parse(res.data)).toEqual(res.data);
  });

  it('takes a length of up to 28 days', async () => {
    const res = await api().getForecast({ days: 14 });
    expect(res.ok && res.data.days.length).toBe(14);
  });

  it('learns nothing from the day in progress, and does learn from yesterday', async () => {
    const before = await api().getForecast({ days: 7 });
    const original = fixture.store.sqlite
      .prepare('SELECT date, total_bookings AS n FROM dispatch_metrics WHERE date IN (?, ?)')
      .all(TODAY, '2026-03-09') as { date: string; n: number }[];
    expect(original).toHaveLength(2);
    try {
      setBookings(TODAY, 5000);
      expect(await api().getForecast({ days: 7 })).toEqual(before);
      // The same change a day earlier moves the forecast: the call above could have seen it.
      setBookings('2026-03-09', 5000);
      expect(await api().getForecast({ days: 7 })).not.toEqual(before);
    } finally {
      for (const r of original) setBookings(r.date, r.n);
    }
  });

  it.each([[{ days: 0 }], [{ days: 29 }], [{ days: 2.5 }], [{ days: '7' }], [{ from: TODAY }], [42]])(
    'refuses %j with a validation error in the app’s language',
    async (input) => {
      const res = await api().invoke('analytics:get-forecast', input as never);
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.error.kind).toBe('validation');
      expect(res.error.message).toContain('Requête analytics:get-forecast invalide');
    },
  );
});
