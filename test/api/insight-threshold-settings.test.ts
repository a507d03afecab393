// The insight thresholds as settings: stored in 'analytics', validated per field, and applied when the dashboard
// and insights are read (no re-aggregation).
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS_SETTINGS, DEFAULT_INSIGHT_THRESHOLDS } from '../../src/shared/analytics-types';
import { settingsViewSchema } from '../../src/shared/api-contract';
import { analyticsServices } from '../../src/main/api/analytics-port';
import { readSettings } from '../../src/main/settings';
import type { SettingsChange } from '../../src/main/api/settings-update';
import { seedDemo } from '../../src/main/demo/seed-demo';
import { setSetting } from '../../src/main/store/repos/settings-repo';
import { createApiFixture, FIXED_NOW, unreachableAnalytics } from './helpers/api-fixture';

let fixture: ReturnType<typeof createApiFixture>;
afterEach(async () => fixture?.dispose());

const settingsRows = () => fixture.store.sqlite.prepare('SELECT key, value FROM settings ORDER BY key').all();

async function update(input: unknown) {
  const res = await fixture.handlers['settings:update-settings'](input);
  if (!res.ok) throw new Error(`call failed: ${res.error.message}`);
  return res.data;
}

describe('insight thresholds in the settings', () => {
  it('reads as the documented defaults, then a partial update changes only the fields given', async () => {
    const changes: SettingsChange[] = [];
    fixture = createApiFixture({
      analytics: unreachableAnalytics,
      onSettingsChanged: (c) => void changes.push(c),
    });
    const first = await fixture.handlers['settings:get-settings']({});
    if (!first.ok) throw new Error('get failed');
    expect(settingsViewSchema.parse(first.data)).toEqual(first.data);
    expect(first.data.insightThresholds).toEqual({
      lowOnTimeRate: 70,
      excellentOnTimeRate: 90,
      highAvgDelayMinutes: 15,
      trendMinDays: 7,
      trendWindowDays: 7,
      trendChangePercent: 10,
      patternDayDelayMinutes: 20,
      patternDayShare: 1 / 3,
      excellentQuality: 85,
      lowQuality: 60,
      weekdayHighDelayMinutes: 10,
    });

    const res = await update({ insightThresholds: { lowOnTimeRate: 75.5, trendMinDays: 14 } });
    if (!res.ok) throw new Error(JSON.stringify(res.fieldErrors));
    expect(res.settings.insightThresholds).toEqual({
      ...DEFAULT_INSIGHT_THRESHOLDS,
      lowOnTimeRate: 75.5,
      trendMinDays: 14,
    });
    expect(readSettings(fixture.store.db).analytics).toEqual({
      ...DEFAULT_ANALYTICS_SETTINGS,
      insightThresholds: { ...DEFAULT_INSIGHT_THRESHOLDS, lowOnTimeRate: 75.5, trendMinDays: 14 },
    });
    // Applied at read time: the app is told, but nothing asks for a re-aggregation.
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ insightThresholds: true, analytics: false });

    await update({ insightThresholds: { lowOnTimeRate: 75.5 } });
    expect(changes[1]).toMatchObject({ insightThresholds: false, analytics: false });
    await update({ onTimeThresholdMinutes: 8 });
    expect(changes[2]).toMatchObject({ insightThresholds: false, analytics: true });
    expect(readSettings(fixture.store.db).analytics.insightThresholds.trendMinDays).toBe(14);
  });

  it('reads an older store without thresholds, or with some missing or mistyped, as the defaults', async () => {
    fixture = createApiFixture({ analytics: unreachableAnalytics });
    setSetting(
      fixture.store.db,
      'analytics',
      { onTimeThresholdMinutes: 6, timeZone: 'Europe/Paris' },
      FIXED_NOW,
    );
    expect(readSettings(fixture.store.db).analytics).toEqual({
      onTimeThresholdMinutes: 6,
      timeZone: 'Europe/Paris',
      insightThresholds: DEFAULT_INSIGHT_THRESHOLDS,
    });
    // A store written before volume followed the office's history still holds lowVolumePerDay and
    // highVolumePerDay: they are ignored without error, and the next write of the section drops them.
    setSetting(
      fixture.store.db,
      'analytics',
      {
        onTimeThresholdMinutes: 6,
        insightThresholds: {
          lowQuality: 50,
          excellentQuality: '95',
          lowVolumePerDay: 10,
          highVolumePerDay: 50,
        },
      },
      FIXED_NOW,
    );
    expect(readSettings(fixture.store.db).analytics.insightThresholds).toEqual({
      ...DEFAULT_INSIGHT_THRESHOLDS,
      lowQuality: 50,
    });
    expect(await update({ insightThresholds: { lowQuality: 55 } })).toMatchObject({ ok: true });
    const stored = settingsRows().find((r) => (r as { key: string }).key === 'analytics') as {
      value: string;
    };
    expect(stored.value).toContain('"lowQuality":55');
    expect(stored.value).not.toMatch(/VolumePerDay/);
  });

  it('answers one error per wrong field, in the UI language, and writes nothing', async () => {
    fixture = createApiFixture({ analytics: unreachableAnalytics });
    const bad = await update({
      historyDays: 30,
      insightThresholds: {
        lowOnTimeRate: 101,
        highAvgDelayMinutes: -1,
        trendMinDays: 2.5,
        patternDayShare: 1.5,
        excellentQuality: 55, // below the stored low (60)
      },
    });
    if (bad.ok) throw new Error('expected field errors');
    expect(bad.fieldErrors).toEqual({
      'insightThresholds.lowOnTimeRate': 'Saisissez un nombre entre 0 et 100.',
      'insightThresholds.highAvgDelayMinutes': 'Saisissez un nombre entre 0 et 1440.',
      'insightThresholds.trendMinDays': 'Saisissez un nombre entier entre 1 et 365.',
      'insightThresholds.patternDayShare': 'Saisissez un nombre entre 0 et 1.',
      'insightThresholds.excellentQuality': 'Doit être supérieur au seuil bas (60).',
    });
    expect(settingsRows()).toEqual([]);

    await update({ language: 'en' });
    const before = settingsRows();
    // Both sides of a pair changed into the wrong order: both fields say so.
    const en = await update({
      insightThresholds: { lowOnTimeRate: 95, excellentOnTimeRate: 80, lowQuality: 20 },
    });
    expect(en).toEqual({
      ok: false,
      fieldErrors: {
        'insightThresholds.lowOnTimeRate': 'Must be below the high threshold (80).',
        'insightThresholds.excellentOnTimeRate': 'Must be above the low threshold (95).',
      },
    });
    expect(settingsRows()).toEqual(before);
    expect(readSettings(fixture.store.db).analytics.insightThresholds).toEqual(DEFAULT_INSIGHT_THRESHOLDS);
  });

  it('refuses a wrong type or an unknown threshold as a validation error of the call', async () => {
    fixture = createApiFixture({ analytics: unreachableAnalytics });
    for (const input of [
      { insightThresholds: { lowQuality: '50' } },
      { insightThresholds: { nope: 1 } },
      // removed: volume follows the office's own history (docs/analytics.md#volume-baseline)
      { insightThresholds: { highVolumePerDay: 50 } },
      { insightThresholds: 5 },
    ]) {
      expect(await fixture.handlers['settings:update-settings'](input)).toMatchObject({
        ok: false,
        error: { kind: 'validation' },
      });
    }
    expect(settingsRows()).toEqual([]);
  });
});

describe('dashboard and insights follow the stored thresholds', () => {
  it('an insight appears and disappears when its threshold moves past the figure', async () => {
    fixture = createApiFixture({ analytics: analyticsServices });
    seedDemo(fixture.store.db, {
      seed: 7,
      days: 60,
      endDay: '2026-03-10',
      bookingsPerDay: 40,
      now: FIXED_NOW,
      settings: DEFAULT_ANALYTICS_SETTINGS,
    });
    const dashboard = async () => {
      const res = await fixture.handlers['analytics:get-dashboard']({ period: '30d' });
      if (!res.ok) throw new Error(res.error.message);
      return res.data;
    };
    const rules = async () => (await dashboard()).insights.map((i) => i.rule);
    const before = await dashboard();
    // (The example was the fixed 50/day « Volume élevé », gone: volume follows the office's own history.)
    const delay = before.summary.avg_delay_minutes;
    expect(delay).toBeGreaterThan(1);
    expect(delay).toBeLessThan(15);
    expect(before.insights.map((i) => i.rule)).not.toContain('delay_high');

    const metricsRows = () => fixture.store.sqlite.prepare('SELECT * FROM daily_stats ORDER BY date').all();
    const stored = metricsRows();
    expect(await update({ insightThresholds: { highAvgDelayMinutes: Math.floor(delay) - 1 } })).toMatchObject(
      {
        ok: true,
      },
    );
    const high = (await dashboard()).insights.find((i) => i.rule === 'delay_high');
    expect(high).toMatchObject({ type: 'warning', category: 'delays' });
    expect(high!.trips).toEqual({ from: before.period.start, to: before.period.end, outcome: 'delayed' });
    // Nothing was re-aggregated: the thresholds live only in the read.
    expect(metricsRows()).toEqual(stored);

    await update({ insightThresholds: { highAvgDelayMinutes: 15 } });
    expect(await rules()).not.toContain('delay_high');

    // A warning whose text names the threshold: the text follows the setting.
    const onTime = before.summary.avg_on_time_rate;
    expect(before.insights.map((i) => i.rule)).not.toContain('punctuality_low');
    await update({ insightThresholds: { lowOnTimeRate: 99.5, excellentOnTimeRate: 99.9 } });
    expect(onTime).toBeLessThan(99.5);
    const low = (await dashboard()).insights.find((i) => i.rule === 'punctuality_low');
    expect(low?.message).toContain('99,5\u00a0%');
    await update({ insightThresholds: { lowOnTimeRate: 70, excellentOnTimeRate: 90 } });
    expect(await rules()).not.toContain('punctuality_low');

    // The weekday analysis too (insights channel).
    const patterns = async () => {
      const res = await fixture.handlers['analytics:get-insights']({ lookbackDays: 30 });
      if (!res.ok) throw new Error(res.error.message);
      return res.data.patterns.map((p) => p.type);
    };
    await update({ insightThresholds: { weekdayHighDelayMinutes: 1440 } });
    expect(await patterns()).not.toContain('high_delay_day');
    await update({ insightThresholds: { weekdayHighDelayMinutes: 0 } });
    expect(await patterns()).toContain('high_delay_day');
  });
});
