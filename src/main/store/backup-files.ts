// Where backups live and how they are named: `<dataDir>/backups/dispatch-analytics-<UTC stamp>-<reason>.sqlite`,
// the stamp first so the names sort by age. The name carries the date and the reason, so listing needs no index
// file that could disagree with the folder.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const BACKUP_REASONS = ['daily', 'migration', 'switch', 'manual', 'restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUPS_DIR_NAME = 'backups';
/**
 * How many daily backups are kept when the caller has no `backups.keep` setting to give (a restore, which must
 * work on a store too damaged to read its settings).
 */
export const DEFAULT_BACKUPS_KEEP = 7;
/** The only kind that rotates: the others (migration, switch, manual, restore) stay until the user deletes them. */
export const ROTATED_REASON: BackupReason = 'daily';
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupInfo {
  /** the file name, e.g. dispatch-analytics-20261201T083000.000Z-daily.sqlite */
  file: string;
  path: string;
  reason: BackupReason;
  /** epoch ms, from the name */
  createdAt: number;
  size: number;
}

const NAME = /^dispatch-analytics-(\d{8}T\d{6}\.\d{3}Z)-([a-z]+)(?:-(\d+))?\.sqlite$/;

export function backupsDirOf(dataDir: string): string {
  return join(dataDir, BACKUPS_DIR_NAME);
}

/** 20261201T083000.000Z: ISO 8601 basic format, UTC, safe in file names on every system. */
export function backupStamp(now: number): string {
  return new Date(now).toISOString().replace(/[-:]/g, '');
}

export function backupFileName(now: number, reason: BackupReason, n = 0): string {
  return `dispatch-analytics-${backupStamp(now)}-${reason}${n > 0 ? `-${n}` : ''}.sqlite`;
}

export function parseBackupName(file: string): { createdAt: number; reason: BackupReason } | null {
  const m = NAME.exec(file);
  if (!m) return null;
  const reason = m[2] as BackupReason;
  if (!BACKUP_REASONS.includes(reason)) return null;
  const s = m[1]!;
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13)}`;
  const createdAt = Date.parse(iso);
  return Number.isFinite(createdAt) ? { createdAt, reason } : null;
}

/** The backups of the data folder, newest first (an absent folder is an empty list). */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupsDirOf(dataDir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const found: BackupInfo[] = [];
  for (const file of names) {
    const parsed = parseBackupName(file);
    if (!parsed) continue;
    const path = join(dir, file);
    try {
      const st = statSync(path);
      if (st.isFile()) found.push({ file, path, ...parsed, size: st.size });
    } catch {
      // removed meanwhile
    }
  }
  return found.sort((a, b) => b.createdAt - a.createdAt || b.file.localeCompare(a.file));
}

/**
 * Deletes the daily backups beyond the `keep` newest; returns the names deleted. Only daily ones: counting every
 * kind together deleted the one that mattered (the switch backup) after a week of daily ones. `justWritten` is
 * never deleted and counts as one of the kept, whatever its date says (a clock set back dates it before the
 * others); the others are ranked by the date in their names.
 */
export function rotateBackups(dataDir: string, keep: number, justWritten?: string): string[] {
  const daily = listBackups(dataDir).filter((b) => b.reason === ROTATED_REASON);
  const others = daily.filter((b) => b.path !== justWritten);
  const room = Math.max(0, Math.floor(keep) - (others.length < daily.length ? 1 : 0));
  const old = others.slice(room);
  for (const b of old) rmSync(b.path, { force: true });
  return old.map((b) => b.file);
}
