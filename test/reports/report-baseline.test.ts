// What the headline compares with (report-baseline.ts): the 8 previous same weekdays (daily) or weeks (weekly),
// newest first, those without bookings left out; and the day a daily report's "vs previous" is from.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aggregateAll } from '../../src/main/aggregation/aggregate-service';
import { BASELINE_WEEKS, onTimeHistory, previousWorkingDay } from '../../src/main/reports/report-baseline';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { addDays } from '../../src/shared/time';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { COMPANY_ID, insertBooking, insertCompanyWithDrivers } from '../aggregation/store-fixtures';

const TUESDAY = '2026-03-10';
const MONDAY = '2026-03-09';
let t: TestDb;
beforeEach(() => {
  t = createTestDb();
  insertCompanyWithDrivers(t.db, ['Anna Keller']);
});
afterEach(() => t.dispose());

/** `late` of four bookings 10 minutes late on `day` (on-time rate (4 − late) × 25 %). */
function day(date: string, late: number): void {
  for (let i = 0; i < 4; i++)
    insertBooking(t.db, { local: `${date}T1${i}:00:00`, lateBy: i < late ? 600 : 0, driverId: 1 });
}
const finish = () =>
  aggregateAll(t.db, {
    companyId: COMPANY_ID,
    now: Date.UTC(2026, 2, 20),
    settings: DEFAULT_ANALYTICS_SETTINGS,
  });

describe('the on-time history', () => {
  it('daily: the same weekday 1 to 8 weeks back, newest first, days without bookings left out', () => {
    expect(BASELINE_WEEKS).toBe(8);
    day(addDays(TUESDAY, -7), 1);
    day(addDays(TUESDAY, -14), 2);
    day(addDays(TUESDAY, -13), 4); // a Wednesday: not a Tuesday
    day(addDays(TUESDAY, -56), 0);
    day(addDays(TUESDAY, -63), 4); // 9 weeks back: beyond the window
    finish();
    expect(onTimeHistory(t.db, 'daily', TUESDAY)).toEqual([
      { from: '2026-03-03', weeksBack: 1, rate: 75 },
      { from: '2026-02-24', weeksBack: 2, rate: 50 },
      { from: '2026-01-13', weeksBack: 8, rate: 100 },
    ]);
  });

  it('weekly: each whole week back, Monday to Sunday', () => {
    day(addDays(MONDAY, -1), 4); // the Sunday ending the week before
    day(addDays(MONDAY, -7), 0); // that week's Monday
    day(addDays(MONDAY, -8), 2); // the Sunday of two weeks back
    finish();
    expect(onTimeHistory(t.db, 'weekly', MONDAY)).toEqual([
      { from: '2026-03-02', weeksBack: 1, rate: 50 },
      { from: '2026-02-23', weeksBack: 2, rate: 50 },
    ]);
  });
});

describe('the previous working day', () => {
  it('is Friday for a Monday, the day before otherwise (also at the weekend)', () => {
    expect(previousWorkingDay('2026-03-09')).toBe('2026-03-06');
    expect(previousWorkingDay('2026-03-10')).toBe('2026-03-09');
    expect(previousWorkingDay('2026-03-08')).toBe('2026-03-07');
    expect(previousWorkingDay('2026-03-07')).toBe('2026-03-06');
  });
});
