import { describe, expect, it } from 'vitest';
import { type FacilitySums, facilityStatsRows } from '../../src/main/analytics/facility-stats';

const sums = (
  facility: string | null,
  bookings: number,
  onTime: number,
  over: Partial<FacilitySums> = {},
) => ({
  facility,
  bookings,
  served: bookings,
  onTime,
  cancelled: 0,
  delayMinutes: (bookings - onTime) * 20,
  ...over,
});

describe('facilityStatsRows', () => {
  it('ranks by late arrivals, groups small facilities as others, keeps bookings without a facility apart', () => {
    const rows = facilityStatsRows(
      [
        sums('HUG', 100, 90), // 10 late
        sums('CHUV', 50, 20), // 30 late
        sums('Clinique A', 5, 0),
        sums('Clinique B', 4, 4),
        sums(null, 30, 25),
      ],
      [],
    );
    expect(rows.map((r) => [r.kind, r.facility, r.delayed])).toEqual([
      ['facility', 'CHUV', 30],
      ['facility', 'HUG', 10],
      ['others', null, 5],
      ['none', null, 5],
    ]);
    expect(rows[2]!.facilities).toBe(2);
    expect(rows[2]!.bookings).toBe(9);
    expect(rows.reduce((s, r) => s + r.bookings, 0)).toBe(189);
  });

  it('computes the rates like a day’s: on time over all bookings, delay over served ones', () => {
    const [hug] = facilityStatsRows(
      [sums('HUG', 20, 10, { served: 16, cancelled: 4, delayMinutes: 48 })],
      [],
    );
    expect(hug).toMatchObject({ on_time_rate: 50, avg_delay: 3, delayed: 6, cancelled: 4 });
  });

  it('one facility spelt with other spaces or case is one row', () => {
    const rows = facilityStatsRows([sums('HUG', 8, 8), sums(' hug ', 4, 2), sums('HUG  ', 1, 1)], []);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'facility', facility: 'HUG', bookings: 13 });
  });

  it('the trend is the previous period’s on-time rate, only where that period had enough bookings', () => {
    const rows = facilityStatsRows(
      [sums('HUG', 20, 15), sums('CHUV', 20, 10)],
      [sums('HUG', 40, 20), sums('CHUV', 3, 3)],
    );
    expect(rows.find((r) => r.facility === 'HUG')!.previous_on_time_rate).toBe(50);
    expect(rows.find((r) => r.facility === 'CHUV')!.previous_on_time_rate).toBeNull();
  });

  it('a blank facility name counts as no facility', () => {
    const rows = facilityStatsRows([sums('  ', 12, 12), sums(null, 3, 3)], []);
    expect(rows).toEqual([expect.objectContaining({ kind: 'none', bookings: 15 })]);
  });
});
