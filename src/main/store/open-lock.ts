// Who has the store of a data folder open, so a restore never replaces the file under a running process (`serve`
// would go on writing into the deleted file, and answer OK for changes that are lost). Every process that opens
// the store leaves `dispatch-analytics.open-<pid>.lock` in the folder while it has it open; a restore holds
// `dispatch-analytics.restore.lock` and refuses while another live process has a marker. Several processes may
// have the store open together (the app and a cron `schedule run-due`): these are markers, not an exclusive lock.
// A marker whose process is gone (SIGKILL, power cut) is stale: it is removed and does not count.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isProcessAlive } from '../platform/process-alive';
import { PRIVATE_FILE_MODE } from './private-files';

const OPEN_MARKER = /^dispatch-analytics\.open-(\d+)\.lock$/;
const RESTORE_LOCK = 'dispatch-analytics.restore.lock';

// This process's opens per folder: one marker file however many connections (the core, a restore's own checks).
// A marker with our own pid and no open here is stale too (a previous process that had our pid: containers).
const openHere = new Map<string, number>();

function openMarker(dataDir: string, pid = process.pid): string {
  return join(dataDir, `dispatch-analytics.open-${pid}.lock`);
}

function alive(pid: number, dataDir: string): boolean {
  return pid === process.pid ? (openHere.get(resolve(dataDir)) ?? 0) > 0 : isProcessAlive(pid);
}

/** The pid holding a restore of this folder (another live process), or null. */
export function restoreHolder(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(join(dataDir, RESTORE_LOCK), 'utf8'), 10);
  } catch {
    return null;
  }
  return pid !== process.pid && isProcessAlive(pid) ? pid : null;
}

/**
 * Records that this process has the folder's store open; returns the function that takes the mark away (once).
 * Written before the restore lock is read, while a restore writes its lock before reading the markers: of two
 * processes starting together, at least one sees the other.
 */
export function markStoreOpen(dataDir: string): () => void {
  const key = resolve(dataDir);
  const count = openHere.get(key) ?? 0;
  if (count === 0) writeFileSync(openMarker(dataDir), `${process.pid}\n`, { mode: PRIVATE_FILE_MODE });
  openHere.set(key, count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (openHere.get(key) ?? 1) - 1;
    if (left > 0) {
      openHere.set(key, left);
      return;
    }
    openHere.delete(key);
    rmSync(openMarker(dataDir), { force: true });
  };
}

/** The live processes other than this one's restore that have the store open; stale markers are removed. */
export function storeOpenedBy(dataDir: string): number[] {
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch {
    return [];
  }
  const pids: number[] = [];
  for (const name of names) {
    const m = OPEN_MARKER.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (alive(pid, dataDir)) pids.push(pid);
    else rmSync(join(dataDir, name), { force: true });
  }
  return pids.sort((a, b) => a - b);
}

export type RestoreLockResult = { ok: true; release: () => void } | { ok: false; pids: number[] };

/**
 * Takes the folder's restore lock when no other live process has the store open (nor restores it); otherwise
 * returns the pids in the way. A lock left by a dead process is taken over.
 */
export function takeRestoreLock(dataDir: string): RestoreLockResult {
  const path = join(dataDir, RESTORE_LOCK);
  const other = restoreHolder(dataDir);
  if (other !== null) return { ok: false, pids: [other] };
  writeFileSync(path, `${process.pid}\n`, { mode: PRIVATE_FILE_MODE });
  const release = () => rmSync(path, { force: true });
  // Re-read: two restores starting together both wrote; the last write wins, the other backs off.
  if (restoreHolder(dataDir) !== null) return { ok: false, pids: [restoreHolder(dataDir)!] };
  const pids = storeOpenedBy(dataDir);
  if (pids.length > 0) {
    release();
    return { ok: false, pids };
  }
  return { ok: true, release };
}
