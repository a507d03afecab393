// Analysis windows: presets are the last N local days ending today (today included); a custom window is any
// inclusive [from, to]. The previous window has the same length and ends the day before.
import type { IsoDate, PeriodJson } from '../../shared/analytics-types';
import type { PeriodPreset } from '../../shared/analytics-types';
import { MAX_RANGE_DAYS } from '../../shared/contract/analytics-inputs';
import { invalidInput } from '../../shared/analytics-error';
import { addDays, daysBetweenInclusive, isIsoDate, presetWindow } from '../../shared/time';

export type PeriodInput = { preset: PeriodPreset } | { from: IsoDate; to: IsoDate };

declare const resolved: unique symbol;
/**
 * A window checked and resolved once, at the edge (API input, CLI arguments, a task's input): only
 * `resolvePeriod`/`customPeriod` make one, so the services, exports and reports that take it need not check it
 * again. The brand is a type only: at run time it is a plain `PeriodJson` (it crosses a worker thread as is).
 */
export type ResolvedPeriod = PeriodJson & { readonly [resolved]: true };

/** Longest custom window accepted (the API's limit): far beyond any store, it keeps a typo from scanning forever. */
const MAX_PERIOD_DAYS = MAX_RANGE_DAYS;

export function resolvePeriod(input: PeriodInput, today: IsoDate): ResolvedPeriod {
  if ('preset' in input) {
    const window = presetWindow(input.preset, today);
    if (!window) {
      throw invalidInput('analytics.errors.unknownPreset', { preset: String(input.preset) });
    }
    return { start: window.from, end: window.to, days: window.days } as ResolvedPeriod;
  }
  return customPeriod(input.from, input.to);
}

export function customPeriod(from: IsoDate, to: IsoDate): ResolvedPeriod {
  if (!isIsoDate(from) || !isIsoDate(to)) {
    throw invalidInput('analytics.errors.badDates', { from: String(from), to: String(to) });
  }
  const days = daysBetweenInclusive(from, to);
  if (days < 1) {
    throw invalidInput('analytics.errors.startAfterEnd', { from, to });
  }
  if (days > MAX_PERIOD_DAYS) {
    throw invalidInput('analytics.errors.periodTooLong', { days, max: MAX_PERIOD_DAYS });
  }
  return { start: from, end: to, days } as ResolvedPeriod;
}

export function previousPeriod(p: PeriodJson): PeriodJson {
  return { start: addDays(p.start, -p.days), end: addDays(p.start, -1), days: p.days };
}
