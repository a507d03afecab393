import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { cliSandbox, TODAY, type CliSandbox } from './run-cli';
import { addDays } from '../../src/shared/time';
import type { OutlierDayJson } from '../../src/main/services/day-outliers-service';
import type { DispatchMetricsJson } from '../../src/shared/analytics-types';

type InsightsWithOutliers = { outliers: (OutlierDayJson & { message: string })[] };

let cli: CliSandbox;
const COLLAPSED = addDays(TODAY, -5); // a Tuesday
beforeAll(async () => {
  cli = cliSandbox();
  expect((await cli.run('demo', 'seed', '--days', '120', '--seed', '2')).code).toBe(0);
}, 120_000);
afterAll(() => cli.dispose());

describe('unusual days on a demo store', () => {
  it('critical days of the demo are only its real bad days (a day with twice the usual delay)', async () => {
    const res = await cli.json<InsightsWithOutliers>('insights', '--lookback-days', '60', '--json');
    const metrics = await cli.json<DispatchMetricsJson[]>(
      'metrics',
      '--from',
      addDays(TODAY, -59),
      '--to',
      TODAY,
      '--json',
    );
    const delays = metrics.map((m) => m.average_delay_minutes).sort((a, b) => a - b);
    const usual = delays[delays.length >> 1]!;
    const critical = res.outliers.filter((o) => o.severity === 'critical');
    for (const o of critical) {
      const day = metrics.find((m) => m.date === o.day)!;
      expect(day.average_delay_minutes).toBeGreaterThan(2 * usual);
    }
    expect(critical.length).toBeLessThanOrEqual(Math.ceil(60 * 0.08));
  });

  it('a collapsed day is the first insight, names the day, its baseline, hours and drivers', async () => {
    const db = new Database(join(cli.dir, 'dispatch-analytics.sqlite'));
    // Everyone 50 minutes late that day, from 11:00 on.
    db.prepare(
      `UPDATE bookings SET boarded_at = scheduled_at + 50 * 60000
       WHERE day = ? AND boarded_at IS NOT NULL AND CAST(time(scheduled_local) AS INTEGER) >= 11`,
    ).run(COLLAPSED);
    db.close();
    expect((await cli.run('aggregate', '--from', COLLAPSED, '--to', addDays(COLLAPSED, 1))).code).toBe(0);

    // The week of the collapsed day: it comes first. (Over a month, a worse demo bad day may lead.)
    const res = await cli.json<InsightsWithOutliers>('insights', '--lookback-days', '7', '--json');
    const first = res.outliers[0]!;
    expect(first.day).toBe(COLLAPSED);
    expect(first.severity).toBe('critical');
    expect(first.metrics.map((m) => m.metric)).toContain('on_time_rate');
    const onTime = first.metrics.find((m) => m.metric === 'on_time_rate')!;
    expect(onTime.baseline - onTime.value).toBeGreaterThan(15);
    expect(first.delay_hours!.from).toBeGreaterThanOrEqual(11);
    expect(first.late_drivers).toBeGreaterThan(2);
    expect(first.trips).toEqual({ from: COLLAPSED, to: COLLAPSED, outcome: 'delayed' });
    expect(first.message).toMatch(/^Mardi 10\.03\u00a0: /);
    expect(first.message).toContain('habituel');

    const month = await cli.json<InsightsWithOutliers>('insights', '--lookback-days', '30', '--json');
    expect(month.outliers.find((o) => o.day === COLLAPSED)?.severity).toBe('critical');
    const text = await cli.run('insights', '--lookback-days', '7', '--lang', 'en');
    expect(text.stdout).toContain('Unusual days');
    expect(text.stdout).toMatch(/• \[critical\] Tuesday 10 Mar: /);
  });
});
