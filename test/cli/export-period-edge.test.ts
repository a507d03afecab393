// The CLI's edge: `export` resolves its period from its arguments once (the export task then takes the window as
// is), and a bad period still gets the sentence and exit code it always had.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliSandbox, type CliSandbox } from './run-cli';

let cli: CliSandbox;
beforeAll(async () => {
  cli = cliSandbox();
  expect((await cli.run('demo', 'seed', '--days', '5', '--seed', '3')).code).toBe(0);
});
afterAll(() => cli.dispose());

const exportTo = (name: string, ...period: string[]) =>
  cli.run('export', '--format', 'csv', '--what', 'daily', ...period, '--out', join(cli.dir, name));

describe('export: the period checked once, at the arguments', () => {
  it.each([
    [
      ['--period', '2w'],
      2,
      /^Période inconnue « 2w » : choisissez 7d, 30d, 90d ou 1y, ou bien --from et --to\.\n$/,
    ],
    [
      ['--from', '2026-03-10', '--to', '2026-03-01'],
      2,
      /^--from \(2026-03-10\) est après --to \(2026-03-01\)/,
    ],
    [['--from', '2026-02-30', '--to', '2026-03-01'], 2, /2026-02-30/],
    [
      ['--from', '2000-01-01', '--to', '2026-03-01'],
      2,
      /^La période couvre 9557 jours ; choisissez au plus 3660/,
    ],
  ])('%j → one sentence, exit %i, no file', async (period, code, sentence) => {
    const r = await exportTo('bad.csv', ...period);
    expect({ code: r.code, stderr: r.stderr }).toMatchObject({
      code,
      stderr: expect.stringMatching(sentence),
    });
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('a good period still writes the file, named with the resolved window', async () => {
    const r = await exportTo('good.csv', '--period', '7d');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/good\.csv/);
  });
});
