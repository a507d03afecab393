// « Mardi a systématiquement plus de retards » needs repetition: at least 3 of the last 4 Tuesdays outside the
// other weekdays' baseline (docs/analytics.md#systematic), never one bad Tuesday lifting the mean.
import { describe, expect, it } from 'vitest';
import { analyzeWeekdays, isRepeated } from '../../src/main/analytics/weekday-analysis';
import { addDays, listDays, weekdayOf } from '../../src/shared/time';

const FROM = '2026-02-02'; // a Monday; four full weeks
/** Four weeks at 4 min of delay (± a little), with `tuesdays` giving each Tuesday's delay in turn. */
function month(tuesdays: number[]) {
  let t = 0;
  return listDays(FROM, addDays(FROM, 27)).map((date, i) => ({
    date,
    avgDelay: weekdayOf(date) === 1 ? tuesdays[t++]! : 4 + (i % 3) * 0.5,
    totalBookings: 40,
    onTimeRate: 80,
  }));
}
const highDelay = (days: ReturnType<typeof month>) =>
  analyzeWeekdays(days, 'fr').patterns.find((p) => p.type === 'high_delay_day');

describe('a systematic weekday', () => {
  it('one collapsed Tuesday is not systematic, even when it lifts the Tuesday mean above 10 min', () => {
    const days = month([4, 4, 45, 4]);
    expect(isRepeated(days, 1)).toBe(false);
    expect(highDelay(days)).toBeUndefined();
  });

  it('3 slow Tuesdays of the last 4 are', () => {
    const days = month([14, 4, 15, 16]);
    expect(isRepeated(days, 1)).toBe(true);
    expect(highDelay(days)?.message).toBe(
      'Mardi a systématiquement plus de retards (moy\u00a0: 12,3\u00a0min)',
    );
  });

  it('2 of 4 are not; nor are fewer than 4 Tuesdays', () => {
    expect(highDelay(month([14, 4, 4, 16]))).toBeUndefined();
    expect(isRepeated(month([14, 15, 16, 17]).slice(7), 1)).toBe(false);
  });
});
