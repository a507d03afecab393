// Automatic backups of the store (daily, before a migration, before a data-source switch): how many to keep. Only
// the daily ones rotate; the others (and manual ones) stay until the user deletes them (store/backup-files.ts).
import { z } from 'zod';
import { intField } from '../field-rules';

export const backupsSettingsSchema = z.object({
  /** how many daily backups are kept, the newest; 0 takes no daily backup at all */
  keep: intField(0, 365, 7),
});

export type BackupsSettings = z.output<typeof backupsSettingsSchema>;
