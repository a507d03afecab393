// The export side of the single resolution: the sources and the CLI's export task take only a `ResolvedPeriod`
// (checked and resolved at the edge: the CLI's arguments, or checkExportInput for plain-JSON input), so a raw
// range cannot reach them unchecked. The `@ts-expect-error` lines make `tsc` fail if one were accepted again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customPeriod, resolvePeriod } from '../../src/main/analytics/period';
import { readExportSources } from '../../src/main/exports/export-sources';
import { checkExportInput, runExport, runResolvedExport } from '../../src/main/exports/export-task';
import { DEFAULT_ANALYTICS_SETTINGS } from '../../src/shared/analytics-types';
import { createTestDb, type TestDb } from '../helpers/test-db';
import { exportInput, run } from './export-fixtures';
import { join } from 'node:path';

const settings = DEFAULT_ANALYTICS_SETTINGS;
const today = '2026-03-21';
let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.dispose());

describe('exports take the resolved window', () => {
  it('a raw range does not type-check where a resolved window is due', () => {
    // Never run: these calls are here for the type checker only.
    const typeOnly = () => {
      // @ts-expect-error the export sources take the resolved window, not dates
      readExportSources(t.db, { from: '2026-03-01', to: today, today, lang: 'fr', settings, parts: [] });
      const job = { format: 'csv', part: 'daily', out: 'x.csv', lang: 'fr', appVersion: '0' } as const;
      const period = customPeriod('2026-03-01', today);
      void runResolvedExport({} as never, { ...job, analytics: settings, period });
      // @ts-expect-error the CLI's export task takes the resolved window, not the plain-JSON input's dates
      void runResolvedExport({} as never, { ...job, analytics: settings, from: '2026-03-01', to: today });
      const handMade = { start: today, end: today, days: 1 };
      // @ts-expect-error nor a window made by hand
      void runResolvedExport({} as never, { ...job, analytics: settings, period: handMade });
      // the plain-JSON entry point keeps its dates: it checks and resolves them itself (the worker's edge)
      void runExport({} as never, { ...job, analytics: settings, from: '2026-03-01', to: today });
    };
    expect(typeof typeOnly).toBe('function');
  });

  it('the sources answer for exactly the window given', () => {
    const window = resolvePeriod({ preset: '7d' }, today);
    const parts = ['summary', 'daily', 'weekdays', 'drivers'] as const;
    const src = readExportSources(t.db, { period: window, today, lang: 'fr', settings, parts });
    expect(src.dashboard.period).toEqual(window);
    expect(src.insights.period).toEqual(window);
  });

  it('plain-JSON input is checked once at the task edge, with the sentence it always had', async () => {
    expect(checkExportInput(exportInput(t, { format: 'csv', part: 'daily', out: 'x.csv' }))).toEqual({
      start: '2026-03-27',
      end: '2026-03-31',
      days: 5,
    });
    const out = join(t.dir, 'bad.csv');
    await expect(
      run(t, exportInput(t, { format: 'csv', part: 'daily', out, from: '2026-03-10', to: '2026-03-01' })),
    ).rejects.toMatchObject({
      kind: 'validation',
      userMessage: { key: 'exports.errors.badPeriod', params: { from: '2026-03-10', to: '2026-03-01' } },
    });
  });
});
