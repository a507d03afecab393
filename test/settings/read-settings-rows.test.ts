// Stored rows read field by field (a hand-edited or older row never loses its good fields), and writes that touch
// only the sections given. Real SQLite file.
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultSettings,
  readSection,
  readSettings,
  sectionFrom,
  writeSettings,
} from '../../src/main/settings';
import { setSetting } from '../../src/main/store/repos/settings-repo';
import { createTestDb, type TestDb } from '../helpers/test-db';

let t: TestDb | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
});

describe('reading stored rows', () => {
  it('a nested object that is not an object reads as its defaults, its siblings kept', () => {
    t = createTestDb();
    setSetting(
      t.db,
      'reports',
      { daily: null, weekly: { enabled: true, weekday: 5, time: '9:00' }, catchUpDays: 3 },
      1,
    );
    const r = readSection(t.db, 'reports');
    expect(r.daily).toEqual(defaultSettings().reports.daily);
    expect(r.weekly).toMatchObject({ enabled: true, weekday: 5, time: '09:00' });
    expect(r.catchUpDays).toBe(3);
    expect(sectionFrom('analytics', { insightThresholds: 'none' }).insightThresholds).toEqual(
      defaultSettings().analytics.insightThresholds,
    );
  });

  it('a stored null, number or string section reads as the defaults', () => {
    for (const stored of [null, 42, 'sync', true]) {
      expect(sectionFrom('sync', stored), JSON.stringify(stored)).toEqual(defaultSettings().sync);
    }
  });
});

describe('writing', () => {
  it('writes only the sections given, skipping one given as undefined', () => {
    t = createTestDb();
    const ui = { language: 'en', theme: 'dark' } as const;
    writeSettings(t.db, { ui, sync: undefined }, 5);
    expect(t.sqlite.prepare('SELECT key, updated_at FROM settings').all()).toEqual([
      { key: 'ui', updated_at: 5 },
    ]);
    expect(readSettings(t.db).ui).toEqual(ui);
  });
});
