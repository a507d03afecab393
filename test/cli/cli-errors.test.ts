import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliSandbox, type CliSandbox } from './run-cli';
import { openStore } from '../../src/main/store/open-store';
import { upsertCompany } from '../../src/main/store/repos/company-repo';

let cli: CliSandbox;
beforeEach(() => {
  cli = cliSandbox();
});
afterEach(() => cli.dispose());

const oneLine = (s: string) => s.trimEnd().split('\n').length === 1;

describe('CLI errors', () => {
  it('an empty store: a clear French message, exit 1, no stack, and no database created', async () => {
    for (const cmd of [
      ['dashboard'],
      ['insights', '--json'],
      ['weekly'],
      ['metrics', '--from', '2026-03-01', '--to', '2026-03-02'],
    ]) {
      const r = await cli.run(...cmd);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('Aucune donnée');
      expect(r.stderr).toContain('demo seed --days 90');
      expect(oneLine(r.stderr)).toBe(true);
    }
    expect(existsSync(join(cli.dir, 'dispatch-analytics.sqlite'))).toBe(false);
    const en = await cli.run('dashboard', '--lang', 'en');
    expect(en.stderr).toMatch(/^No data in .*demo seed --days 90/);
  });

  it('aggregate on an empty store says what to run', async () => {
    const r = await cli.run('aggregate');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Aucune donnée');
  });

  it.each([
    [['metrics', '--from', '2025-13-01', '--to', '2025-12-31'], /Date invalide « 2025-13-01 » pour --from/],
    [['metrics', '--from', '2025-02-30', '--to', '2025-03-31'], /2025-02-30/],
    [
      ['metrics', '--from', '2025-03-10', '--to', '2025-03-01'],
      /--from \(2025-03-10\) est après --to \(2025-03-01\)/,
    ],
    [['metrics', '--from', '2025-03-01'], /--from et --to ensemble/],
    [['dashboard', '--period', '2w'], /Période inconnue « 2w »/],
    [
      ['dashboard', '--period', '7d', '--from', '2025-03-01', '--to', '2025-03-02'],
      /soit --period, soit --from/,
    ],
    [['insights', '--lookback-days', '400'], /--lookback-days : attendu un entier de 1 à 365/],
    [['insights', '--lookback-days', 'abc'], /« abc »/],
    [['weekly', '--week-start', 'lundi'], /--week-start/],
    [['demo', 'seed', '--days', '-3'], /--days/],
    [['dashboard', '--lang', 'de'], /Langue inconnue « de »/],
    [['dashboard', '--bogus'], /unknown option '--bogus'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('%j → one line on stderr, exit 2', async (argv, message) => {
    const r = await cli.run(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('speaks English with --lang en', async () => {
    const r = await cli.run('--lang', 'en', 'metrics', '--from', '2025-13-01', '--to', '2025-12-31');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Invalid date "2025-13-01" for --from/);
  });

  it('refuses to mix the demo into a store holding another company', async () => {
    const store = openStore(join(cli.dir, 'dispatch-analytics.sqlite'));
    upsertCompany(store.db, { id: 3, name: 'Taxi Léman SA', serviceArea: null }, { now: 1 });
    store.close();
    const r = await cli.run('demo', 'seed', '--days', '3');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('« Taxi Léman SA »');
    expect(r.stderr).toContain('--data-dir');
  });

  it('prints the help with exit 0, in the chosen language', async () => {
    const fr = await cli.run('--help');
    expect(fr.code).toBe(0);
    expect(fr.stdout).toContain('dashboard');
    expect(fr.stdout).toContain('dossier des données');
    const en = await cli.run('--lang', 'en', 'dashboard', '--help');
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('7d, 30d, 90d or 1y');
  });
});

describe('CLI on a store that was written but not aggregated', () => {
  it('says to run aggregate, then works once it is run', async () => {
    const seeded = await cli.run('demo', 'seed', '--days', '3');
    expect(seeded.code).toBe(0);
    const store = openStore(join(cli.dir, 'dispatch-analytics.sqlite'));
    store.sqlite.exec('DELETE FROM dispatch_metrics;'); // and so daily_stats, a view over it
    store.close();
    const before = await cli.run('dashboard');
    expect(before.code).toBe(1);
    expect(before.stderr).toContain('dispatch-analytics aggregate');
    expect((await cli.run('aggregate')).code).toBe(0);
    expect((await cli.run('dashboard', '--period', '7d')).code).toBe(0);
  });
});
