// English texts, domain "kpi": typed against fr/kpi.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { kpi as fr } from '../fr/kpi';

export const kpi: Translation<typeof fr> = {
  vsPrevious: 'vs previous period',
  noPrevious: 'no previous period',
  sparkline: '{{name}} over the period',
  parts: 'Score breakdown',
  punctuality: 'Punctuality',
  delay: 'Delays',
  cancellations: 'Cancellations',
};
