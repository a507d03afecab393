// Automatic backups of the store (daily, before a migration, before a data-source switch): how many to keep.
import { z } from 'zod';
import { intField } from '../field-rules';

export const backupsSettingsSchema = z.object({
  /** the newest N backups are kept, older ones deleted; 0 keeps none */
  keep: intField(0, 365, 7),
});

export type BackupsSettings = z.output<typeof backupsSettingsSchema>;
