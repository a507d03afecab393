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
  it('dashboard --json: an insight appears once its stored threshold is below the figure, and goes again', async () => {
    // (The example was the fixed 50/day « Volume élevé », gone: volume follows the office's own history.)
    const before = await cli.json<DashboardJson>('dashboard', '--period', '30d', '--json');
    const delay = before.summary.avg_delay_minutes;
    expect(delay).toBeGreaterThan(1);
    expect(delay).toBeLessThan(15);
    expect(before.insights.map((i) => i.rule)).not.toContain('delay_high');

    storeThresholds({ highAvgDelayMinutes: Math.floor(delay) - 1 });
    const after = await cli.json<DashboardJson>('dashboard', '--period', '30d', '--json');
    const high = after.insights.find((i) => i.rule === 'delay_high');
    expect(high).toBeDefined();
    expect(after.summary).toEqual(before.summary);
    expect((await cli.run('dashboard', '--period', '30d')).stdout).toContain(high!.title);

    storeThresholds({ highAvgDelayMinutes: 15 });
    const again = await cli.json<DashboardJson>('dashboard', '--period', '30d', '--json');
    expect(again.insights.map((i) => i.rule)).not.toContain('delay_high');
    expect((await cli.run('dashboard', '--period', '30d')).stdout).not.toContain(high!.title);
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
