// Backups over the API: list, create, restore. Restore takes a file NAME from the list, never a path: a page
// holding the session token must not be able to make the app read an arbitrary file of the machine.
import { z } from 'zod';

export const backupReasonSchema = z.enum(['daily', 'migration', 'switch', 'manual', 'restore']);
export type BackupReasonJson = z.infer<typeof backupReasonSchema>;

export const backupJsonSchema = z.object({
  file: z.string(),
  reason: backupReasonSchema,
  /** ISO 8601, UTC */
  createdAt: z.string(),
  size: z.number(),
});
export type BackupJson = z.infer<typeof backupJsonSchema>;

export const backupListSchema = z.object({
  /** where the backups are, to show the user */
  folder: z.string(),
  /** how many are kept */
  keep: z.number(),
  backups: z.array(backupJsonSchema),
});
export type BackupList = z.infer<typeof backupListSchema>;

export const restoreBackupInputSchema = z
  .object({
    file: z
      .string()
      .regex(
        /^dispatch-analytics-\d{8}T\d{6}\.\d{3}Z-[a-z]+(?:-\d+)?\.sqlite$/,
        'a backup name from the list',
      ),
  })
  .strict();

export const restoreBackupResultSchema = z.object({
  restoredFrom: z.string(),
  safetyBackup: backupJsonSchema.nullable(),
});
export type RestoreBackupResult = z.infer<typeof restoreBackupResultSchema>;
