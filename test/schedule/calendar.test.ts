import { describe, expect, it } from 'vitest';
import {
  dueOccurrences,
  nextOccurrence,
  occurrencesBetween,
  periodFor,
  wallTimeToInstant,
} from '../../src/main/schedule/calendar';

const Z = 'Europe/Zurich';
const iso = (ms: number) => new Date(ms).toISOString();

describe('wallTimeToInstant in Europe/Zurich', () => {
  it('reads an ordinary winter and summer time with their offsets', () => {
    expect(iso(wallTimeToInstant('2026-01-15', '08:00', Z))).toBe('2026-01-15T07:00:00.000Z');
    expect(iso(wallTimeToInstant('2026-07-15', '08:00', Z))).toBe('2026-07-15T06:00:00.000Z');
  });

  it('moves a time inside the spring-forward gap to the first instant after it (03:00 local)', () => {
    // 2026-03-29: 02:00 CET jumps to 03:00 CEST (01:00 UTC).
    expect(iso(wallTimeToInstant('2026-03-29', '02:30', Z))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(wallTimeToInstant('2026-03-29', '02:00', Z))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(wallTimeToInstant('2026-03-29', '03:00', Z))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(wallTimeToInstant('2026-03-29', '08:00', Z))).toBe('2026-03-29T06:00:00.000Z');
  });

  it('takes the first of the two 02:30 on the fall-back day, and the day has one occurrence', () => {
    // 2026-10-25: 03:00 CEST goes back to 02:00 CET (01:00 UTC).
    expect(iso(wallTimeToInstant('2026-10-25', '02:30', Z))).toBe('2026-10-25T00:30:00.000Z');
    const occ = occurrencesBetween(
      { kind: 'daily', time: '02:30' },
      Z,
      Date.UTC(2026, 9, 24, 12),
      Date.UTC(2026, 9, 26, 12),
    );
    expect(occ.map((o) => iso(o.dueAt))).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']);
  });
});

describe('periods and occurrences', () => {
  it('a daily run covers the day before; a weekly one the last complete Monday–Sunday week', () => {
    expect(periodFor({ kind: 'daily', time: '08:00' }, '2026-03-02')).toBe('2026-03-01');
    expect(periodFor({ kind: 'weekly', time: '09:00', isoWeekday: 1 }, '2026-03-02')).toBe('2026-02-23');
    expect(periodFor({ kind: 'weekly', time: '09:00', isoWeekday: 3 }, '2026-03-04')).toBe('2026-02-23');
  });

  it('the next weekly run is the coming Monday 09:00 local, even from Monday 09:00 itself', () => {
    const spec = { kind: 'weekly', time: '09:00', isoWeekday: 1 } as const;
    const mondayNine = wallTimeToInstant('2026-03-02', '09:00', Z);
    expect(nextOccurrence(spec, Z, mondayNine - 1)).toMatchObject({
      dueDay: '2026-03-02',
      periodKey: '2026-02-23',
    });
    expect(nextOccurrence(spec, Z, mondayNine)).toMatchObject({
      dueDay: '2026-03-09',
      periodKey: '2026-03-02',
    });
  });

  it('catch-up: due at or before now, not older than catchUpDays, not before the schedule was enabled', () => {
    const spec = { kind: 'daily', time: '08:00' } as const;
    const now = wallTimeToInstant('2026-03-20', '08:30', Z);
    const all = dueOccurrences({ spec, timeZone: Z, now, catchUpDays: 7, enabledAt: 0 });
    expect(all.map((o) => o.periodKey)).toEqual([
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
      '2026-03-16',
      '2026-03-17',
      '2026-03-18',
      '2026-03-19',
    ]);
    const enabledAt = wallTimeToInstant('2026-03-18', '12:00', Z);
    expect(
      dueOccurrences({ spec, timeZone: Z, now, catchUpDays: 7, enabledAt }).map((o) => o.periodKey),
    ).toEqual(['2026-03-18', '2026-03-19']);
  });
});
