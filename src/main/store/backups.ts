// The store's safety net, in one place: automatic and manual backups beside the store, their list, and restore.
// Automatic ones: daily (backupIfDue, at start), before every migration (openStore), before a data-source switch
// (backupBeforeSourceSwitch). Only the daily ones rotate (`backups.keep`); the others stay until deleted. See backup-create.ts for how a backup is written, backup-restore.ts for restore.
export {
  BACKUP_REASONS,
  BACKUPS_DIR_NAME,
  DEFAULT_BACKUPS_KEEP,
  ROTATED_REASON,
  backupsDirOf,
  listBackups,
  rotateBackups,
  type BackupInfo,
  type BackupReason,
} from './backup-files';
export {
  backupBeforeSourceSwitch,
  backupIfDue,
  createBackup,
  createBackupSync,
  type BackupSource,
  type CreateBackupOptions,
} from './backup-create';
export {
  BackupRestoreError,
  checkRestorable,
  resolveBackupFile,
  restoreBackup,
  type RestoreResult,
} from './backup-restore';
