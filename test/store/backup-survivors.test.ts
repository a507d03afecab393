// Store bugs that once went unnoticed (a mutation probe): a backup dated in the future (one run with a wrong
// clock) taken for today's, a store left group-readable (0640) by an older version, and a stale -wal beside the
// store replayed into a restored one. Real files, the public backup API only.
import { chmodSync, copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { storePathIn } from '../../src/main/platform/app-paths';
import { backupIfDue, createBackup, listBackups, restoreBackup } from '../../src/main/store/backups';
import { openStore } from '../../src/main/store/open-store';
import { upsertCompany } from '../../src/main/store/repos/company-repo';
import { getSetting, setSetting } from '../../src/main/store/repos/settings-repo';

const T0 = Date.UTC(2026, 11, 1, 8, 30);
const DAY = 24 * 3600_000;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function dataDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'da-store-survivors-'));
  dirs.push(d);
  return d;
}
const mode = (path: string) => statSync(path).mode & 0o777;

describe('the daily backup after a run with a wrong clock', () => {
  it('a backup dated three days ahead is not today’s: the daily backup is still taken', async () => {
    const dir = dataDir();
    const store = openStore(storePathIn(dir));
    try {
      upsertCompany(store.db, { id: 1, name: 'Ambulances Léman', serviceArea: null }, { now: T0 });
      await createBackup(store, { reason: 'daily', now: T0 + 3 * DAY });
      expect((await backupIfDue(store, T0, 7))?.reason).toBe('daily');
      expect(listBackups(dir).map((b) => b.createdAt)).toContain(T0);
    } finally {
      store.close();
    }
  });
});

describe.runIf(process.platform !== 'win32')(
  'a store left readable by its group (0640) by an older version',
  () => {
    it('is tightened to 0600, its folder to 0700, at the next open', () => {
      const dir = dataDir();
      const path = storePathIn(dir);
      openStore(path).close();
      chmodSync(path, 0o640);
      chmodSync(dirname(path), 0o750);
      openStore(path).close();
      expect(mode(path)).toBe(0o600);
      expect(mode(dirname(path))).toBe(0o700);
    });
  },
);

describe('a stale -wal beside the store at restore time', () => {
  it('is never replayed into the restored store', async () => {
    const dir = dataDir();
    const path = storePathIn(dir);
    const store = openStore(path);
    setSetting(store.db, 'marker', 'in the backup', T0);
    const backup = await createBackup(store, { reason: 'manual', now: T0 });
    setSetting(store.db, 'marker', 'only in the stale wal', T0 + 1);
    // What a crash leaves: the -wal holding commits not yet in the main file.
    const stale = join(dir, 'stale-wal');
    copyFileSync(`${path}-wal`, stale);
    store.close();
    rmSync(path); // the store itself is gone (deleted by hand, lost), its -wal is not
    copyFileSync(stale, `${path}-wal`);

    await restoreBackup(dir, backup.path, T0 + 2);
    const restored = openStore(path);
    try {
      expect(getSetting(restored.db, 'marker', null)).toBe('in the backup');
      expect(restored.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      restored.close();
    }
  });
});
