// English texts, domain "backups": typed against the French so no key can be missing.
import type { backups as fr } from '../fr/backups';
import type { Translation } from '../translation';

export const backups: Translation<typeof fr> = {
  title: 'Backups',
  intro:
    'A backup is made every day, before every database upgrade and before a change of server, in {{folder}}, readable by your account only. The last {{keep}} daily backups are kept; the others stay until you delete them.',
  create: 'Back up now',
  created: 'Backup created: {{file}}.',
  none: 'No backup yet.',
  restore: 'Restore',
  confirm: 'Confirm the restore',
  cancel: 'Cancel',
  confirmHint:
    'The current data will be replaced by that of {{date}}; it is first kept in a “before restore” backup.',
  restored: 'Data restored from the backup of {{date}}. The previous data is kept in {{file}}.',
  date: 'Date',
  reason: 'Reason',
  size: 'Size',
  sizeMb: '{{size}} MB',
  sizeKb: '{{size}} KB',
  restoreUnavailable: 'Restore is not available here: use `dispatch-analytics backup restore FILE`.',
  syncRunningElsewhere:
    'A sync is running in another program (pid {{pid}}): wait for it to finish, then restore. Nothing was changed.',
  reasons: {
    daily: 'Daily',
    migration: 'Before upgrade',
    switch: 'Before source switch',
    manual: 'Manual',
    restore: 'Before restore',
  },
};
