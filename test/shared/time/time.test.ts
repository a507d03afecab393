import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetweenInclusive,
  instantToLocalDate,
  isIsoDate,
  listDays,
  localDateTimeParts,
  localToInstant,
  mondayOf,
  offsetAt,
  todayIn,
  weekdayOf,
} from '../../../src/shared/time';

const ZRH = 'Europe/Zurich';
const utc = (s: string) => Date.parse(s);

describe('localToInstant', () => {
  it('resolves winter (CET, +01:00) and summer (CEST, +02:00) times', () => {
    expect(localToInstant('2026-01-15T08:30:00', ZRH)).toBe(utc('2026-01-15T07:30:00Z'));
    expect(localToInstant('2026-07-15T08:30:00', ZRH)).toBe(utc('2026-07-15T06:30:00Z'));
    expect(localToInstant('2026-07-15T08:30', ZRH)).toBe(utc('2026-07-15T06:30:00Z'));
    expect(localToInstant('2026-07-15T08:30:00.250000', ZRH)).toBe(utc('2026-07-15T06:30:00.250Z'));
  });

  it('moves a time inside the spring gap forward by the gap: 2026-03-29 02:30 → 03:30 CEST', () => {
    const t = localToInstant('2026-03-29T02:30:00', ZRH);
    expect(t).toBe(utc('2026-03-29T01:30:00Z'));
    expect(t).toBe(localToInstant('2026-03-29T03:30:00', ZRH));
    expect(localToInstant('2026-03-29T01:59:00', ZRH)).toBe(utc('2026-03-29T00:59:00Z'));
    expect(localToInstant('2026-03-29T03:00:00', ZRH)).toBe(utc('2026-03-29T01:00:00Z'));
  });

  it('takes the earlier (CEST) instant of an ambiguous autumn time: 2026-10-25 02:30', () => {
    expect(localToInstant('2026-10-25T02:30:00', ZRH)).toBe(utc('2026-10-25T00:30:00Z'));
    expect(localToInstant('2026-10-25T03:00:00', ZRH)).toBe(utc('2026-10-25T02:00:00Z'));
    expect(localToInstant('2026-10-25T01:59:00', ZRH)).toBe(utc('2026-10-25T23:59:00Z') - 86_400_000);
  });

  it('handles other zones, including a negative offset and a 30-minute gap', () => {
    expect(localToInstant('2026-03-08T02:30:00', 'America/New_York')).toBe(utc('2026-03-08T07:30:00Z'));
    expect(localToInstant('2026-06-01T12:00:00', 'UTC')).toBe(utc('2026-06-01T12:00:00Z'));
    // Lord Howe moves by 30 minutes at 02:00 local on 2026-10-04 (+10:30 → +11:00).
    // 02:15 does not exist: it becomes 02:45 (+11:00).
    expect(localToInstant('2026-10-04T02:15:00', 'Australia/Lord_Howe')).toBe(utc('2026-10-03T15:45:00Z'));
  });

  it('rejects unreadable times, impossible dates and unknown zones with a validation error', () => {
    expect(() => localToInstant('2026-02-30T08:00:00', ZRH)).toThrow(/AAAA-MM-JJ/);
    expect(() => localToInstant('14/03/2026 08:00', ZRH)).toThrow();
    expect(() => localToInstant('2026-03-14T24:00:00', ZRH)).toThrow();
    expect(() => localToInstant('2026-03-14T08:00:00', 'Mars/Olympus')).toThrow(/Fuseau horaire inconnu/);
  });
});

describe('local days of instants', () => {
  it('keeps a late-evening booking on its local day although its UTC date differs', () => {
    // 00:40 local on 2026-07-16 is 22:40Z on 2026-07-15.
    expect(instantToLocalDate(utc('2026-07-15T22:40:00Z'), ZRH)).toBe('2026-07-16');
    expect(instantToLocalDate(utc('2026-07-15T21:40:00Z'), ZRH)).toBe('2026-07-15');
    expect(instantToLocalDate(utc('2026-01-15T23:10:00Z'), ZRH)).toBe('2026-01-16');
    expect(instantToLocalDate(utc('2026-01-15T23:10:00Z'), 'America/New_York')).toBe('2026-01-15');
  });

  it('gives the local hour and weekday (0 = Monday)', () => {
    expect(localDateTimeParts(utc('2026-03-16T22:40:00Z'), ZRH)).toEqual({
      date: '2026-03-16',
      hour: 23,
      weekday: 0,
    });
    expect(localDateTimeParts(utc('2026-03-22T23:30:00Z'), ZRH)).toEqual({
      date: '2026-03-23',
      hour: 0,
      weekday: 0,
    });
    expect(localDateTimeParts(utc('2026-10-25T00:30:00Z'), ZRH).hour).toBe(2);
    expect(localDateTimeParts(utc('2026-10-25T01:30:00Z'), ZRH).hour).toBe(2);
  });

  it('todayIn follows the zone, not UTC', () => {
    expect(todayIn(ZRH, utc('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayIn('UTC', utc('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('offsetAt is exact on both sides of a transition (the slot cache must not blur it)', () => {
    const tr = utc('2026-03-29T01:00:00Z');
    expect(offsetAt(tr - 1, ZRH)).toBe(3_600_000);
    expect(offsetAt(tr, ZRH)).toBe(7_200_000);
    expect(offsetAt(tr - 1, ZRH)).toBe(3_600_000);
  });
});

describe('calendar arithmetic', () => {
  it('adds days across month, year and DST boundaries', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-10-25', -365)).toBe('2025-10-25');
  });

  it('counts inclusive days and lists them', () => {
    expect(daysBetweenInclusive('2026-03-01', '2026-03-01')).toBe(1);
    expect(daysBetweenInclusive('2026-03-01', '2026-03-31')).toBe(31);
    expect(daysBetweenInclusive('2026-01-01', '2026-12-31')).toBe(365);
    expect(listDays('2026-03-28', '2026-03-31')).toEqual([
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
    ]);
    expect(listDays('2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('finds weekdays (Monday = 0) and the Monday of a week', () => {
    expect(weekdayOf('2026-03-16')).toBe(0);
    expect(weekdayOf('2026-03-17')).toBe(1);
    expect(weekdayOf('2026-03-22')).toBe(6);
    expect(mondayOf('2026-03-22')).toBe('2026-03-16');
    expect(mondayOf('2026-03-16')).toBe('2026-03-16');
    expect(mondayOf('2026-01-01')).toBe('2025-12-29');
  });

  it('validates ISO dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-28')).toBe(false);
    expect(() => addDays('2026-13-01', 1)).toThrow(/Date invalide/);
  });
});
