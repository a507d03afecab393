// Backups at their edges, in process on real files (the `backup` CLI tests run the built bundle): when the daily
// backup is due to the millisecond, which files count as backups, rotation around the file just written, where a
// name given to `restore` is looked for, what restore refuses before touching anything, and a failed backup
// leaving no partial file behind.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { storePathIn } from '../../src/main/platform/app-paths';
import {
  backupBeforeSourceSwitch,
  backupIfDue,
  BackupRestoreError,
  createBackup,
  createBackupSync,
  listBackups,
  resolveBackupFile,
  restoreBackup,
  rotateBackups,
} from '../../src/main/store/backups';
import { openStore } from '../../src/main/store/open-store';
import { upsertCompany } from '../../src/main/store/repos/company-repo';
import { translateMessage } from '../../src/shared/i18n';

const T0 = Date.UTC(2026, 11, 1, 8, 30);
const DAY = 24 * 3600_000;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function dataDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'da-backup-edges-'));
  dirs.push(d);
  return d;
}
function storeWithCompany(dir: string) {
  const store = openStore(storePathIn(dir));
  upsertCompany(store.db, { id: 1, name: 'Ambulances Léman', serviceArea: null }, { now: T0 });
  return store;
}
const backupsIn = (dir: string) => readdirSync(join(dir, 'backups')).sort();

describe('backupIfDue', () => {
  it('due when the newest daily backup is exactly a day old, not a millisecond before', async () => {
    const dir = dataDir();
    const store = storeWithCompany(dir);
    try {
      await createBackup(store, { reason: 'daily', now: T0 });
      expect(await backupIfDue(store, T0, 7)).toBeNull();
      expect(await backupIfDue(store, T0 + DAY - 1, 7)).toBeNull();
      expect((await backupIfDue(store, T0 + DAY, 7))?.createdAt).toBe(T0 + DAY);
    } finally {
      store.close();
    }
  });

  it('only daily backups count: a manual or switch backup of today does not replace it', async () => {
    const dir = dataDir();
    const store = storeWithCompany(dir);
    try {
      await createBackup(store, { reason: 'manual', now: T0 });
      await backupBeforeSourceSwitch(store, T0 + 1);
      expect((await backupIfDue(store, T0 + 2, 7))?.reason).toBe('daily');
      expect(listBackups(dir).map((b) => b.reason)).toEqual(['daily', 'switch', 'manual']);
    } finally {
      store.close();
    }
  });

  it('keep 0 (or less) takes none', async () => {
    const dir = dataDir();
    const store = storeWithCompany(dir);
    try {
      expect(await backupIfDue(store, T0, 0)).toBeNull();
      expect(await backupIfDue(store, T0, -1)).toBeNull();
      expect(listBackups(dir)).toEqual([]);
      // keep 1: one daily backup, the next day's replaces it.
      await backupIfDue(store, T0, 1);
      await backupIfDue(store, T0 + DAY, 1);
      expect(listBackups(dir).map((b) => b.createdAt)).toEqual([T0 + DAY]);
    } finally {
      store.close();
    }
  });
});

describe('listBackups', () => {
  it('only this app’s backup files, newest first; the same instant ordered by name', async () => {
    const dir = dataDir();
    const store = storeWithCompany(dir);
    try {
      const a = await createBackup(store, { reason: 'daily', now: T0 });
      const b = await createBackup(store, { reason: 'manual', now: T0 });
      const c = await createBackup(store, { reason: 'daily', now: T0 + 1 });
      const b1 = await createBackup(store, { reason: 'manual', now: T0 - 1 });
      const b2 = await createBackup(store, { reason: 'manual', now: T0 - 1 });
      expect(b2.file).toBe('dispatch-analytics-20261201T082959.999Z-manual-1.sqlite');
      const folder = join(dir, 'backups');
      writeFileSync(join(folder, 'notes.txt'), 'x');
      writeFileSync(join(folder, 'dispatch-analytics-20261201T083000.000Z-weird.sqlite'), 'x');
      writeFileSync(join(folder, 'dispatch-analytics-20261399T083000.000Z-manual.sqlite'), 'x');
      writeFileSync(join(folder, 'xdispatch-analytics-20261201T083000.000Z-manual.sqlite'), 'x');
      writeFileSync(join(folder, 'dispatch-analytics-20261201T083000.000Z-manual.sqlite.bak'), 'x');
      mkdirSync(join(folder, 'dispatch-analytics-20261201T090000.000Z-manual.sqlite'));
      const listed = listBackups(dir);
      expect(listed.map((x) => x.file).slice(0, 3)).toEqual([c.file, b.file, a.file]);
      expect(
        listed
          .slice(3)
          .map((x) => x.file)
          .sort(),
      ).toEqual([b1.file, b2.file].sort());
      expect(listed[0]).toEqual({ ...c });
      expect(listed[2]!.size).toBeGreaterThan(0);
    } finally {
      store.close();
    }
    expect(listBackups(join(dir, 'nowhere'))).toEqual([]);
  });
});

describe('rotateBackups', () => {
  it('with the clock set back, the file just written stays and counts as one of the kept', async () => {
    const dir = dataDir();
    const store = storeWithCompany(dir);
    try {
      for (let i = 1; i <= 4; i++)
        await createBackup(store, { reason: 'daily', now: T0 + i * DAY, keep: 99 });
      const early = await createBackup(store, { reason: 'daily', now: T0, keep: 99 });
      expect(rotateBackups(dir, 3, early.path)).toEqual([
        'dispatch-analytics-20261203T083000.000Z-daily.sqlite',
        'dispatch-analytics-20261202T083000.000Z-daily.sqlite',
      ]);
      expect(listBackups(dir).map((b) => b.createdAt)).toEqual([T0 + 4 * DAY, T0 + 3 * DAY, T0]);
      // Keep 0 around the file just written: the others go, it stays.
      rotateBackups(dir, 0, early.path);
      expect(listBackups(dir).map((b) => b.createdAt)).toEqual([T0]);
    } finally {
      store.close();
    }
  });

  it('without a file just written: the newest `keep` (a fraction rounded down), never another kind', async () => {
    const dir = dataDir();
    const store = storeWithCompany(dir);
    try {
      for (let i = 0; i < 4; i++) await createBackup(store, { reason: 'daily', now: T0 + i * DAY, keep: 99 });
      await createBackup(store, { reason: 'migration', now: T0 - DAY });
      expect(rotateBackups(dir, 2.9)).toHaveLength(2);
      expect(listBackups(dir).map((b) => [b.reason, b.createdAt])).toEqual([
        ['daily', T0 + 3 * DAY],
        ['daily', T0 + 2 * DAY],
        ['migration', T0 - DAY],
      ]);
      expect(rotateBackups(dir, 2)).toEqual([]);
    } finally {
      store.close();
    }
  });
});

describe('createBackupSync (before a migration)', () => {
  it('writes a complete copy with its reason, and rotates only a daily one', () => {
    const dir = dataDir();
    const store = storeWithCompany(dir);
    try {
      const info = createBackupSync(store, { reason: 'migration', now: T0 });
      expect(info).toMatchObject({ reason: 'migration', createdAt: T0 });
      const copy = new Database(info.path, { readonly: true });
      expect(copy.prepare('SELECT name FROM companies').get()).toEqual({ name: 'Ambulances Léman' });
      copy.close();
      for (let i = 0; i < 3; i++) createBackupSync(store, { reason: 'daily', now: T0 + i, keep: 2 });
      expect(listBackups(dir).map((b) => b.reason)).toEqual(['daily', 'daily', 'migration']);
    } finally {
      store.close();
    }
  });
});

describe('a backup that cannot be written', () => {
  it('throws and leaves no partial file behind', async () => {
    const dir = dataDir();
    const store = storeWithCompany(dir);
    store.close();
    await expect(createBackup(store, { reason: 'manual', now: T0 })).rejects.toThrow();
    expect(() => createBackupSync(store, { reason: 'migration', now: T0 })).toThrow();
    expect(backupsIn(dir)).toEqual([]);
  });
});

describe('resolveBackupFile', () => {
  it('a bare name of the backups folder is taken from there; anything else as a path', async () => {
    const dir = dataDir();
    const store = storeWithCompany(dir);
    const b = await createBackup(store, { reason: 'manual', now: T0 });
    store.close();
    expect(resolveBackupFile(dir, b.file)).toBe(b.path);
    expect(resolveBackupFile(dir, 'elsewhere.sqlite')).toBe(resolve('elsewhere.sqlite'));
    expect(resolveBackupFile(dir, `backups/${b.file}`)).toBe(resolve(`backups/${b.file}`));
    expect(resolveBackupFile(dir, '/abs/x.sqlite')).toBe('/abs/x.sqlite');
  });
});

describe('restoreBackup refuses before touching anything', () => {
  it('the store itself, with a sentence', async () => {
    const dir = dataDir();
    storeWithCompany(dir).close();
    const err = await restoreBackup(dir, storePathIn(dir), T0).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupRestoreError);
    expect(translateMessage('en', (err as BackupRestoreError).userMessage)).toContain('Nothing was changed');
    expect(
      readdirSync(dir).filter(
        (f) => f !== 'dispatch-analytics.sqlite' && !f.startsWith('dispatch-analytics.sqlite-'),
      ),
    ).toEqual([]);
  });

  it('restores into a folder without a store: no safety backup to take', async () => {
    const from = dataDir();
    const store = storeWithCompany(from);
    const b = await createBackup(store, { reason: 'manual', now: T0 });
    store.close();
    const to = join(dataDir(), 'new-folder');
    const result = await restoreBackup(to, b.path, T0 + 1);
    expect(result).toEqual({ restoredFrom: b.path, safetyBackup: null });
    const restored = new Database(storePathIn(to), { readonly: true });
    expect(restored.prepare('SELECT name FROM companies').get()).toEqual({ name: 'Ambulances Léman' });
    expect(restored.pragma('journal_mode', { simple: true })).toBe('delete');
    restored.close();
    expect(readdirSync(to).filter((f) => f.includes('restoring'))).toEqual([]);
  });
});
