import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliSandbox, TODAY, type CliSandbox } from './run-cli';
import { addDays } from '../../src/shared/time';
import type { ForecastJson } from '../../src/main/services/forecast-service';
import type { BacktestResult } from '../../src/main/analytics/forecast-backtest';

let cli: CliSandbox;
beforeAll(async () => {
  cli = cliSandbox();
  expect((await cli.run('demo', 'seed', '--days', '200', '--seed', '3')).code).toBe(0);
});
afterAll(() => cli.dispose());

describe('forecast on a demo store', () => {
  it('--json gives today and the next days with whole bookings inside an 80 % interval', async () => {
    const f = await cli.json<ForecastJson>('forecast', '--days', '7', '--json');
    expect(f.learned_through).toBe(addDays(TODAY, -1));
    expect(f.days.map((d) => d.date)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => addDays(TODAY, i)));
    for (const d of f.days) {
      expect(Number.isInteger(d.bookings)).toBe(true);
      expect(d.low).toBeLessThanOrEqual(d.bookings);
      expect(d.high).toBeGreaterThanOrEqual(d.bookings);
      expect(d.bookings).toBeGreaterThan(0);
    }
    expect(f.next_day?.date).toBe(addDays(TODAY, 1));
    const hourSum = f.next_day!.hours.reduce((s, h) => s + h.bookings, 0);
    expect(Math.abs(hourSum - f.days[1]!.bookings)).toBeLessThan(1.5);
  });

  it('--backtest beats the same-weekday-last-week forecast on the demo', async () => {
    const r = await cli.json<BacktestResult>('forecast', '--backtest', '--weeks', '8', '--json');
    expect(r.days).toBeGreaterThan(40);
    expect(r.mape).toBeLessThan(r.naive_mape);
  });

  it('prints a French table and the backtest sentence', async () => {
    const table = await cli.run('forecast', '--days', '2');
    expect(table.stdout).toContain('Intervalle à 80 %');
    const bt = await cli.run('forecast', '--backtest');
    expect(bt.stdout).toMatch(/^Backtest sur 8 semaines \(\d+ jours\) : erreur moyenne \d+,\d\s%/);
  });

  it('refuses a day count out of range with the flag and the range', async () => {
    const r = await cli.run('forecast', '--days', '40');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--days');
  });
});
