// Finding 10: a store that cannot be written, a full disk, a damaged file and a newer schema each get a sentence
// naming the file and what to do, in French and English, in the CLI, `serve` and the API — real files each time.
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/main';
import { openStore, type Store } from '../../src/main/store/open-store';
import { storePathIn } from '../../src/main/app-paths';
import { createApiFixture } from '../api/helpers/api-fixture';
import type { AnalyticsPort } from '../../src/main/api/analytics-port';

const NOW = Date.UTC(2026, 2, 15, 10, 0);
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'da-failures-'));
  dirs.push(d);
  return d;
}

async function cli(args: string[], openStoreOverride?: (path: string) => Store) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    now: () => NOW,
    ...(openStoreOverride ? { openStore: openStoreOverride } : {}),
  });
  return { code, stdout, stderr };
}

async function seeded(): Promise<string> {
  const dataDir = tempDir();
  const r = await cli(['--data-dir', dataDir, 'demo', 'seed', '--days', '20', '--bookings-per-day', '20']);
  expect(r.code).toBe(0);
  return dataDir;
}

function expectOneSentence(r: { code: number; stderr: string }, ...parts: Array<string | RegExp>) {
  expect(r.code).toBe(1);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/inattendue|Unexpected|signalez|report it/i);
  for (const p of parts) expect(r.stderr).toMatch(p);
}

describe('store failures in the CLI', () => {
  it('a data folder that cannot be created (a path under a regular file): names it, says to check permissions', async () => {
    // Root ignores permission bits, so a read-only folder is made with a path that goes through a file (ENOTDIR).
    const file = join(tempDir(), 'plain-file');
    writeFileSync(file, 'x');
    const dataDir = join(file, 'data');
    const fr = await cli(['--data-dir', dataDir, 'demo', 'seed', '--days', '2']);
    expectOneSentence(fr, 'Impossible d’écrire dans', file, 'Vérifiez les droits');
    const en = await cli(['--data-dir', dataDir, '--lang', 'en', 'demo', 'seed', '--days', '2']);
    expectOneSentence(en, 'Cannot write to', file, "Check the data folder's permissions");
  });

  it('disk full (SQLITE_FULL from a tiny max_page_count): names the store, says to free space', async () => {
    const dataDir = tempDir();
    const tiny = (path: string) => {
      const store = openStore(path);
      const pages = store.sqlite.pragma('page_count', { simple: true }) as number;
      store.sqlite.pragma(`max_page_count = ${pages + 2}`);
      return store;
    };
    const fr = await cli(['--data-dir', dataDir, 'demo', 'seed', '--days', '30'], tiny);
    expectOneSentence(fr, 'Le disque est plein', storePathIn(dataDir), 'Libérez de la place');
    const en = await cli(['--data-dir', dataDir, '--lang', 'en', 'demo', 'seed', '--days', '30'], tiny);
    expectOneSentence(en, 'The disk is full', storePathIn(dataDir), 'Free some space');
  });

  it('a file that is not a database: names it, says to restore a backup with `backup restore`', async () => {
    const dataDir = tempDir();
    writeFileSync(storePathIn(dataDir), 'these are not the bytes of a SQLite file '.repeat(200));
    const before = readFileSync(storePathIn(dataDir));
    const fr = await cli(['--data-dir', dataDir, 'dashboard']);
    expectOneSentence(fr, 'endommagé', storePathIn(dataDir), 'dispatch-analytics backup restore');
    const en = await cli(['--data-dir', dataDir, '--lang', 'en', 'dashboard']);
    expectOneSentence(en, 'damaged', storePathIn(dataDir), 'dispatch-analytics backup restore FILE');
    // Nothing was written over it.
    expect(readFileSync(storePathIn(dataDir)).equals(before)).toBe(true);
  });

  it('a malformed database (pages overwritten): the same sentence, on open or on the first read', async () => {
    const dataDir = await seeded();
    const path = storePathIn(dataDir);
    const size = statSync(path).size;
    expect(size).toBeGreaterThan(64 * 1024);
    // Keep the header page and the schema, scribble over the middle of the file.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(size / 2, 0xab), 0, size / 2, 8192);
    closeSync(fd);
    const r = await cli(['--data-dir', dataDir, 'dashboard', '--period', '90d']);
    expectOneSentence(r, 'endommagé', path, 'backup restore');
  });

  it('a store from a newer version (more migrations applied than shipped): refused unchanged, says what to do', async () => {
    const dataDir = await seeded();
    const store = openStore(storePathIn(dataDir));
    store.sqlite
      .prepare(
        "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', 9999999999999)",
      )
      .run();
    store.close();
    const fr = await cli(['--data-dir', dataDir, 'dashboard']);
    expectOneSentence(
      fr,
      'version plus récente',
      storePathIn(dataDir),
      'Installez la version récente',
      'backup restore',
    );
    const en = await cli(['--data-dir', dataDir, '--lang', 'en', 'dashboard']);
    expectOneSentence(en, 'newer version', 'Install the newer version');
  });

  it('`serve` on a damaged store stops with the sentence, before listening', async () => {
    const dataDir = tempDir();
    writeFileSync(storePathIn(dataDir), 'garbage '.repeat(1000));
    const r = await cli(['--data-dir', dataDir, 'serve', '--no-open', '--no-sync']);
    expectOneSentence(r, 'endommagé', storePathIn(dataDir));
    expect(r.stdout).not.toContain('http://');
  });
});

describe('store failures in the API', () => {
  it('a write failing with SQLITE_FULL answers an external error naming the store, in the app’s language', async () => {
    // The analytics port does a real write on the real store, whose size is capped: SQLite itself says FULL.
    let store: Store | null = null;
    const writeTooMuch = () => {
      const sqlite = store!.sqlite;
      sqlite.exec('CREATE TABLE IF NOT EXISTS filler (b BLOB)');
      sqlite.pragma(`max_page_count = ${(sqlite.pragma('page_count', { simple: true }) as number) + 1}`);
      sqlite.prepare('INSERT INTO filler VALUES (?)').run(Buffer.alloc(256 * 1024));
      throw new Error('unreachable: the insert must fail');
    };
    const analytics = new Proxy({} as AnalyticsPort, { get: () => writeTooMuch });
    const f = createApiFixture({ analytics });
    store = f.store;
    try {
      const r = await f.handlers['analytics:get-dashboard']({ period: '7d' });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.kind).toBe('external');
      expect(r.error.code).toBe('store_full');
      expect(r.error.message).toContain('Le disque est plein');
      expect(r.error.message).toContain(f.store.path);
    } finally {
      await f.dispose();
    }
  });
});
