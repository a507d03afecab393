// Through the API on a real store: the driver stats carry each driver's cancellations (the count of their
// cancelled bookings in the store), and the trips list call takes a search, refusing an over-long one by name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DriverStatsJson, type TripJson } from '../../src/shared/analytics-types';
import { createDemoApiFixture } from './helpers/demo-api-fixture';

const TODAY = '2026-03-10';
const RANGE = { from: '2026-02-20', to: '2026-03-09' };
let fixture: ReturnType<typeof createDemoApiFixture>;

beforeAll(() => {
  fixture = createDemoApiFixture({ endDay: TODAY, bookingsPerDay: 40 });
});
afterAll(async () => fixture.dispose());

describe('driver stats', () => {
  it('give each driver the cancelled bookings the store holds for them', async () => {
    const res = await fixture.handlers['drivers:list-driver-stats'](RANGE);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const rows = res.data as DriverStatsJson[];
    const raw = new Map(
      fixture.store.sqlite
        .prepare(
          `SELECT driver_id, count(*) FROM bookings WHERE status = 'canceled' AND deleted_at IS NULL
             AND driver_id IS NOT NULL AND day BETWEEN ? AND ? GROUP BY driver_id`,
        )
        .raw()
        .all(RANGE.from, RANGE.to) as [number, number][],
    );
    expect([...raw.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    for (const r of rows) expect(r.cancelled, r.driver_name).toBe(raw.get(r.driver_id) ?? 0);
  });
});

describe('trips:list-trips search', () => {
  it('finds a booking by its patient’s name', async () => {
    const [id, name] = fixture.store.sqlite
      .prepare(
        `SELECT id, customer_name FROM bookings WHERE day BETWEEN ? AND ? AND customer_name IS NOT NULL
           AND deleted_at IS NULL ORDER BY id LIMIT 1`,
      )
      .raw()
      .get(RANGE.from, RANGE.to) as [number, string];
    const res = await fixture.handlers['trips:list-trips']({ filter: { ...RANGE, search: name } });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const page = res.data as { total: number; rows: TripJson[] };
    expect(page.rows.map((r) => r.id)).toContain(id);
    for (const r of page.rows) expect(r.customer_name).toContain(name);
  });

  it('refuses a search longer than 100 characters, naming the field', async () => {
    const res = await fixture.handlers['trips:list-trips']({ filter: { ...RANGE, search: 'x'.repeat(101) } });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.kind).toBe('validation');
    expect(res.error.message).toMatch(/search/);
    expect(res.error.message).toMatch(/100/);
  });
});
