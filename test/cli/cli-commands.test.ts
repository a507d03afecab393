import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliSandbox, TODAY, type CliSandbox } from './run-cli';
import type {
  DashboardJson,
  DispatchMetricsJson,
  InsightsJson,
  WeeklySummaryJson,
} from '../../src/shared/analytics-types';

let cli: CliSandbox;
let seeded: { code: number; stdout: string; stderr: string };
beforeAll(async () => {
  cli = cliSandbox();
  seeded = await cli.run('demo', 'seed', '--days', '120', '--seed', '5');
});
afterAll(() => cli.dispose());

const json = async <T>(...argv: string[]): Promise<T> => {
  const r = await cli.run(...argv);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
};

/** every number has at most 2 decimals */
const allRounded = (value: unknown): boolean =>
  typeof value === 'number'
    ? Math.abs(value * 100 - Math.round(value * 100)) < 1e-6
    : Array.isArray(value)
      ? value.every(allRounded)
      : value !== null && typeof value === 'object'
        ? Object.values(value).every(allRounded)
        : true;

describe('CLI on a demo store', () => {
  it('demo seed writes the days ending today and says so', () => {
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toMatch(/120 jours \(2025-11-16 → 2026-03-15\)/);
  });

  it('demo seed is idempotent for the same seed', async () => {
    const before = await json<DispatchMetricsJson[]>(
      'metrics',
      '--from',
      '2025-11-16',
      '--to',
      TODAY,
      '--json',
    );
    const again = await cli.run('demo', 'seed', '--days', '120', '--seed', '5');
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(seeded.stdout);
    expect(await json('metrics', '--from', '2025-11-16', '--to', TODAY, '--json')).toEqual(before);
  });

  it('metrics --json: one snake_case object per day, 2 decimals', async () => {
    const rows = await json<DispatchMetricsJson[]>(
      'metrics',
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-14',
      '--json',
    );
    expect(rows.map((r) => r.date)).toEqual(
      Array.from({ length: 14 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`),
    );
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining([
        'date',
        'total_bookings',
        'on_time_bookings',
        'delayed_bookings',
        'cancelled_bookings',
        'average_delay_minutes',
        'quality_score',
      ]),
    );
    expect(allRounded(rows)).toBe(true);
    for (const r of rows) {
      expect(r.on_time_bookings + r.delayed_bookings + r.cancelled_bookings).toBeLessThanOrEqual(
        r.total_bookings,
      );
      expect(r.quality_score).toBeGreaterThan(0);
    }
  });

  it('dashboard --json: shaped like the reference data, the window ending yesterday, matching the metrics', async () => {
    const d = await json<DashboardJson>('dashboard', '--period', '7d', '--json');
    expect(d.period).toEqual({ start: '2026-03-08', end: '2026-03-14', days: 7 });
    expect(Object.keys(d)).toEqual(
      expect.arrayContaining(['period', 'summary', 'trends', 'daily_breakdown', 'insights']),
    );
    expect((d as DashboardJson & { daily_breakdown: unknown }).daily_breakdown).toEqual(d.trends);
    expect(d.trends.map((t) => t.date)).toEqual([
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
    ]);
    const metrics = await json<DispatchMetricsJson[]>(
      'metrics',
      '--from',
      '2026-03-08',
      '--to',
      '2026-03-14',
      '--json',
    );
    expect(d.summary.total_bookings).toBe(metrics.reduce((s, m) => s + m.total_bookings, 0));
    expect(allRounded(d)).toBe(true);
    const custom = await json<DashboardJson>(
      'dashboard',
      '--from',
      '2026-03-08',
      '--to',
      '2026-03-14',
      '--json',
    );
    expect(custom.summary).toEqual(d.summary);
  });

  it('dashboard text: the KPIs with their change, per day for short periods, per week or month for long ones', async () => {
    const short = await cli.run('dashboard', '--period', '7d');
    expect(short.code).toBe(0);
    expect(short.stdout).toContain('Tableau de bord — 7 derniers jours');
    for (const word of [
      'Courses',
      'Ponctualité',
      'Retard moyen',
      'Score qualité',
      'Évolution',
      'Par jour',
      'annulations',
    ]) {
      expect(short.stdout).toContain(word);
    }
    expect(short.stdout).toMatch(/2026-03-10 {2}mar\./);
    expect((await cli.run('dashboard', '--period', '90d')).stdout).toContain('Par semaine');
    const year = await cli.run('dashboard', '--period', '1y', '--lang', 'en');
    expect(year.stdout).toContain('Dashboard — last 12 months');
    expect(year.stdout).toContain('Per month');
    expect(year.stdout).toMatch(/^2026-03 /m);
  });

  it('insights finds the late Tuesdays of the demo', async () => {
    const r = await json<InsightsJson>('insights', '--lookback-days', '60', '--json');
    expect(r.weekday_analysis).toHaveLength(7);
    expect(r.patterns.find((p) => p.type === 'high_delay_day')?.weekday).toBe(1);
    const text = await cli.run('insights', '--lookback-days', '60');
    expect(text.stdout).toContain('Mardi a systématiquement plus de retards');
    expect(text.stdout).toContain('→ ');
  });

  it('weekly: a Monday–Sunday week with its best and worst day', async () => {
    const w = await json<WeeklySummaryJson>('weekly', '--week-start', '2026-03-02', '--json');
    expect(w.period).toEqual({ start: '2026-03-02', end: '2026-03-08', days: 7 });
    expect(w.trends).toHaveLength(7);
    expect(w.best_day!.quality_score).toBeGreaterThanOrEqual(w.worst_day!.quality_score);
    const text = await cli.run('weekly', '--week-start', '2026-03-02');
    expect(text.stdout).toContain('Meilleur jour');
  });

  it('aggregate recomputes everything, or a range', async () => {
    const all = await cli.run('aggregate');
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/Agrégation terminée : \d+ jours recalculés\./);
    const some = await cli.run('aggregate', '--from', '2026-03-01', '--to', '2026-03-07', '--lang', 'en');
    expect(some.stdout).toMatch(/^Aggregation done: \d+ days recomputed \(2026-03-01 → 2026-03-07\)\./);
  });
});
