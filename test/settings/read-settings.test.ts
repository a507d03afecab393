import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultSettings,
  readSettings,
  SETTINGS_LEAVES,
  SETTINGS_SECTIONS,
  writeSettings,
} from '../../src/main/settings';
import { setSetting } from '../../src/main/store/repos/settings-repo';
import { DEFAULT_INSIGHT_THRESHOLDS } from '../../src/shared/analytics-types';
import { createTestDb, type TestDb } from '../helpers/test-db';

let t: TestDb | undefined;
afterEach(() => {
  t?.dispose();
  t = undefined;
});

describe('settings schema', () => {
  it('gives every field of every section a default (a store with no settings reads whole)', () => {
    for (const leaf of SETTINGS_LEAVES) {
      expect(leaf.schema.safeParse(undefined).success, leaf.path).toBe(true);
    }
    for (const [name, schema] of Object.entries(SETTINGS_SECTIONS)) {
      expect(schema.safeParse({}).success, name).toBe(true);
    }
    expect(defaultSettings()).toMatchObject({
      server: { url: null, email: null },
      sync: { historyDays: 90, windowDays: 14, intervalMinutes: 15, concurrency: 6 },
      analytics: {
        onTimeThresholdMinutes: 5,
        timeZone: 'Europe/Zurich',
        insightThresholds: DEFAULT_INSIGHT_THRESHOLDS,
      },
      ui: { language: 'fr', theme: 'system' },
      shell: { windowBounds: null },
      backups: { keep: 7 },
    });
  });

  it('reads a row field by field: a bad field falls back alone, the others are kept, unknown ones ignored', () => {
    t = createTestDb();
    setSetting(t.db, 'sync', { historyDays: 'ninety', intervalMinutes: 30, windowDays: 3.5, extra: 1 }, 1);
    setSetting(
      t.db,
      'analytics',
      {
        onTimeThresholdMinutes: 8,
        timeZone: 'Mars/Olympus',
        insightThresholds: { lowQuality: 55, trendMinDays: -2 },
      },
      1,
    );
    setSetting(t.db, 'ui', { language: 'de', theme: 'dark' }, 1);
    setSetting(t.db, 'server', { url: 'http://remote.example', email: 'a@b.ch' }, 1);
    setSetting(t.db, 'backups', 'not an object', 1);
    const s = readSettings(t.db);
    expect(s.sync).toEqual({ historyDays: 90, windowDays: 14, intervalMinutes: 30, concurrency: 6 });
    expect(s.analytics.onTimeThresholdMinutes).toBe(8);
    expect(s.analytics.timeZone).toBe('Europe/Zurich');
    expect(s.analytics.insightThresholds).toEqual({ ...DEFAULT_INSIGHT_THRESHOLDS, lowQuality: 55 });
    expect(s.ui).toEqual({ language: 'fr', theme: 'dark' });
    // A stored address that breaks the URL rule is not used (the password would go out in clear text).
    expect(s.server).toEqual({ url: null, email: 'a@b.ch' });
    expect(s.backups).toEqual({ keep: 7 });
  });

  it('a row that is not JSON reads as the defaults; written sections read back', () => {
    t = createTestDb();
    t.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('sync', '{oops', 1)").run();
    expect(readSettings(t.db).sync.historyDays).toBe(90);
    writeSettings(t.db, { sync: { ...defaultSettings().sync, historyDays: 30 } }, 2);
    expect(readSettings(t.db).sync.historyDays).toBe(30);
  });
});

describe('mail, reports and exports sections', () => {
  it('are read like every section: an invalid stored row reads as defaults field by field', () => {
    t = createTestDb();
    setSetting(
      t.db,
      'mail',
      { host: 'smtp.example.ch', port: 'abc', security: 'ssl', user: 'ops', from: 'not an address' },
      1,
    );
    setSetting(
      t.db,
      'reports',
      {
        daily: { enabled: true, time: '25:00', recipients: 'a@x.ch:en' },
        weekly: 'broken',
        catchUpDays: 61,
        sendWhenEmpty: 'yes please',
        holdWhenStale: true,
      },
      1,
    );
    setSetting(t.db, 'exports', { csvDelimiter: ';', csvDecimal: '#' }, 1);
    const s = readSettings(t.db);
    expect(s.mail).toEqual({
      host: 'smtp.example.ch',
      port: 587,
      security: 'starttls',
      user: 'ops',
      from: '',
    });
    expect(s.reports).toEqual({
      daily: { enabled: true, time: '08:00', recipients: 'a@x.ch:en', attachPdf: false },
      weekly: {
        enabled: false,
        weekday: 1,
        time: '09:00',
        recipients: '',
        attachXlsx: false,
        attachPdf: false,
        attachXlsxTrips: false,
      },
      catchUpDays: 7,
      sendWhenEmpty: false,
      holdWhenStale: true,
      chromiumPath: '',
      dashboardUrl: '',
    });
    expect(s.exports).toEqual({ csvDelimiter: ';', csvDecimal: 'auto' });
  });

  it('have a settable leaf for every key of the reports and exports settings', () => {
    const paths = SETTINGS_LEAVES.map((l) => l.path);
    for (const key of [
      'mail.host',
      'mail.port',
      'mail.security',
      'mail.user',
      'mail.from',
      'reports.daily.enabled',
      'reports.daily.time',
      'reports.daily.recipients',
      'reports.weekly.enabled',
      'reports.weekly.weekday',
      'reports.weekly.time',
      'reports.weekly.recipients',
      'reports.catchUpDays',
      'reports.sendWhenEmpty',
      'reports.holdWhenStale',
      'exports.csvDelimiter',
      'exports.csvDecimal',
    ]) {
      expect(paths, key).toContain(key);
    }
    expect(paths.filter((p) => /password/i.test(p))).toEqual([]);
  });
});
