// The one set of date and time patterns that the sync, the store's guard, the exports, the formatters, the CLI's
// clock and the renderer share (src/shared/time): what each accepts and refuses.
import { describe, expect, it } from 'vitest';
import {
  isTimeZone,
  localWallClock,
  parseInstant,
  parseWallClock,
  presetWindow,
  wallClockAt,
  wallClockUtcMs,
} from '../../../src/shared/time';

describe('parseWallClock', () => {
  it('reads a naive local time with or without seconds and fraction', () => {
    expect(parseWallClock('2026-03-14T08:30')).toMatchObject({ hour: 8, minute: 30, second: 0 });
    const w = parseWallClock('2026-03-14T08:30:05.123456')!;
    expect(w.local).toBe('2026-03-14T08:30:05');
    expect(wallClockUtcMs(w)).toBe(Date.UTC(2026, 2, 14, 8, 30, 5, 123));
  });

  it('keeps the T unless a space is allowed', () => {
    expect(parseWallClock('2026-03-14 08:30')).toBeNull();
    expect(parseWallClock('2026-03-14 08:30', { allowSpace: true })?.local).toBe('2026-03-14T08:30:00');
  });

  it('refuses what is not a real time', () => {
    for (const text of [
      '2026-02-29T08:00',
      '2026-13-01T08:00',
      '2026-03-14T24:00',
      '2026-03-14T08:60',
      '2026-03-14',
    ]) {
      expect(parseWallClock(text, { allowSpace: true })).toBeNull();
    }
    expect(parseWallClock('2028-02-29T08:00')).not.toBeNull();
  });
});

describe('parseInstant', () => {
  it('reads Z and offsets, refuses naive times and impossible days', () => {
    expect(parseInstant('2026-03-14T07:41:10Z')).toBe(Date.UTC(2026, 2, 14, 7, 41, 10));
    expect(parseInstant('2026-03-14T08:41+01:00')).toBe(Date.UTC(2026, 2, 14, 7, 41));
    expect(parseInstant('2026-03-14T08:41:10')).toBeNull();
    expect(parseInstant('2026-02-30T08:41:10Z')).toBeNull();
  });
});

describe('zones', () => {
  it('isTimeZone knows IANA names only', () => {
    expect(isTimeZone('Europe/Zurich')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('wallClockAt and localWallClock give the local wall clock across DST', () => {
    const summer = Date.UTC(2026, 6, 15, 6, 30);
    expect(localWallClock(summer, 'Europe/Zurich')).toBe('2026-07-15T08:30:00');
    expect(wallClockAt(Date.UTC(2026, 0, 15, 6, 30), 'Europe/Zurich').getUTCHours()).toBe(7);
  });
});

describe('presetWindow', () => {
  it('is the last N complete days: the day in progress is left out', () => {
    expect(presetWindow('7d', '2026-03-14')).toEqual({ from: '2026-03-07', to: '2026-03-13', days: 7 });
    expect(presetWindow('1y', '2026-03-14')).toMatchObject({
      from: '2025-03-14',
      to: '2026-03-13',
      days: 365,
    });
  });
});
