// What the backups channels answer: the list (with the folder and how many are kept) and a manual backup, read
// from the store the API serves. Restore is not here: it needs the core stopped (see core-host.ts).
import type { BackupJson, BackupList } from '../../shared/contract/backup-schemas';
import type { Db } from '../store/open-store';
import {
  backupsDirOf,
  createBackup,
  listBackups,
  type BackupInfo,
  type BackupSource,
} from '../store/backups';
import { readSection } from '../settings';
import { dirname } from 'node:path';

export function backupJson(b: BackupInfo): BackupJson {
  return { file: b.file, reason: b.reason, createdAt: new Date(b.createdAt).toISOString(), size: b.size };
}

function sourceOf(db: Db): BackupSource {
  return { sqlite: db.$client, path: db.$client.name };
}

export function listBackupsView(db: Db): BackupList {
  const dataDir = dirname(db.$client.name);
  return {
    folder: backupsDirOf(dataDir),
    keep: readSection(db, 'backups').keep,
    backups: listBackups(dataDir).map(backupJson),
  };
}

export async function createManualBackup(db: Db, now: number): Promise<BackupJson> {
  return backupJson(await createBackup(sourceOf(db), { reason: 'manual', now }));
}
