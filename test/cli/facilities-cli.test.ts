import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliSandbox, type CliSandbox } from './run-cli';
import type { DispatchMetricsJson } from '../../src/shared/analytics-types';
import type { FacilitiesJson } from '../../src/main/services/facility-service';

let cli: CliSandbox;
beforeAll(async () => {
  cli = cliSandbox();
  expect((await cli.run('demo', 'seed', '--days', '60', '--seed', '4')).code).toBe(0);
});
afterAll(() => cli.dispose());

describe('facilities on a demo store', () => {
  it('the rows add up to the period’s bookings, on-time, late and cancelled counts', async () => {
    const f = await cli.json<FacilitiesJson>('facilities', '--period', '30d', '--json');
    const { start, end } = f.period;
    const metrics = await cli.json<DispatchMetricsJson[]>('metrics', '--from', start, '--to', end, '--json');
    const total = (pick: (m: DispatchMetricsJson) => number) => metrics.reduce((s, m) => s + pick(m), 0);
    const rows = f.facilities;
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.reduce((s, r) => s + r.bookings, 0)).toBe(total((m) => m.total_bookings));
    expect(rows.reduce((s, r) => s + r.on_time, 0)).toBe(total((m) => m.on_time_bookings));
    expect(rows.reduce((s, r) => s + r.delayed, 0)).toBe(total((m) => m.delayed_bookings));
    expect(rows.reduce((s, r) => s + r.cancelled, 0)).toBe(total((m) => m.cancelled_bookings));
  });

  it('ranks named facilities by late arrivals and groups those under 10 bookings', async () => {
    const f = await cli.json<FacilitiesJson>('facilities', '--period', '7d', '--json');
    const named = f.facilities.filter((r) => r.kind === 'facility');
    expect(named.every((r) => r.bookings >= 10)).toBe(true);
    expect(named.map((r) => r.delayed)).toEqual([...named.map((r) => r.delayed)].sort((a, b) => b - a));
    const others = f.facilities.find((r) => r.kind === 'others');
    if (others) expect(others.bookings).toBeLessThan(10 * others.facilities);
  });

  it('prints a French table, and refuses --period with --from/--to', async () => {
    const text = await cli.run('facilities');
    expect(text.stdout).toContain('Établissement');
    expect(text.stdout).toContain('sans établissement');
    const both = await cli.run('facilities', '--period', '7d', '--from', '2026-03-01', '--to', '2026-03-02');
    expect(both.code).toBe(2);
  });
});
