// Every numeric setting takes its two bounds, refuses one step outside each, and says so with its own message and
// bounds: a bound off by one, a swapped min/max or a lost message would let a value through the Settings screen
// and `settings set` that the scheduler or the sync then trips over (or refuse one the user may type).
import { describe, expect, it } from 'vitest';
import { defaultSettings, validatePatch } from '../../../src/main/settings';

type Message = { key: string; params?: Record<string, string | number> };

interface Bounded {
  path: string;
  min: number;
  max: number;
  /** one step past a bound (integers: 1; decimals: a little) */
  step: number;
  error: Message;
  /** the Reports screen's fields coerce ("587" → 587, true → 1), the others take numbers only */
  coerced?: boolean;
}

const int = (path: string, min: number, max: number): Bounded => ({
  path,
  min,
  max,
  step: 1,
  error: { key: 'settings.errors.integerRange', params: { min, max } },
});
const num = (path: string, min: number, max: number): Bounded => ({
  path,
  min,
  max,
  step: 0.01,
  error: { key: 'settings.errors.numberRange', params: { min, max } },
});
const own = (path: string, min: number, max: number, key: string): Bounded => ({
  path,
  min,
  max,
  step: 1,
  error: { key },
  coerced: true,
});

const T = 'analytics.insightThresholds';
const FIELDS: Bounded[] = [
  int('sync.historyDays', 7, 1830),
  int('sync.windowDays', 1, 365),
  int('sync.intervalMinutes', 0, 1440),
  int('sync.concurrency', 1, 16),
  int('analytics.onTimeThresholdMinutes', 0, 120),
  int('shell.syncFailingNoticeMinutes', 5, 1440),
  int('backups.keep', 0, 365),
  int(`${T}.trendMinDays`, 1, 365),
  int(`${T}.trendWindowDays`, 1, 365),
  num(`${T}.highAvgDelayMinutes`, 0, 1440),
  num(`${T}.trendChangePercent`, 0, 1000),
  num(`${T}.patternDayDelayMinutes`, 0, 1440),
  num(`${T}.patternDayShare`, 0, 1),
  num(`${T}.weekdayHighDelayMinutes`, 0, 1440),
  own('mail.port', 1, 65535, 'settings.errors.mailPort'),
  own('reports.weekly.weekday', 1, 7, 'settings.errors.weekday'),
  own('reports.catchUpDays', 0, 60, 'settings.errors.catchUpDays'),
];

const errorsOf = (patch: Record<string, unknown>) => validatePatch(defaultSettings(), patch).errors;

describe('numeric settings', () => {
  for (const f of FIELDS) {
    it(`${f.path} takes ${f.min} and ${f.max}, refuses just outside with its message`, () => {
      for (const ok of [f.min, f.max]) {
        const result = validatePatch(defaultSettings(), { [f.path]: ok });
        expect(result.errors, `${f.path}=${ok}`).toEqual({});
        expect(
          f.path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], result.next),
        ).toBe(ok);
      }
      for (const bad of [f.min - f.step, f.max + f.step, 'many', ...(f.coerced ? [] : [true, '12'])]) {
        expect(errorsOf({ [f.path]: bad }), `${f.path}=${String(bad)}`).toEqual({ [f.path]: f.error });
      }
    });
  }

  it('the threshold pairs take their bounds when their partner leaves room', () => {
    // Each low threshold must stay strictly below its high partner (settings-patch.ts), so their bounds are
    // checked together.
    for (const [low, high] of [
      ['lowOnTimeRate', 'excellentOnTimeRate'],
      ['lowQuality', 'excellentQuality'],
    ]) {
      expect(errorsOf({ [`${T}.${low}`]: 0, [`${T}.${high}`]: 100 })).toEqual({});
      expect(errorsOf({ [`${T}.${low}`]: 99.5, [`${T}.${high}`]: 100 })).toEqual({});
      for (const [path, bad] of [
        [`${T}.${low}`, -0.5],
        [`${T}.${high}`, 100.5],
      ] as const) {
        expect(errorsOf({ [path]: bad }), path).toEqual({
          [path]: { key: 'settings.errors.numberRange', params: { min: 0, max: 100 } },
        });
      }
    }
  });

  it('day counts and whole-number fields refuse a fraction; the other thresholds take one', () => {
    for (const path of [
      'sync.historyDays',
      'backups.keep',
      'shell.syncFailingNoticeMinutes',
      `${T}.trendMinDays`,
      `${T}.trendWindowDays`,
    ]) {
      expect(errorsOf({ [path]: 10.5 })[path]?.key, path).toBe('settings.errors.integerRange');
    }
    expect(errorsOf({ 'mail.port': 587.5 })).toEqual({ 'mail.port': { key: 'settings.errors.mailPort' } });
    expect(errorsOf({ 'reports.weekly.weekday': 2.5 })).toEqual({
      'reports.weekly.weekday': { key: 'settings.errors.weekday' },
    });
    expect(errorsOf({ 'reports.catchUpDays': 1.5 })).toEqual({
      'reports.catchUpDays': { key: 'settings.errors.catchUpDays' },
    });
    const fractions = validatePatch(defaultSettings(), {
      [`${T}.highAvgDelayMinutes`]: 12.5,
      [`${T}.patternDayShare`]: 0.25,
      [`${T}.lowOnTimeRate`]: 72.5,
    });
    expect(fractions.errors).toEqual({});
    expect(fractions.next.analytics.insightThresholds).toMatchObject({
      highAvgDelayMinutes: 12.5,
      patternDayShare: 0.25,
      lowOnTimeRate: 72.5,
    });
  });

  it('the Reports screen’s text inputs ("587", " 3 ") are read as numbers', () => {
    const r = validatePatch(defaultSettings(), {
      'mail.port': '465',
      'reports.weekly.weekday': ' 5 ',
      'reports.catchUpDays': '0',
    });
    expect(r.errors).toEqual({});
    expect(r.next.mail.port).toBe(465);
    expect(r.next.reports.weekly.weekday).toBe(5);
    expect(r.next.reports.catchUpDays).toBe(0);
  });
});
