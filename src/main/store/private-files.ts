// The data folder holds patient names, addresses and the company's figures: on POSIX it is readable by its owner
// only (folder 0700, files 0600), like `secrets.json`. Files are created with the right mode (never created
// open and chmod-ed after, which leaves a window), and a folder or file left too open by an older version or a
// copy is tightened when the store is opened. Windows keeps its per-user ACLs on the profile folder: no-op there.
import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

const posix = process.platform !== 'win32';

/** Creates the folder (and its parents) as 0700 if missing, then tightens it if it is ours and too open. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (posix) tighten(dir, lstatSync(dir));
}

/**
 * Creates an empty file as 0600 when it does not exist (SQLite then gives its -wal and -shm files the mode of
 * the database file), or tightens an existing one.
 */
export function ensurePrivateFile(path: string): void {
  // 'a' never truncates; the mode only applies when the file is created.
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  if (posix) tighten(path, lstatSync(path));
}

/** Tightens an existing file (no-op when missing). */
export function tightenFile(path: string): void {
  if (!posix) return;
  const st = lstatOrNull(path);
  if (st) tighten(path, st);
}

/** Folders of the data folder the app writes into (the backups, and the exports written there by default). */
export const PRIVATE_SUBDIRS = ['backups', 'exports'];

/**
 * Tightens the data folder and the app's own files in it: the store and its -wal/-shm/-journal, secrets, and the
 * files of backups/ and exports/. Other files are left alone — `--data-dir` may point at a folder the user shares
 * with other things. Symbolic links are never followed.
 */
export function tightenDataDir(dir: string): void {
  if (!posix) return;
  const st = lstatOrNull(dir);
  // A shared sticky folder (/tmp used as --data-dir) is left alone entirely, and so is what it holds.
  if (!st?.isDirectory() || st.mode & 0o1000) return;
  tighten(dir, st);
  for (const name of readdirSync(dir)) {
    const sub = PRIVATE_SUBDIRS.includes(name);
    if (!sub && !name.startsWith('dispatch-analytics') && !name.startsWith('secrets')) continue;
    const path = join(dir, name);
    const entry = lstatOrNull(path);
    if (sub && entry?.isDirectory()) {
      tighten(path, entry);
      for (const inner of readdirSync(path)) {
        const innerPath = join(path, inner);
        const innerSt = lstatOrNull(innerPath);
        if (innerSt?.isFile()) tighten(innerPath, innerSt);
      }
    } else if (!sub && entry?.isFile()) {
      tighten(path, entry);
    }
  }
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

// DANGER: `--data-dir /tmp` or a shared folder must not be locked for everyone else. Only what this account owns
// is changed, never a sticky folder (/tmp), never a symlink.
function tighten(path: string, st: Stats): void {
  if (st.isSymbolicLink()) return;
  if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return;
  if (st.isDirectory()) {
    if (st.mode & 0o1000) return;
    if (st.mode & 0o077) chmodSync(path, PRIVATE_DIR_MODE);
  } else if (st.isFile() && st.mode & 0o077) {
    chmodSync(path, PRIVATE_FILE_MODE);
  }
}
