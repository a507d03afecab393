// The sync-failing notice fires after shell.syncFailingNoticeMinutes (30 by default), read from the settings
// stored in a real SQLite store at each check, as desktop-duties.ts does: a changed value moves the notice.
import { afterEach, describe, expect, it } from 'vitest';
import { createNoticeWatcher, syncFailingAfterMsOf } from '../../src/main/electron/desktop-notices';
import { defaultSettings, readSettings, writeSettings } from '../../src/main/settings';
import { createTestDb, type TestDb } from '../helpers/test-db';

const MIN = 60_000;
const T0 = Date.parse('2026-12-07T08:00:00Z');
let t: TestDb | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
});

/** The kinds noticed at `minutes` after the sync began failing, with the stored threshold. */
function noticedAt(db: TestDb['db'], minutes: number): string[] {
  const watcher = createNoticeWatcher({ startedAt: T0 });
  return watcher
    .check({
      lang: 'fr',
      now: T0 + minutes * MIN,
      overview: null,
      syncFailingSince: T0,
      syncFailingAfterMs: syncFailingAfterMsOf(readSettings(db).shell),
    })
    .map((n) => n.kind);
}

describe('shell.syncFailingNoticeMinutes', () => {
  it('defaults to 30 minutes', () => {
    t = createTestDb();
    expect(readSettings(t.db).shell.syncFailingNoticeMinutes).toBe(30);
    expect(noticedAt(t.db, 29)).toEqual([]);
    expect(noticedAt(t.db, 30)).toEqual(['sync-failing']);
  });

  it('a changed value changes when the notice fires', () => {
    t = createTestDb();
    const shell = { ...defaultSettings().shell, syncFailingNoticeMinutes: 10 };
    writeSettings(t.db, { shell }, T0);
    expect(noticedAt(t.db, 9)).toEqual([]);
    expect(noticedAt(t.db, 10)).toEqual(['sync-failing']);
    writeSettings(t.db, { shell: { ...shell, syncFailingNoticeMinutes: 120 } }, T0);
    expect(noticedAt(t.db, 119)).toEqual([]);
  });
});
