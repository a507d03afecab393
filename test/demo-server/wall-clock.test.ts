import { describe, expect, it } from 'vitest';
import { frenchMinute, pyIsoOffset, utcSecondsZ } from '../../src/main/demo-server/wall-clock';

// The oracle: Intl, one call per instant, as the server formatted before its offsets were cached.
const formats = new Map<string, Intl.DateTimeFormat>();
const formatIn = (timeZone: string) =>
  formats.get(timeZone) ??
  formats
    .set(
      timeZone,
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
    )
    .get(timeZone)!;

function intlParts(ms: number, timeZone: string) {
  const parts = formatIn(timeZone).formatToParts(ms);
  const v = Object.fromEntries(parts.filter((p) => p.type !== 'literal').map((p) => [p.type, p.value]));
  const offsetMin =
    (Date.UTC(+v.year!, +v.month! - 1, +v.day!, +v.hour!, +v.minute!, +v.second!) - (ms - (ms % 1000))) /
    60_000;
  return { ...v, offsetMin } as Record<string, string> & { offsetMin: number };
}

function expectedIso(ms: number, timeZone: string): string {
  const p = intlParts(ms, timeZone);
  const frac = ms % 1000 === 0 ? '' : `.${String(ms % 1000).padStart(3, '0')}000`;
  const abs = Math.abs(p.offsetMin);
  const offset = `${p.offsetMin < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${frac}${offset}`;
}

const MINUTE = 60_000;
const ZURICH = 'Europe/Zurich';

describe('wall-clock formats on DST days', () => {
  it.each([
    ['spring forward, 2026-03-29 02:00 → 03:00', Date.parse('2026-03-28T22:00:00Z')],
    ['fall back, 2026-10-25 03:00 → 02:00', Date.parse('2026-10-24T22:00:00Z')],
  ])('%s: every minute of the night matches Intl', (_label, from) => {
    for (let ms = from; ms <= from + 6 * 60 * MINUTE; ms += MINUTE + 7_123) {
      const p = intlParts(ms, ZURICH);
      expect(frenchMinute(ms, ZURICH)).toBe(`${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`);
      expect(pyIsoOffset(ms, ZURICH)).toBe(expectedIso(ms, ZURICH));
      expect(pyIsoOffset(ms, 'UTC')).toBe(expectedIso(ms, 'UTC'));
    }
  });

  it('writes the instants around the transitions exactly', () => {
    // Spring: 00:59:59.999Z is 01:59:59 CET, 01:00Z is 03:00 CEST.
    expect(pyIsoOffset(Date.parse('2026-03-29T00:59:59.999Z'), ZURICH)).toBe(
      '2026-03-29T01:59:59.999000+01:00',
    );
    expect(pyIsoOffset(Date.parse('2026-03-29T01:00:00Z'), ZURICH)).toBe('2026-03-29T03:00:00+02:00');
    expect(frenchMinute(Date.parse('2026-03-29T01:00:00Z'), ZURICH)).toBe('29/03/2026 03:00');
    // Autumn: 02:30 happens twice, first in CEST then in CET.
    expect(pyIsoOffset(Date.parse('2026-10-25T00:30:00Z'), ZURICH)).toBe('2026-10-25T02:30:00+02:00');
    expect(pyIsoOffset(Date.parse('2026-10-25T01:30:00Z'), ZURICH)).toBe('2026-10-25T02:30:00+01:00');
    expect(frenchMinute(Date.parse('2026-10-25T01:30:00Z'), ZURICH)).toBe('25/10/2026 02:30');
    expect(pyIsoOffset(Date.parse('2026-10-25T01:30:00.005Z'), 'UTC')).toBe(
      '2026-10-25T01:30:00.005000+00:00',
    );
    expect(utcSecondsZ(Date.parse('2026-10-25T01:30:59.999Z'))).toBe('2026-10-25T01:30:59Z');
    for (const ms of [
      0,
      -1,
      86_399_999,
      Date.parse('2026-12-31T23:59:59.999Z'),
      Date.parse('1969-12-31T00:00:00.001Z'),
      253402300799999,
    ])
      expect(utcSecondsZ(ms)).toBe(new Date(ms).toISOString().slice(0, 19) + 'Z');
    expect(() => utcSecondsZ(Number.NaN)).toThrow(RangeError);
  });

  it('matches Intl across a year of scattered instants and in zones with odd offsets', () => {
    const zones = [
      ZURICH,
      'UTC',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'America/St_Johns',
    ];
    const start = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 2_000; i++) {
      const ms = start + ((i * 7_919_993_017) % (366 * 86_400_000));
      for (const tz of zones)
        expect(pyIsoOffset(ms, tz), `${tz} ${new Date(ms).toISOString()}`).toBe(expectedIso(ms, tz));
    }
  });
});
