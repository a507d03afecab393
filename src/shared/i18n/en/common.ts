// English texts, domain "common": typed against fr/common.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { common as fr } from '../fr/common';

export const common: Translation<typeof fr> = {
  loading: 'Loading…',
  retry: 'Retry',
  close: 'Close',
  none: '—',
  showTable: 'Show as table',
  showChart: 'Show chart',
  tableOf: 'Table: {{title}}',
  save: 'Save',
  saved: 'Settings saved.',
  sync: 'Sync',
  error: 'Something went wrong: {{message}}',
};
