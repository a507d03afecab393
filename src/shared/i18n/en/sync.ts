// English texts, domain "sync": typed against fr/sync.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { sync as fr } from '../fr/sync';

export const sync: Translation<typeof fr> = {
  region: 'Sync status',
  dataThrough: 'Data through {{day}}',
  noData: 'No data synced',
  lastSync: 'Last sync: {{when}}',
  never: 'Never synced',
  running: 'Syncing… {{done}}/{{total}} days',
  runningShort: 'Syncing…',
  retrying: 'Retrying… ({{attempt}})',
  syncNow: 'Sync now',
  retry: 'Retry',
  failed: 'Sync failed: {{message}}',
  openSettings: 'Open the settings',
  done: 'Sync finished.',
};
