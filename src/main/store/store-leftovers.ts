// What a killed process (SIGKILL, power cut) leaves in the data folder, removed when the store is next opened:
// a backup's `.partial` file (and its journal), a restore's `.restoring` copy (the size of the store), the hidden
// `.part` file of an export written into the data folder (patient data). Only files of processes that are gone:
// a backup, restore or export still running in another process keeps its file.
import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { sweepDeadTempFiles } from '../platform/leftover-files';
import { backupsDirOf } from './backup-files';
import { restoreHolder } from './open-lock';

/** The folder the exports go to by default (`<data>/exports`), where their `.part` files are swept too. */
const EXPORTS_DIR_NAME = 'exports';

export function sweepStoreLeftovers(dataDir: string, storePath: string): string[] {
  const removed = [
    ...sweepDeadTempFiles(backupsDirOf(dataDir), 'partial'),
    ...sweepDeadTempFiles(dataDir, 'restoring', basename(storePath)),
    ...sweepDeadTempFiles(dataDir, 'part', '.'),
    ...sweepDeadTempFiles(join(dataDir, EXPORTS_DIR_NAME), 'part', '.'),
  ];
  // The copy of an older version had no pid in its name: it is stale unless another process restores now.
  if (restoreHolder(storePath) === null) {
    for (const f of ['', '-journal', '-wal', '-shm'].map((s) => `${storePath}.restoring${s}`)) {
      rmSync(f, { force: true });
    }
  }
  return removed;
}
