import { describe, expect, it } from 'vitest';
import { computeDailyStats, trendPercent } from '../../src/main/analytics/daily-stats';
import { computeDayMetrics } from '../../src/main/analytics/day-metrics';
import { qualityScoreParts } from '../../src/main/analytics/quality-score';
import { booking, repeat } from './booking-fixtures';

const ctx = { totalDrivers: 9, run: { id: 77, status: 'completed' }, onTimeThresholdMinutes: 5 };

describe('quality score', () => {
  it("reproduces the design's example: 25 bookings, 22 on time, avg delay 6, 1 cancelled → 44 + 18 + 16 = 78", () => {
    const p = qualityScoreParts({
      totalBookings: 25,
      onTimeBookings: 22,
      cancelledBookings: 1,
      avgDelayMinutes: 6,
    });
    expect(p.punctuality).toBeCloseTo(44, 10);
    expect(p.delay).toBeCloseTo(18, 10);
    expect(p.cancellations).toBeCloseTo(16, 10);
    expect(p.total).toBeCloseTo(78, 10);
  });

  it('floors the delay and cancellation parts at 0 and scores a perfect day 100', () => {
    expect(
      qualityScoreParts({ totalBookings: 10, onTimeBookings: 10, cancelledBookings: 0, avgDelayMinutes: 0 })
        .total,
    ).toBe(100);
    const bad = qualityScoreParts({
      totalBookings: 10,
      onTimeBookings: 0,
      cancelledBookings: 5,
      avgDelayMinutes: 40,
    });
    expect(bad).toEqual({ punctuality: 0, delay: 0, cancellations: 0, total: 0 });
    expect(
      qualityScoreParts({ totalBookings: 10, onTimeBookings: 5, cancelledBookings: 0, avgDelayMinutes: 15 })
        .delay,
    ).toBe(0);
  });

  it('gives no score to no bookings', () => {
    expect(
      qualityScoreParts({ totalBookings: 0, onTimeBookings: 0, cancelledBookings: 0, avgDelayMinutes: 0 })
        .total,
    ).toBe(0);
  });
});

describe('day metrics', () => {
  it("the design's day built from bookings: 22 on time, 2 delayed, 1 cancelled, mean delay 6 → 78", () => {
    // 22 on time at 5 min (5:40 floors to 5) + 2 delayed at 17 min = 144 min over 24 served = 6.
    const bookings = [
      ...repeat(22, () => booking({ lateBy: 5 * 60 + 40 })),
      ...repeat(2, () => booking({ lateBy: 17 * 60 })),
      booking({ status: 'canceled' }),
    ];
    const m = computeDayMetrics('2026-03-10', bookings, ctx);
    expect(m).toMatchObject({
      totalBookings: 25,
      onTimeBookings: 22,
      delayedBookings: 2,
      cancelledBookings: 1,
    });
    expect(m.averageDelayMinutes).toBe(6);
    expect(m.qualityScore).toBeCloseTo(78, 10);
    expect(m.extraData.quality_parts.punctuality).toBeCloseTo(44, 10);
    expect(m.extraData.quality_parts.delay).toBeCloseTo(18, 10);
    expect(m.extraData.quality_parts.cancellations).toBeCloseTo(16, 10);
  });

  it('fills every column: delays, drivers, distance over served only, run', () => {
    const bookings = [
      booking({ lateBy: 0, driverId: 1, distanceMeters: 4200 }),
      booking({ lateBy: 9 * 60, driverId: 2, distanceMeters: null }), // missing distance counts 0
      booking({ lateBy: 20 * 60 + 59, driverId: 2, distanceMeters: 10_000 }),
      booking({ status: 'canceled', driverId: 3, distanceMeters: 99_000 }), // cancelled: no driver, no distance
      booking({ status: 'assigned', driverId: 4, distanceMeters: 7000 }), // unserved: driver yes, distance no
      booking({ status: 'pending', driverId: null }),
    ];
    const m = computeDayMetrics('2026-03-10', bookings, ctx);
    expect(m).toMatchObject({
      date: '2026-03-10',
      dispatchRunId: 77,
      totalBookings: 6,
      onTimeBookings: 1,
      delayedBookings: 2,
      cancelledBookings: 1,
      averageDelayMinutes: (0 + 9 + 20) / 3,
      maxDelayMinutes: 20,
      totalDelayMinutes: 29,
      totalDrivers: 9,
      activeDrivers: 3,
      avgBookingsPerDriver: 2,
      totalDistanceKm: 14.2,
      suggestionsGenerated: 0,
      suggestionsApplied: 0,
    });
    expect(m.avgDistancePerBooking).toBeCloseTo(14.2 / 3, 12);
    expect(m.extraData).toMatchObject({ served_bookings: 3, unserved_bookings: 2, run_status: 'completed' });
  });

  it('a day without a run has dispatch_run_id null; a day with nothing served has zero means', () => {
    const m = computeDayMetrics(
      '2026-03-10',
      [booking({ status: 'canceled' }), booking({ driverId: null })],
      {
        ...ctx,
        run: null,
      },
    );
    expect(m.dispatchRunId).toBeNull();
    expect(m.extraData.run_status).toBeNull();
    expect(m.averageDelayMinutes).toBe(0);
    expect(m.avgDistancePerBooking).toBe(0);
    expect(m.activeDrivers).toBe(0);
    expect(m.avgBookingsPerDriver).toBe(0);
    expect(m.qualityScore).toBe(0 + 30 + 0); // 50% cancelled → 0; no delay → 30
  });
});

describe('daily stats', () => {
  const day = {
    date: '2026-03-10',
    totalBookings: 25,
    onTimeBookings: 22,
    delayedBookings: 2,
    cancelledBookings: 1,
    totalDelayMinutes: 144,
  };

  it('derives rate (%), mean delay and score from the day totals', () => {
    const s = computeDailyStats(day, null);
    expect(s.onTimeRate).toBeCloseTo(88, 10);
    expect(s.avgDelay).toBe(6);
    expect(s.qualityScore).toBeCloseTo(78, 10);
  });

  it('trends are % changes against the previous calendar day; 0 when it is missing or 0', () => {
    expect(computeDailyStats(day, { totalBookings: 20, avgDelay: 8 })).toMatchObject({
      bookingsTrend: 25,
      delayTrend: -25,
    });
    expect(computeDailyStats(day, null)).toMatchObject({ bookingsTrend: 0, delayTrend: 0 });
    expect(computeDailyStats(day, { totalBookings: 0, avgDelay: 0 })).toMatchObject({
      bookingsTrend: 0,
      delayTrend: 0,
    });
    expect(trendPercent(0, 10)).toBe(-100);
    expect(trendPercent(5, undefined)).toBe(0);
  });
});
