// English texts, domain "period": typed against fr/period.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { period as fr } from '../fr/period';

export const period: Translation<typeof fr> = {
  label: 'Period',
  '7d': '7 d',
  '30d': '30 d',
  '90d': '90 d',
  '1y': '1 year',
  custom: 'Custom',
  from: 'From',
  to: 'To',
  apply: 'Apply',
  range: '{{from}} to {{to}} ({{days}} days)',
  invalid: 'The start date must come before the end date.',
  badDate: 'Not a date: type it as {{pattern}}, e.g. 08/11/2026.',
};
