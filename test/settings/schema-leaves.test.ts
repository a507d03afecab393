// What the settings walk finds in the section schemas: which fields are leaves, of what kind (so `settings set`
// parses "90", "0,33", "oui"), whether they may be empty, their choices and bounds (for the messages). The
// Settings screen, `settings get/set` and the API's `values` all follow from this list.
import { describe, expect, it } from 'vitest';
import { findLeaf, getAtPath, SETTINGS_LEAVES, defaultSettings } from '../../src/main/settings';
import { objectShape, unwrap } from '../../src/main/settings/schema-walk';
import { z } from 'zod';

const leaf = (path: string) => findLeaf(path);

describe('settings leaves', () => {
  it('know the kind of each field', () => {
    const kinds = Object.fromEntries(SETTINGS_LEAVES.map((l) => [l.path, l.kind]));
    expect(kinds).toMatchObject({
      'sync.historyDays': 'integer',
      'mail.port': 'integer',
      'reports.weekly.weekday': 'integer',
      'analytics.insightThresholds.trendMinDays': 'integer',
      'analytics.insightThresholds.patternDayShare': 'number',
      'analytics.timeZone': 'string',
      'mail.host': 'string',
      'server.url': 'string',
      'reports.daily.enabled': 'boolean',
      'shell.keepRunningInTray': 'boolean',
      'ui.theme': 'choice',
      'mail.security': 'choice',
      'shell.windowBounds': 'other',
      'exports.csvDelimiter': 'other',
    });
    expect(leaf('ui.theme')?.choices).toEqual(['light', 'dark', 'system']);
    expect(leaf('exports.csvDecimal')?.choices).toEqual(['auto', ',', '.']);
    expect(leaf('sync.historyDays')?.choices).toBeUndefined();
  });

  it('descend into sections and nested objects, but a nullable object is one leaf', () => {
    const paths = SETTINGS_LEAVES.map((l) => l.path);
    expect(paths).toContain('reports.daily.time');
    expect(paths).toContain('analytics.insightThresholds.lowQuality');
    expect(paths).not.toContain('reports.daily');
    expect(paths).not.toContain('analytics.insightThresholds');
    expect(paths).toContain('shell.windowBounds');
    expect(paths.filter((p) => p.startsWith('shell.windowBounds.'))).toEqual([]);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('know which fields may be empty, which are the app’s own, and the bounds of each number', () => {
    expect(SETTINGS_LEAVES.filter((l) => l.nullable).map((l) => l.path)).toEqual([
      'server.url',
      'server.email',
      'shell.windowBounds',
    ]);
    expect(SETTINGS_LEAVES.filter((l) => l.meta.internal).map((l) => l.path)).toEqual(['shell.windowBounds']);
    expect(leaf('sync.historyDays')?.meta).toEqual({ min: 7, max: 1830 });
    expect(leaf('analytics.timeZone')?.meta).toEqual({ zone: true });
    expect(leaf('mail.host')?.meta).toEqual({});
  });

  it('unwrap sees through defaults, optional, nullable and readonly wrappers', () => {
    const base = z.number();
    for (const [schema, nullable] of [
      [base.default(1), false],
      [base.optional(), false],
      [base.readonly(), false],
      [base.nullable().default(null), true],
      [base.optional().nullable(), true],
    ] as const) {
      expect(unwrap(schema)).toEqual({ base, nullable });
    }
    const a = base.default(1);
    expect(objectShape(z.object({ a }).prefault({}))).toEqual({ a });
    expect(objectShape(z.object({ a: base }).nullable())).toBeNull();
    expect(objectShape(base)).toBeNull();
  });

  it('getAtPath reads a dotted path, undefined past the end', () => {
    const s = defaultSettings();
    expect(getAtPath(s, 'reports.weekly.weekday')).toBe(1);
    expect(getAtPath(s, 'sync')).toEqual(s.sync);
    expect(getAtPath(s, 'sync.nope.deeper')).toBeUndefined();
  });
});
