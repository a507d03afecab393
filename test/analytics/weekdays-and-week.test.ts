import { describe, expect, it } from 'vitest';
import { computeDelayHeatmap, scheduledHour } from '../../src/main/analytics/delay-heatmap';
import { computeDriverStats } from '../../src/main/analytics/driver-stats';
import { analyzeWeekdays } from '../../src/main/analytics/weekday-analysis';
import { buildWeeklySummary, weekWindow } from '../../src/main/analytics/weekly-summary';
import { booking } from './booking-fixtures';

// 2026-03-16 is a Monday.
const day = (date: string, avgDelay: number, totalBookings = 20, onTimeRate = 80) => ({
  date,
  avgDelay,
  totalBookings,
  onTimeRate,
});

describe('weekday analysis', () => {
  it('averages per weekday, Monday first; two slow Tuesdays are no pattern', () => {
    const stats = [
      day('2026-03-17', 10), // Tue
      day('2026-03-24', 15), // Tue → mean 12.5
      day('2026-03-16', 4, 30), // Mon
      day('2026-03-23', 6, 50), // Mon → 40 bookings
      day('2026-03-22', 2, 10), // Sun
    ];
    const r = analyzeWeekdays(stats, 'fr');
    expect(r.weekday_analysis.map((w) => w.weekday)).toEqual([0, 1, 6]);
    expect(r.weekday_analysis[1]).toEqual({
      weekday: 1,
      weekday_name: 'Mardi',
      avg_delay: 12.5,
      avg_on_time_rate: 80,
      avg_bookings: 20,
      sample_size: 2,
    });
    // Two slow Tuesdays are not "systematic": that needs 3 of the last 4 (test/analytics/systematic-pattern.test.ts).
    expect(r.patterns).toEqual([
      {
        type: 'busy_day',
        weekday: 0,
        message: 'Lundi est le jour le plus chargé (moy\u00a0: 40,0 courses)',
        recommendation: "Assurez-vous d'avoir assez de chauffeurs disponibles",
      },
    ]);
  });

  it('no high-delay pattern at 10 min or less; nothing at all without data', () => {
    const r = analyzeWeekdays([day('2026-03-17', 10), day('2026-03-18', 9)], 'fr');
    expect(r.patterns.map((p) => p.type)).toEqual(['busy_day']);
    // One day above 10 min is not a pattern either.
    expect(analyzeWeekdays([day('2026-03-17', 10.01)], 'fr').patterns.map((p) => p.type)).toEqual([
      'busy_day',
    ]);
    expect(analyzeWeekdays([], 'fr')).toEqual({ weekday_analysis: [], patterns: [] });
    expect(analyzeWeekdays([day('2026-03-17', 0, 0)], 'fr').patterns).toEqual([]);
  });
});

describe('weekly summary', () => {
  it('snaps to Monday–Sunday', () => {
    expect(weekWindow('2026-03-19')).toEqual({ start: '2026-03-16', end: '2026-03-22', days: 7 });
  });

  it('picks the best and worst day by quality (ties → earlier day)', () => {
    const stat = (date: string, qualityScore: number) => ({
      date,
      totalBookings: 10,
      onTimeRate: 80,
      avgDelay: 3,
      qualityScore,
      bookingsTrend: 0,
      delayTrend: 0,
    });
    const metric = (date: string, q: number) => ({
      date,
      totalBookings: 10,
      onTimeBookings: 8,
      delayedBookings: 2,
      cancelledBookings: 0,
      totalDelayMinutes: 30,
      qualityScore: q,
      activeDrivers: 2,
    });
    const w = buildWeeklySummary(
      '2026-03-16',
      [metric('2026-03-16', 70), metric('2026-03-17', 90), metric('2026-03-18', 70)],
      [stat('2026-03-16', 70), stat('2026-03-17', 90), stat('2026-03-18', 70)],
    );
    expect(w.best_day).toEqual({ date: '2026-03-17', quality_score: 90 });
    expect(w.worst_day).toEqual({ date: '2026-03-16', quality_score: 70 });
    expect(w.summary).toMatchObject({ total_bookings: 30, avg_on_time_rate: 80, avg_delay_minutes: 3 });
    expect(w.summary.avg_quality_score).toBeCloseTo(230 / 3, 10);
    expect(buildWeeklySummary('2026-03-16', [], []).best_day).toBeNull();
  });
});

describe('driver stats and delay heat map', () => {
  const bookings = [
    booking({ day: '2026-03-17', time: '08:10:00', lateBy: 0, driverId: 1, distanceMeters: 3000 }),
    booking({ day: '2026-03-17', time: '08:50:00', lateBy: 12 * 60, driverId: 1, distanceMeters: null }),
    booking({ day: '2026-03-17', time: '08:55:00', status: 'canceled', driverId: 1 }),
    booking({ day: '2026-03-24', time: '23:40:00', lateBy: 4 * 60, driverId: 2 }),
    booking({ day: '2026-03-24', time: '23:45:00', driverId: null }),
  ];

  it('counts per driver with the current threshold; unknown names fall back to the id', () => {
    const rows = computeDriverStats(bookings, new Map([[1, 'Marc Rossi']]), 5);
    expect(rows).toEqual([
      {
        driver_id: 1,
        driver_name: 'Marc Rossi',
        bookings: 3,
        served: 2,
        on_time: 1,
        delayed: 1,
        cancelled: 1,
        on_time_rate: 100 / 3,
        avg_delay: 6,
        total_distance_km: 3,
        service_trips: 0,
        avg_service_minutes: null,
      },
      {
        driver_id: 2,
        driver_name: '#2',
        bookings: 1,
        served: 1,
        on_time: 1,
        delayed: 0,
        cancelled: 0,
        on_time_rate: 100,
        avg_delay: 4,
        total_distance_km: 5,
        service_trips: 0,
        avg_service_minutes: null,
      },
    ]);
    expect(computeDriverStats(bookings, new Map(), 15)[0]!.on_time).toBe(2);
  });

  it('buckets by weekday × local scheduled hour; the mean is over served bookings only', () => {
    expect(computeDelayHeatmap(bookings)).toEqual([
      { weekday: 1, hour: 8, bookings: 3, served: 2, avg_delay: 6 },
      { weekday: 1, hour: 23, bookings: 2, served: 1, avg_delay: 4 },
    ]);
    expect(scheduledHour('2026-03-29T02:30:00')).toBe(2);
    expect(scheduledHour(null)).toBeNull();
  });
});
