// The dashboard and insights commands read the insight thresholds stored by the app's settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardJson, InsightsJson } from '../../src/shared/analytics-types';
import { storePathIn } from '../../src/main/platform/app-paths';
import { readSettings, writeSettings } from '../../src/main/settings';
import { openStore } from '../../src/main/store/open-store';
import { cliSandbox, NOW, type CliSandbox } from './run-cli';

let cli: CliSandbox;
beforeAll(async () => {
  cli = cliSandbox();
  expect((await cli.run('demo', 'seed', '--days', '40', '--seed', '3')).code).toBe(0);
});
afterAll(() => cli.dispose());

function storeThresholds(t: Partial<ReturnType<typeof readSettings>['analytics']['insightThresholds']>) {
  const store = openStore(storePathIn(cli.dir));
  try {
    const analytics = readSettings(store.db).analytics;
    analytics.insightThresholds = { ...analytics.insightThresholds, ...t };
    writeSettings(store.db, { analytics }, NOW);
  } finally {
    store.close();
  }
}

describe('CLI and the stored insight thresholds', () => {
  it('dashboard --json: an insight disappears once its stored threshold is above the figure', async () => {
    const before = await cli.json<DashboardJson>('dashboard', '--period', '30d', '--json');
    const perDay = before.summary.total_bookings / before.trends.length;
    expect(perDay).toBeGreaterThan(50); // the demo's volume
    const high = before.insights.find((i) => i.rule === 'volume_high');
    expect(high).toBeDefined();
    expect((await cli.run('dashboard', '--period', '30d')).stdout).toContain(high!.title);

    storeThresholds({ highVolumePerDay: Math.ceil(perDay) + 1 });
    const after = await cli.json<DashboardJson>('dashboard', '--period', '30d', '--json');
    expect(after.insights.map((i) => i.rule)).not.toContain('volume_high');
    expect(after.summary).toEqual(before.summary);
    expect((await cli.run('dashboard', '--period', '30d')).stdout).not.toContain(high!.title);
    storeThresholds({ highVolumePerDay: 50 });
  });

  it('insights: the weekday pattern follows the stored threshold', async () => {
    storeThresholds({ weekdayHighDelayMinutes: 1440 });
    const none = await cli.json<InsightsJson>('insights', '--json');
    expect(none.patterns.map((p) => p.type)).not.toContain('high_delay_day');
    storeThresholds({ weekdayHighDelayMinutes: 0 });
    const all = await cli.json<InsightsJson>('insights', '--json');
    expect(all.patterns.map((p) => p.type)).toContain('high_delay_day');
  });
});
