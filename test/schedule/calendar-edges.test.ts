// The calendar's edges: what a HH:MM setting may be, a due instant exactly at the window's ends, the
// spring-forward gap in a zone west of Greenwich (offsets of the other sign), and catch-up windows of one day.
import { describe, expect, it } from 'vitest';
import {
  dueOccurrences,
  isWallTime,
  nextOccurrence,
  occurrencesBetween,
  occurrenceOn,
  wallTimeToInstant,
} from '../../src/main/schedule/calendar';

const Z = 'Europe/Zurich';
const iso = (ms: number) => new Date(ms).toISOString();
const daily = { kind: 'daily', time: '08:00' } as const;

describe('isWallTime', () => {
  it('accepts every HH:MM of a day', () => {
    for (const t of ['00:00', '08:00', '09:59', '10:30', '19:45', '20:00', '23:59']) {
      expect(isWallTime(t), t).toBe(true);
    }
  });

  it('refuses what is not one', () => {
    for (const t of [
      '24:00',
      '29:00',
      '8:00',
      '08:60',
      '08:0',
      '080:00',
      ' 08:00',
      '08:00 ',
      'a8:00',
      '08h00',
      '',
    ]) {
      expect(isWallTime(t), JSON.stringify(t)).toBe(false);
    }
  });
});

describe('wallTimeToInstant', () => {
  it('refuses a time that is not HH:MM, with the value in the message', () => {
    expect(() => wallTimeToInstant('2026-03-10', '8:00', Z)).toThrow(RangeError);
    expect(() => wallTimeToInstant('2026-03-10', '8:00', Z)).toThrow('Not a HH:MM time: 8:00');
  });

  it('reads the minutes', () => {
    expect(iso(wallTimeToInstant('2026-01-15', '08:45', Z))).toBe('2026-01-15T07:45:00.000Z');
  });

  it('west of Greenwich too: a time in the spring-forward gap runs when the gap ends', () => {
    // 2026-03-08 in New York: 02:00 EST jumps to 03:00 EDT (07:00 UTC).
    const NY = 'America/New_York';
    expect(iso(wallTimeToInstant('2026-03-08', '02:30', NY))).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(wallTimeToInstant('2026-03-08', '02:00', NY))).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(wallTimeToInstant('2026-03-08', '08:00', NY))).toBe('2026-03-08T12:00:00.000Z');
  });
});

describe('occurrencesBetween', () => {
  const due = wallTimeToInstant('2026-03-10', '08:00', Z);

  it('a window of one instant holds the occurrence due at that instant', () => {
    expect(occurrencesBetween(daily, Z, due, due).map((o) => o.dueDay)).toEqual(['2026-03-10']);
    expect(occurrencesBetween(daily, Z, due + 1, due + 1)).toEqual([]);
  });

  it('both ends count; a window that ends before it starts holds nothing', () => {
    const nextDue = wallTimeToInstant('2026-03-11', '08:00', Z);
    expect(occurrencesBetween(daily, Z, due, nextDue).map((o) => o.dueDay)).toEqual([
      '2026-03-10',
      '2026-03-11',
    ]);
    expect(occurrencesBetween(daily, Z, due + 1, nextDue - 1)).toEqual([]);
    expect(occurrencesBetween(daily, Z, nextDue, due)).toEqual([]);
  });

  it('a weekly schedule occurs on its weekday only', () => {
    const spec = { kind: 'weekly', time: '09:00', isoWeekday: 5 } as const; // Friday
    const from = Date.UTC(2026, 2, 1);
    const to = Date.UTC(2026, 2, 22);
    expect(occurrencesBetween(spec, Z, from, to).map((o) => [o.dueDay, o.periodKey])).toEqual([
      ['2026-03-06', '2026-02-23'],
      ['2026-03-13', '2026-03-02'],
      ['2026-03-20', '2026-03-09'],
    ]);
    expect(occurrenceOn(spec, '2026-03-12', Z)).toBeNull();
  });
});

describe('nextOccurrence', () => {
  it('a daily run after today’s time is tomorrow’s, before it today’s', () => {
    const due = wallTimeToInstant('2026-03-10', '08:00', Z);
    expect(nextOccurrence(daily, Z, due - 1).dueAt).toBe(due);
    expect(nextOccurrence(daily, Z, due).dueDay).toBe('2026-03-11');
  });

  it('a weekly run on Sunday found from the Monday before, six days ahead', () => {
    const spec = { kind: 'weekly', time: '23:30', isoWeekday: 7 } as const;
    const o = nextOccurrence(spec, Z, wallTimeToInstant('2026-03-09', '00:10', Z));
    expect(o).toEqual({
      dueDay: '2026-03-15',
      periodKey: '2026-03-02',
      dueAt: wallTimeToInstant('2026-03-15', '23:30', Z),
    });
    // From Sunday after its time: the next Sunday, seven days on.
    expect(nextOccurrence(spec, Z, o.dueAt).dueDay).toBe('2026-03-22');
  });
});

describe('dueOccurrences', () => {
  it('one day of catch-up: today’s run, not yesterday’s (older than 24 h)', () => {
    const now = wallTimeToInstant('2026-03-20', '08:30', Z);
    const due = dueOccurrences({ spec: daily, timeZone: Z, now, catchUpDays: 1, enabledAt: 0 });
    expect(due.map((o) => o.periodKey)).toEqual(['2026-03-19']);
  });

  it('enabled after the catch-up window started: the later of the two bounds', () => {
    const now = wallTimeToInstant('2026-03-20', '08:30', Z);
    const enabledAt = wallTimeToInstant('2026-03-20', '08:00', Z);
    expect(
      dueOccurrences({ spec: daily, timeZone: Z, now, catchUpDays: 3, enabledAt }).map((o) => o.periodKey),
    ).toEqual(['2026-03-19']);
    expect(
      dueOccurrences({ spec: daily, timeZone: Z, now, catchUpDays: 3, enabledAt: enabledAt + 1 }),
    ).toEqual([]);
  });
});
