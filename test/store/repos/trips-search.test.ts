// The trips search (a booking number or part of a patient's name) on a real store whose rollups are built: the
// user's `%`, `_` and `\` match themselves, a search pages by OFFSET (the rollup counts only know plain windows),
// and the list call refuses an over-long or blank search with a clear message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateAll } from '../../../src/main/aggregation/aggregate-service';
import { seedDemo } from '../../../src/main/demo/seed-demo';
import { pageIdsByCells } from '../../../src/main/store/repos/trips-page-cells-repo';
import { countTrips, queryTrips } from '../../../src/main/store/repos/trips-repo';
import { DEFAULT_ANALYTICS_SETTINGS, type TripFilter } from '../../../src/shared/analytics-types';
import { listTripsInputSchema } from '../../../src/shared/contract/analytics-inputs';
import { createTestDb, type TestDb } from '../../helpers/test-db';

const settings = DEFAULT_ANALYTICS_SETTINGS;
let t: TestDb;
let from: string;
let to: string;
let ids: number[];

const NAMES = [
  '100% Zembrowsk',
  '1000 Lausanne',
  'Anne_Marie Quarzwyl',
  'AnneXMarie Quarzwyl',
  'Back\\slash Rey',
];

function search(text: string): { total: number; names: (string | null)[]; ids: number[] } {
  const q = {
    filter: { from, to, search: text },
    sort: 'scheduled' as const,
    dir: 'asc' as const,
    offset: 0,
    limit: 1000,
    onTimeThresholdMinutes: 5,
  };
  const page = queryTrips(t.db, 1, q);
  return { total: page.total, names: page.rows.map((r) => r.customerName), ids: page.rows.map((r) => r.id) };
}

beforeAll(() => {
  t = createTestDb();
  ({ from, to } = seedDemo(t.db, {
    seed: 5,
    days: 6,
    bookingsPerDay: 30,
    endDay: '2026-03-20',
    now: 0,
    settings,
  }));
  ids = t.sqlite.prepare('SELECT id FROM bookings ORDER BY id LIMIT ?').pluck().all(NAMES.length) as number[];
  const rename = t.sqlite.prepare('UPDATE bookings SET customer_name = ? WHERE id = ?');
  NAMES.forEach((n, i) => rename.run(n, ids[i]));
  aggregateAll(t.db, { companyId: 1, now: 0, settings });
});
afterAll(() => t.dispose());

describe('trips search', () => {
  it('finds a patient by part of the name, in any case', () => {
    expect(search('zembrowsk').names).toEqual(['100% Zembrowsk']);
    expect(search('QUARZWYL').total).toBe(2);
  });

  it('takes % and _ and \\ literally', () => {
    expect(search('100%').names).toEqual(['100% Zembrowsk']);
    expect(search('Anne_Marie').names).toEqual(['Anne_Marie Quarzwyl']);
    expect(search('k\\s').names).toEqual(['Back\\slash Rey']);
    expect(search('%').names).toEqual(['100% Zembrowsk']);
    expect(search('_').names).toEqual(['Anne_Marie Quarzwyl']);
  });

  it('finds a booking by its number', () => {
    const id = ids[3]!;
    const found = search(String(id));
    expect(found.ids).toContain(id);
    expect(found.names.filter((n) => n === 'AnneXMarie Quarzwyl')).toHaveLength(1);
  });

  it('pages by OFFSET, and counts for the exports what the table shows', () => {
    const filter: TripFilter = { from, to, search: 'Quarzwyl' };
    expect(pageIdsByCells(t.db, 1, { filter, sort: 'delay', dir: 'desc', offset: 0, limit: 10 })).toBeNull();
    expect(
      pageIdsByCells(t.db, 1, { filter: { from, to }, sort: 'delay', dir: 'desc', offset: 0, limit: 10 }),
    ).not.toBeNull();
    const q = { filter, sort: 'delay' as const, dir: 'desc' as const, onTimeThresholdMinutes: 5 };
    expect(countTrips(t.db, 1, q)).toBe(2);
    expect(queryTrips(t.db, 1, { ...q, offset: 1, limit: 10 }).rows).toHaveLength(1);
  });
});

describe('the list call’s search parameter', () => {
  it('is trimmed, and refused blank or longer than 100 characters', () => {
    const input = (s: string) =>
      listTripsInputSchema.safeParse({ filter: { from: '2026-03-01', to: '2026-03-02', search: s } });
    const ok = input('  Martin ');
    expect(ok.success && ok.data.filter.search).toBe('Martin');
    expect(input('   ').success).toBe(false);
    expect(input('x'.repeat(101)).success).toBe(false);
  });
});
