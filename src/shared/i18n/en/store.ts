// English texts, domain "store": typed against fr/store.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { store as fr } from '../fr/store';

export const store: Translation<typeof fr> = {
  dayBatchRefused: 'Day data refused, nothing was written: {{detail}}. Fix the data source and run again.',
  demoConflict:
    'This data folder already holds the data of "{{company}}"; use --data-dir to write the demo elsewhere.',
};
