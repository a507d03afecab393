// Who has the store open, so a restore never replaces the file under a running process (`serve` would go on
// writing into the deleted file, and answer OK for changes that are lost). Every process that opens the store
// leaves `dispatch-analytics.sqlite.open-<pid>.lock` beside it while it has it open; a restore holds
// `dispatch-analytics.sqlite.restore.lock` and refuses while another live process has a marker. Several processes
// may have the store open together (the app and a cron `schedule run-due`): these are markers, not an exclusive
// lock. A marker whose process is gone (SIGKILL, power cut) is stale: it is removed and does not count.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { isProcessAlive } from '../platform/process-alive';
import { PRIVATE_FILE_MODE } from './private-files';

const OPEN_MARKER = /\.open-(\d+)\.lock$/;

// This process's opens per store: one marker file however many connections. A marker with our own pid and no
// open here is stale too (a previous process that had our pid: containers reuse them).
const openHere = new Map<string, number>();

function openMarker(storePath: string, pid = process.pid): string {
  return `${storePath}.open-${pid}.lock`;
}

function restoreLockOf(storePath: string): string {
  return `${storePath}.restore.lock`;
}

function alive(pid: number, storePath: string): boolean {
  return pid === process.pid ? (openHere.get(storePath) ?? 0) > 0 : isProcessAlive(pid);
}

/** The pid holding a restore of this store (another live process), or null. */
export function restoreHolder(storePath: string): number | null {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(restoreLockOf(resolve(storePath)), 'utf8'), 10);
  } catch {
    return null;
  }
  return pid !== process.pid && isProcessAlive(pid) ? pid : null;
}

/**
 * Records that this process has the store open; returns the function that takes the mark away (once). Written
 * before the restore lock is read, while a restore writes its lock before reading the markers: of two processes
 * starting together, at least one sees the other.
 */
export function markStoreOpen(storePath: string): () => void {
  const key = resolve(storePath);
  const count = openHere.get(key) ?? 0;
  if (count === 0) writeFileSync(openMarker(key), `${process.pid}\n`, { mode: PRIVATE_FILE_MODE });
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
    rmSync(openMarker(key), { force: true });
  };
}

/** The live processes that have the store open (this one too, if it does); stale markers are removed. */
export function storeOpenedBy(storePath: string): number[] {
  const key = resolve(storePath);
  let names: string[];
  try {
    names = readdirSync(dirname(key));
  } catch {
    return [];
  }
  const prefix = `${basename(key)}.open-`;
  const pids: number[] = [];
  for (const name of names) {
    const m = name.startsWith(prefix) ? OPEN_MARKER.exec(name) : null;
    if (!m) continue;
    const pid = Number(m[1]);
    if (alive(pid, key)) pids.push(pid);
    else rmSync(openMarker(key, pid), { force: true });
  }
  return pids.sort((a, b) => a - b);
}

export type RestoreLockResult = { ok: true; release: () => void } | { ok: false; pids: number[] };

/**
 * Takes the store's restore lock when no live process has the store open (nor restores it); otherwise returns
 * the pids in the way. A lock left by a dead process is taken over.
 */
export function takeRestoreLock(storePath: string): RestoreLockResult {
  const path = restoreLockOf(resolve(storePath));
  const other = restoreHolder(storePath);
  if (other !== null) return { ok: false, pids: [other] };
  writeFileSync(path, `${process.pid}\n`, { mode: PRIVATE_FILE_MODE });
  const release = () => rmSync(path, { force: true });
  // Re-read: of two restores starting together the last write wins, the other backs off.
  const racing = restoreHolder(storePath);
  if (racing !== null) return { ok: false, pids: [racing] };
  const pids = storeOpenedBy(storePath);
  if (pids.length > 0) {
    release();
    return { ok: false, pids };
  }
  return { ok: true, release };
}
