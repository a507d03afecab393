// The window's volume against its own history (docs/analytics.md#volume-baseline), on hand-built days.
import { describe, expect, it } from 'vitest';
import type { PeriodJson } from '../../src/shared/analytics-types';
import { addDays } from '../../src/shared/time';
import type { DailyStatsValues } from '../../src/main/analytics/daily-stats';
import { judgeVolume, volumeHistoryStart, volumeWindowStep } from '../../src/main/analytics/volume-baseline';

const WEEK: PeriodJson = { start: '2026-11-30', end: '2026-12-06', days: 7 };

/** 9 weeks of days up to 2026-12-06: weekdays `weekday` bookings, weekends a third; the last week × `last`. */
function history(weekday: number, last: number, wobble = 0.04): DailyStatsValues[] {
  const out: DailyStatsValues[] = [];
  for (let d = '2026-10-05', i = 0; d <= '2026-12-06'; d = addDays(d, 1), i++) {
    const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
    const base = dow === 0 || dow === 6 ? weekday / 3 : weekday;
    const noise = 1 + wobble * Math.sin(i * 1.7);
    const n = Math.round(base * noise * (d >= WEEK.start ? last : 1));
    out.push({
      date: d,
      totalBookings: n,
      onTimeRate: 80,
      avgDelay: 3,
      qualityScore: 80,
      bookingsTrend: 0,
      delayTrend: 0,
    });
  }
  return out;
}

describe('judgeVolume', () => {
  it('an ordinary week of any office is quiet, small or busy', () => {
    expect(judgeVolume(history(40, 1), WEEK)).toBeNull();
    expect(judgeVolume(history(2000, 1), WEEK)).toBeNull();
  });

  it('a week ~13 % down is within the baseline: nothing is said', () => {
    expect(judgeVolume(history(2000, 0.873), WEEK)).toBeNull();
  });

  it('a collapse is a drop with its size; a surge is a rise', () => {
    const drop = judgeVolume(history(2000, 0.4), WEEK)!;
    expect(drop.direction).toBe('drop');
    expect(drop.changePercent).toBeCloseTo(-60, 0);
    expect(drop.score).toBeLessThanOrEqual(-3);
    expect(drop.windows).toBe(8);
    expect(judgeVolume(history(40, 1.6), WEEK)!.direction).toBe('rise');
  });

  it('needs 4 previous windows with data, and judges a day against the same weekdays', () => {
    const recent = history(2000, 0.4).filter((s) => s.date >= '2026-11-02'); // 4 weeks of history
    expect(judgeVolume(recent, WEEK)!.windows).toBe(4);
    expect(
      judgeVolume(
        recent.filter((s) => s.date >= '2026-11-09'),
        WEEK,
      ),
    ).toBeNull();
    expect(volumeWindowStep(1)).toBe(7);
    expect(volumeWindowStep(30)).toBe(35);
    expect(volumeHistoryStart(WEEK)).toBe('2026-10-05');
    // A weekend (a third of a weekday) is judged against weekends, not against the days before it.
    const weekend: PeriodJson = { start: '2026-11-28', end: '2026-11-29', days: 2 };
    expect(judgeVolume(history(2000, 1), weekend)).toBeNull();
    expect(
      judgeVolume(history(2000, 0.4), { start: '2026-12-05', end: '2026-12-06', days: 2 })!.direction,
    ).toBe('drop');
    // One day is the unusual-day rule's (docs/analytics.md#day-outliers), not judged twice.
    expect(judgeVolume(history(2000, 0.4), { start: '2026-12-06', end: '2026-12-06', days: 1 })).toBeNull();
  });
});
