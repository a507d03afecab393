// analytics:get-facilities over a real demo store, and the trips list filtered to one facility: the rows of the
// Facilities screen add up to the period's totals, "others" comes last, a bad range is refused by name, and a
// facility's trips are exactly its bookings under every spelling of its name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FacilitiesJson } from '../../src/shared/analytics-types';
import type { TripsPage } from '../../src/shared/api-contract';
import { createDemoApiFixture } from './helpers/demo-api-fixture';

const TODAY = '2026-03-10';
const RANGE = { from: '2026-02-20', to: '2026-03-09' };
let fixture: ReturnType<typeof createDemoApiFixture>;

beforeAll(() => {
  fixture = createDemoApiFixture({ endDay: TODAY, bookingsPerDay: 40 });
});
afterAll(async () => fixture.dispose());

async function facilities(range = RANGE): Promise<FacilitiesJson> {
  const res = await fixture.handlers['analytics:get-facilities'](range);
  if (!res.ok) throw new Error(res.error.message);
  return res.data;
}

async function trips(filter: Record<string, unknown>, offset = 0): Promise<TripsPage> {
  const res = await fixture.handlers['trips:list-trips']({ filter, limit: 1000, offset });
  if (!res.ok) throw new Error(res.error.message);
  return res.data;
}

describe('analytics:get-facilities', () => {
  it('gives rows that add up to the period’s totals (dispatch_metrics), others and no facility last', async () => {
    const data = await facilities();
    expect(data.period).toEqual({ start: RANGE.from, end: RANGE.to, days: 18 });
    expect(data.previous_period.end).toBe('2026-02-19');
    const totals = fixture.store.sqlite
      .prepare(
        `SELECT sum(total_bookings) AS bookings, sum(on_time_bookings) AS onTime,
           sum(delayed_bookings) AS delayed, sum(cancelled_bookings) AS cancelled
         FROM dispatch_metrics WHERE date BETWEEN ? AND ?`,
      )
      .get(RANGE.from, RANGE.to) as { bookings: number; onTime: number; delayed: number; cancelled: number };
    const sum = (k: 'bookings' | 'on_time' | 'delayed' | 'cancelled') =>
      data.facilities.reduce((n, f) => n + f[k], 0);
    expect(totals.bookings).toBeGreaterThan(500);
    expect(sum('bookings')).toBe(totals.bookings);
    expect(sum('on_time')).toBe(totals.onTime);
    expect(sum('delayed')).toBe(totals.delayed);
    expect(sum('cancelled')).toBe(totals.cancelled);
    const kinds = data.facilities.map((f) => f.kind);
    const firstGrouped = kinds.findIndex((k) => k !== 'facility');
    expect(firstGrouped).toBeGreaterThan(0);
    expect(kinds.slice(firstGrouped).every((k) => k !== 'facility')).toBe(true);
    for (const f of data.facilities.filter((r) => r.kind === 'facility'))
      expect(f.bookings).toBeGreaterThanOrEqual(10);
  });

  it('refuses a range that ends before it starts, naming the field', async () => {
    const res = await fixture.handlers['analytics:get-facilities']({ from: RANGE.to, to: RANGE.from });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.kind).toBe('validation');
      expect(res.error.message).toContain('to');
    }
  });
});

describe('trips:list-trips by facility', () => {
  it('lists exactly a facility’s bookings, under every spelling of its name', async () => {
    const row = (await facilities()).facilities.find((f) => f.kind === 'facility')!;
    const name = row.facility!;
    // Another spelling of the same facility on one of its bookings: still its trip (figures group it too).
    const respelled = fixture.store.sqlite
      .prepare(
        `UPDATE bookings SET medical_facility = ? WHERE id = (SELECT min(id) FROM bookings
           WHERE medical_facility = ? AND day BETWEEN ? AND ? AND deleted_at IS NULL) RETURNING id`,
      )
      .pluck()
      .get(`  ${name.toUpperCase()} `, name, RANGE.from, RANGE.to) as number;
    const page = await trips({ ...RANGE, facility: name });
    expect(page.total).toBe(row.bookings);
    expect(page.rows).toHaveLength(row.bookings);
    const key = (s: string | null) => s?.trim().toLocaleLowerCase('fr');
    for (const t of page.rows) expect(key(t.medical_facility)).toBe(key(name));
    expect(page.rows.map((t) => t.id)).toContain(respelled);
    // Another facility's bookings and the rest of the window are not there.
    const all = await trips(RANGE);
    expect(all.total).toBeGreaterThan(page.total);
  });

  it('combines with the other filters (late trips of that facility)', async () => {
    const row = (await facilities()).facilities.find((f) => f.kind === 'facility' && f.delayed > 0)!;
    const page = await trips({ ...RANGE, facility: row.facility, outcome: 'delayed' });
    expect(page.total).toBe(row.delayed);
    for (const t of page.rows) expect(t.outcome).toBe('delayed');
  });

  it('finds nothing for a facility the store does not hold, and refuses an empty name', async () => {
    expect((await trips({ ...RANGE, facility: 'Clinique inconnue' })).total).toBe(0);
    const res = await fixture.handlers['trips:list-trips']({ filter: { ...RANGE, facility: '  ' } });
    expect(res.ok).toBe(false);
  });
});
