// The headline's sentence for each verdict (report-headline.ts#reportHeadline) from hand-built data: lowest,
// best, the usual (median, even count), no verdict, incomplete, empty, unknown; and the verdict's edges (a rate
// equal to an earlier one is not "lowest"; the oldest compared week, not the count).
import { describe, expect, it } from 'vitest';
import { headlineVerdict, reportHeadline } from '../../src/main/reports/report-headline';
import type { OnTimeHistory } from '../../src/main/reports/report-baseline';
import { normaliseSpaces } from '../../src/shared/format';
import { dailyFixture, weeklyFixture } from './report-data-fixture';

const history = (rates: number[], step = 1): OnTimeHistory =>
  rates.map((rate, i) => ({ from: '2026-01-01', weeksBack: (i + 1) * step, rate }));

describe('the headline sentence', () => {
  it('daily: lowest, best, the usual same weekday, or the rate alone', () => {
    const at = (onTimeHistory: OnTimeHistory) => reportHeadline('en', dailyFixture({ onTimeHistory }));
    expect(at(history([90, 95, 99, 85]))).toBe('Tuesday 10 Mar: 82.5% on time — lowest in 4 weeks');
    expect(at(history([60, 70, 80, 75], 2))).toBe('Tuesday 10 Mar: 82.5% on time — best in 8 weeks');
    expect(at(history([60, 70, 90, 95]))).toBe('Tuesday 10 Mar: 82.5% on time — usual Tuesday: 80.0%');
    expect(at(history([60, 70, 90]))).toBe('Tuesday 10 Mar: 82.5% on time');
  });

  it('weekly: the week, and the usual week', () => {
    expect(reportHeadline('en', weeklyFixture({ onTimeHistory: history([60, 70, 90, 95, 99]) }))).toBe(
      'Week of 2 Mar: 82.5% on time — usual week: 90.0%',
    );
    expect(normaliseSpaces(reportHeadline('fr', weeklyFixture({ onTimeHistory: [] })))).toBe(
      'Semaine du 02.03 : 82,5 % à l’heure',
    );
  });

  it('stale: "incomplete data" instead of a verdict; empty and unknown say so', () => {
    const stale = dailyFixture({ stale: true, onTimeHistory: history([90, 95, 99, 85]) });
    expect(reportHeadline('en', stale)).toBe('Tuesday 10 Mar: 82.5% on time — incomplete data');
    expect(reportHeadline('en', dailyFixture({ empty: true }))).toBe('Tuesday 10 Mar: no bookings');
    expect(reportHeadline('en', dailyFixture({ unknownDays: ['2026-03-10'] }))).toBe(
      'Tuesday 10 Mar: no data',
    );
    const noRate = dailyFixture({
      kpis: dailyFixture().kpis.map((k) => (k.key === 'on_time_rate' ? { ...k, value: null } : k)),
    });
    expect(reportHeadline('en', noRate)).toBe('Tuesday 10 Mar: no data');
  });
});

describe('the verdict’s edges', () => {
  it('equal to an earlier rate is neither lowest nor best; the oldest week compared is named', () => {
    expect(headlineVerdict(50, history([50, 60, 70, 80]))).toEqual({ kind: 'usual', rate: 65 });
    expect(headlineVerdict(80, history([50, 60, 70, 80]))).toEqual({ kind: 'usual', rate: 65 });
    const gaps: OnTimeHistory = [
      { from: '2026-01-01', weeksBack: 1, rate: 90 },
      { from: '2026-01-01', weeksBack: 3, rate: 90 },
      { from: '2026-01-01', weeksBack: 6, rate: 90 },
      { from: '2026-01-01', weeksBack: 7, rate: 90 },
    ];
    expect(headlineVerdict(10, gaps)).toEqual({ kind: 'lowest', weeks: 7 });
    expect(headlineVerdict(60, history([10, 20, 90, 95, 99]))).toEqual({ kind: 'usual', rate: 90 });
  });
});
