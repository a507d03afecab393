// Temporary files carry the pid of the process writing them (`<name>.<pid>-<random>.<ext>`), so a later process
// can tell a file still being written from one left behind by a process that was killed (SIGKILL, power cut):
// those are removed when the store is opened or the next file is written beside them.
import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive } from './process-alive';

/** `<base>.<pid>-<8 hex>.<ext>`: a temporary name unique to this process and call. */
export function pidTaggedName(base: string, ext: string): string {
  return `${base}.${process.pid}-${randomBytes(4).toString('hex')}.${ext}`;
}

/**
 * The pid a temporary name of `pidTaggedName(_, ext)` carries (also with SQLite's `-journal`, `-wal`, `-shm`
 * beside it), or null for any other name.
 */
export function pidOfTempName(name: string, ext: string): number | null {
  const m = new RegExp(`\\.(\\d+)-[0-9a-f]{8}\\.${ext}(?:-journal|-wal|-shm)?$`).exec(name);
  return m ? Number(m[1]) : null;
}

/**
 * Removes the temporary files of `ext` in `dir` (optionally only names starting with `prefix`) whose process is
 * gone; files of this process and of live ones are left alone. Returns the names removed; a missing folder or a
 * file that cannot be removed is skipped (a sweep never fails what the caller is doing).
 */
export function sweepDeadTempFiles(dir: string, ext: string, prefix = ''): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = pidOfTempName(name, ext);
    if (pid === null || pid === process.pid || isProcessAlive(pid)) continue;
    try {
      rmSync(join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // left for the next sweep
    }
  }
  return removed;
}
