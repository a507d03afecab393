// Analysis windows: presets are the last N local days ending today (today included); a custom window is any
// inclusive [from, to]. The previous window has the same length and ends the day before.
import type { IsoDate, PeriodJson } from '../../shared/analytics-types';
import { PERIOD_PRESET_DAYS, type PeriodPreset } from '../../shared/analytics-types';
import { MAX_RANGE_DAYS } from '../../shared/contract/analytics-inputs';
import { invalidInput } from '../../shared/analytics-error';
import { addDays, daysBetweenInclusive, isIsoDate } from '../../shared/time';

export type PeriodInput = { preset: PeriodPreset } | { from: IsoDate; to: IsoDate };

/** Longest custom window accepted (the API's limit): far beyond any store, it keeps a typo from scanning forever. */
const MAX_PERIOD_DAYS = MAX_RANGE_DAYS;

export function resolvePeriod(input: PeriodInput, today: IsoDate): PeriodJson {
  if ('preset' in input) {
    const days = PERIOD_PRESET_DAYS[input.preset];
    if (!days) {
      throw invalidInput(
        `Période inconnue « ${String(input.preset)} » : choisissez 7d, 30d, 90d ou 1y.`,
        `Unknown period "${String(input.preset)}": choose 7d, 30d, 90d or 1y.`,
      );
    }
    return { start: addDays(today, -(days - 1)), end: today, days };
  }
  return customPeriod(input.from, input.to);
}

export function customPeriod(from: IsoDate, to: IsoDate): PeriodJson {
  if (!isIsoDate(from) || !isIsoDate(to)) {
    throw invalidInput(
      `Dates invalides (${from} → ${to}) : utilisez le format AAAA-MM-JJ.`,
      `Invalid dates (${from} → ${to}): use the YYYY-MM-DD format.`,
    );
  }
  const days = daysBetweenInclusive(from, to);
  if (days < 1) {
    throw invalidInput(
      `La date de début (${from}) est après la date de fin (${to}) : inversez-les.`,
      `The start date (${from}) is after the end date (${to}): swap them.`,
    );
  }
  if (days > MAX_PERIOD_DAYS) {
    throw invalidInput(
      `La période couvre ${days} jours ; choisissez au plus ${MAX_PERIOD_DAYS} jours.`,
      `The period covers ${days} days; choose at most ${MAX_PERIOD_DAYS} days.`,
    );
  }
  return { start: from, end: to, days };
}

export function previousPeriod(p: PeriodJson): PeriodJson {
  return { start: addDays(p.start, -p.days), end: addDays(p.start, -1), days: p.days };
}
