// English texts, domain "analytics": typed against fr/analytics.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { analytics as fr } from '../fr/analytics';

export const analytics: Translation<typeof fr> = {
  errors: {
    forecastDays: 'The number of forecast days goes from 1 to {{max}} (got {{value}}).',
    backtestWeeks: 'The number of backtest weeks goes from 1 to {{max}} (got {{value}}).',
    lookbackDays: 'lookback_days must be a whole number between 1 and {{max}} (got {{value}}).',
    paging: 'Invalid paging (offset {{offset}}, limit {{limit}}): limit goes from 0 to {{max}}, offset ≥ 0.',
    unknownPreset: 'Unknown period "{{preset}}": choose 7d, 30d, 90d or 1y.',
    badDates: 'Invalid dates ({{from}} → {{to}}): use the YYYY-MM-DD format.',
    startAfterEnd: 'The start date ({{from}}) is after the end date ({{to}}): swap them.',
    periodTooLong: 'The period covers {{days}} days; choose at most {{max}} days.',
    unknownZone: 'Unknown time zone "{{zone}}": choose an IANA zone such as Europe/Zurich.',
    badLocalTime: 'Unreadable local time "{{value}}": expected YYYY-MM-DDTHH:MM:SS.',
    badDate: 'Invalid date "{{value}}": expected YYYY-MM-DD.',
  },
};
