import { describe, expect, it } from 'vitest';
import {
  capitalise,
  formatDate,
  formatDateTime,
  formatDayMonth,
  formatNaiveLocal,
  formatPeriod,
  formatTime,
  weekdayName,
} from '../../../src/shared/format';

const ZURICH = 'Europe/Zurich';
const at = (iso: string) => Date.parse(iso);

describe('calendar days', () => {
  it('prints a day short and long in both languages', () => {
    expect(formatDate('fr', '2026-12-01')).toBe('01.12.2026');
    expect(formatDate('fr', '2026-12-01', 'long')).toBe('mardi 1 décembre 2026');
    expect(formatDate('en', '2026-12-01')).toBe('1 Dec 2026');
    expect(formatDate('en', '2026-12-01', 'long')).toBe('Tuesday 1 December 2026');
  });
  it('never shifts a day, whatever the zone the process runs in', () => {
    // the first and last instants of a day in UTC must still print that day
    expect(formatDate('fr', '2026-01-01')).toBe('01.01.2026');
    expect(formatDate('fr', '2026-12-31')).toBe('31.12.2026');
  });
  it('prints day and month for chart axes', () => {
    expect(formatDayMonth('fr', '2026-11-23')).toBe('23.11');
    expect(formatDayMonth('en', '2026-11-23')).toBe('23 Nov');
  });
  it('refuses what is not a YYYY-MM-DD day instead of printing "Invalid Date"', () => {
    expect(() => formatDate('fr', '1.12.2026')).toThrow(/YYYY-MM-DD/);
  });
  it('prints a period, and one day alone when it starts and ends the same day', () => {
    expect(formatPeriod('fr', '2026-12-01', '2026-12-07')).toBe('01.12.2026\u00a0– 07.12.2026');
    expect(formatPeriod('en', '2026-12-01', '2026-12-07')).toBe('1 Dec 2026\u00a0– 7 Dec 2026');
    expect(formatPeriod('fr', '2026-12-01', '2026-12-01')).toBe('01.12.2026');
  });
});

describe('instants in the company zone', () => {
  it('prints the wall-clock time of Zurich, not of the machine', () => {
    expect(formatTime('fr', at('2026-12-01T07:30:00Z'), ZURICH)).toBe('08:30');
    expect(formatDateTime('fr', at('2026-12-01T07:30:00Z'), ZURICH)).toBe('01.12.2026 08:30');
    expect(formatDateTime('en', at('2026-12-01T07:30:00Z'), ZURICH)).toBe('1 Dec 2026 08:30');
  });
  it('puts an instant near midnight on the Zurich day, and midnight as 00:00', () => {
    expect(formatDateTime('fr', at('2026-11-30T23:00:00Z'), ZURICH)).toBe('01.12.2026 00:00');
    expect(formatDateTime('fr', at('2026-11-30T23:00:00Z'), 'UTC')).toBe('30.11.2026 23:00');
  });
  it('follows the spring-forward day (29 March 2026: 02:00 → 03:00)', () => {
    expect(formatTime('fr', at('2026-03-29T00:30:00Z'), ZURICH)).toBe('01:30');
    expect(formatTime('fr', at('2026-03-29T01:00:00Z'), ZURICH)).toBe('03:00');
    expect(formatTime('en', at('2026-03-29T01:30:00Z'), ZURICH)).toBe('03:30');
  });
  it('follows the fall-back day (25 October 2026: 02:30 happens twice)', () => {
    expect(formatTime('fr', at('2026-10-25T00:30:00Z'), ZURICH)).toBe('02:30');
    expect(formatTime('fr', at('2026-10-25T01:30:00Z'), ZURICH)).toBe('02:30');
    expect(formatDateTime('fr', at('2026-10-25T02:30:00Z'), ZURICH)).toBe('25.10.2026 03:30');
  });
  it('prints a naive server time as is, and leaves what it cannot read unchanged', () => {
    expect(formatNaiveLocal('fr', '2026-12-01T08:30:00')).toBe('01.12.2026 08:30');
    expect(formatNaiveLocal('en', '2026-12-01 08:30')).toBe('1 Dec 2026 08:30');
    expect(formatNaiveLocal('fr', 'bientôt')).toBe('bientôt');
  });
});

describe('weekdays (ISO numbers, 1 = Monday)', () => {
  it('names every day in both languages', () => {
    const fr = [1, 2, 3, 4, 5, 6, 7].map((d) => weekdayName('fr', d));
    expect(fr).toEqual(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
    expect(weekdayName('en', 1)).toBe('Monday');
    expect(weekdayName('en', 7)).toBe('Sunday');
    expect(weekdayName('en', 2, 'short')).toBe('Tue');
    expect(weekdayName('fr', 2, 'short')).toBe('mar.');
  });
  it('refuses 0 and 8 (a 0-based weekday passed by mistake)', () => {
    expect(() => weekdayName('fr', 0)).toThrow(/1 \(Monday\) to 7/);
    expect(() => weekdayName('fr', 8)).toThrow(RangeError);
  });
  it('capitalises a weekday that starts a sentence', () => {
    expect(capitalise('fr', weekdayName('fr', 2))).toBe('Mardi');
  });
});
