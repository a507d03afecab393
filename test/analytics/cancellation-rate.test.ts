// The cancellation rate of a window (docs/analytics.md#cancellation-rate): a ratio of sums, multiplied first.
import { describe, expect, it } from 'vitest';
import { summarizePeriod } from '../../src/main/analytics/period-summary';

const day = (date: string, total: number, cancelled: number, onTime = 0) => ({
  date,
  totalBookings: total,
  onTimeBookings: onTime,
  delayedBookings: 0,
  cancelledBookings: cancelled,
  totalDelayMinutes: 0,
  qualityScore: 50,
  activeDrivers: 1,
});

describe('cancellation rate of a window', () => {
  it('is Σ cancelled × 100 / Σ bookings, not the mean of the daily rates', () => {
    // 1 of 10 (10 %) and 2 of 110 (1.8 %): 3 of 120 is 2.5 %, the mean of the days would be 5.9 %.
    const s = summarizePeriod([day('2026-03-01', 10, 1), day('2026-03-02', 110, 2)]);
    expect(s.cancellation_rate).toBe(2.5);
  });

  it('multiplies before dividing, so a rate on a round value is exact', () => {
    expect(summarizePeriod([day('2026-03-01', 20, 11)]).cancellation_rate).toBe(55);
  });

  it('is 0 for a window without bookings, and 100 when all were cancelled', () => {
    expect(summarizePeriod([]).cancellation_rate).toBe(0);
    expect(summarizePeriod([day('2026-03-01', 4, 4)]).cancellation_rate).toBe(100);
  });
});
