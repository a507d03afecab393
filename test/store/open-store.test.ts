import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/main/store/open-store';
import { createTestDb, type TestDb } from '../helpers/test-db';

describe('openStore', () => {
  let t: TestDb | undefined;
  afterEach(() => t?.dispose());

  it('applies the migrations on an empty store, in WAL with foreign keys on', () => {
    t = createTestDb();
    const tables = t.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
      .all()
      .map((r) => (r as { name: string }).name);
    expect(tables).toEqual(
      expect.arrayContaining(['bookings', 'dispatch_metrics', 'drivers', 'settings', 'sync_days']),
    );
    expect(t.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(t.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const metricsCols = t.sqlite.prepare('PRAGMA table_info(dispatch_metrics)').all();
    expect(metricsCols).toHaveLength(21);
    // daily_stats: the design's 11 columns, a view over dispatch_metrics (one stored daily row, migration 0005)
    expect(t.sqlite.prepare("SELECT type FROM sqlite_master WHERE name = 'daily_stats'").pluck().get()).toBe(
      'view',
    );
    expect(t.sqlite.prepare('PRAGMA table_info(daily_stats)').all()).toHaveLength(11);
  });

  it('re-opens an existing store without re-applying or losing rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'da-reopen-'));
    try {
      const path = join(dir, 'store.sqlite');
      const first = openStore(path);
      first.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('k', '1', 0)").run();
      first.close();
      const second = openStore(path);
      expect(second.sqlite.prepare('SELECT value FROM settings WHERE key = ?').get('k')).toEqual({
        value: '1',
      });
      second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a store whose applied migrations disagree with the shipped journal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'da-mismatch-'));
    try {
      const path = join(dir, 'store.sqlite');
      const first = openStore(path);
      first.sqlite
        .prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', 9999999999999)")
        .run();
      first.close();
      expect(() => openStore(path)).toThrow(/version plus récente/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
