// English texts, domain "store": typed against fr/store.ts, so a missing or extra key fails the type-check.
import type { store as fr } from '../fr/store';
import type { Translation } from '../translation';

export const store: Translation<typeof fr> = {
  dayBatchRefused: 'Day data refused, nothing was written: {{detail}}. Fix the data source and run again.',
  demoConflict:
    'This data folder already holds the data of "{{company}}"; use --data-dir to write the demo elsewhere.',
  restoreHint:
    'restore a backup: `dispatch-analytics backup list`, then `dispatch-analytics backup restore FILE` (or Settings › Backups)',
  readOnly:
    "Cannot write to {{path}} (read-only folder, missing permissions or an invalid path). Check the data folder's permissions, or choose another one (--data-dir or DISPATCH_ANALYTICS_DATA_DIR).",
  diskFull:
    'The disk is full: cannot write to {{path}}. Free some space and try again; what was already saved is not lost.',
  corrupt:
    'The file {{path}} is damaged or is not a Dispatch Analytics database. Do not delete it; {{restore}}.',
  newer:
    '{{path}} was written by a newer version of Dispatch Analytics ({{applied}} migrations applied, this version knows {{shipped}}): nothing was changed. Install the newer version, or {{restore}}.',
  migrationMismatch:
    '{{path}} has {{applied}} applied migrations but this version ships {{shipped}}: it was written by another version of Dispatch Analytics. Open it with the matching version, or {{restore}}.',
  syncRunning: 'A sync is already running (pid {{pid}}{{where}}) on this data folder; wait for it to finish.',
  restoreRefused: '{{path}} cannot be restored: {{why}} Nothing was changed.',
  restoring: 'A backup is being restored over {{path}} (pid {{pid}}): try again once it has finished.',
  refusal: {
    unreadable: 'the file cannot be read.',
    missing: 'the file does not exist.',
    current: 'it is the current data file.',
    notSqlite: 'it is not a SQLite database (or it is damaged).',
    notOurs: 'it is not a Dispatch Analytics database (missing tables: {{tables}}).',
    damaged: 'the database is damaged (integrity_check: {{detail}}).',
    newer: 'it was written by a newer version ({{applied}} migrations, this one knows {{shipped}}).',
    openElsewhere:
      'the data is open in another program (pid {{pids}}): close the app first (or stop `serve`, `sync`), then run the restore again.',
    foreignMigrations:
      'its migrations are not those of Dispatch Analytics ({{detail}}); it is not a backup of this app.',
    foreignColumns:
      'its tables do not have the columns of Dispatch Analytics ({{detail}}); it is not a backup of this app.',
  },
};
