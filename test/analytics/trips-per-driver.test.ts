// Trips per active driver of a window (docs/analytics.md#trips-per-driver): Σ bookings / Σ active drivers.
import { describe, expect, it } from 'vitest';
import { summarizePeriod } from '../../src/main/analytics/period-summary';

const day = (date: string, total: number, activeDrivers: number) => ({
  date,
  totalBookings: total,
  onTimeBookings: 0,
  delayedBookings: 0,
  cancelledBookings: 0,
  totalDelayMinutes: 0,
  qualityScore: 50,
  activeDrivers,
});

describe('trips per active driver of a window', () => {
  it('is Σ bookings / Σ driver-days, not the mean of the daily ratios', () => {
    // 20 / 1 and 100 / 14: 120 / 15 = 8, the mean of the days would be 13.6.
    const s = summarizePeriod([day('2026-03-01', 20, 1), day('2026-03-02', 100, 14)]);
    expect(s.trips_per_driver).toBe(8);
  });

  it('is 0 without an active driver (every booking cancelled or unassigned)', () => {
    expect(summarizePeriod([day('2026-03-01', 4, 0)]).trips_per_driver).toBe(0);
    expect(summarizePeriod([]).trips_per_driver).toBe(0);
  });
});
