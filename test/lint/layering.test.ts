// The layer order of src/main (README › Layout) is enforced by lint: these lint snippets as if they were files of
// a given folder, through ESLint's own API with the project's eslint.config.mjs, and check that an upward import
// is refused and an allowed one is not (so the rule cannot pass by banning everything, or nothing).
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The layer rule's messages (eslint/layer-imports.mjs) that linting `code` as the file `filePath` gives. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'layers/imports').map((m) => m.message);
}

const importing = (specifier: string): string =>
  `import * as m from '${specifier}';\nexport const used = m;\n`;

describe('upward imports in src/ fail lint', () => {
  it.each([
    ['src/main/analytics/x.ts', '../store/open-store'],
    ['src/main/analytics/x.ts', '../settings'],
    ['src/main/store/x.ts', '../settings/read-settings'],
    ['src/main/store/x.ts', '../sync/sync-service'],
    ['src/main/store/repos/x.ts', '../../services/analytics-service'],
    ['src/main/sync/x.ts', '../api/api-events'],
    ['src/main/sync/x.ts', '../reports/render-report'],
    ['src/main/mail/x.ts', '../reports/report-i18n'],
    ['src/main/reports/x.ts', '../schedule/scheduler'],
    ['src/main/reports/x.ts', '../app-core'],
    ['src/main/settings/sections/x.ts', '../../cli/cli-context'],
    ['src/main/worker/x.ts', '../core-host'],
    ['src/main/api/x.ts', '../cli/cli-context'],
    ['src/shared/x.ts', '../main/store/open-store'],
    ['src/shared/time/x.ts', '../../renderer/src/api/api-context'],
  ])('%s importing %s', async (file, specifier) => {
    const errors = await layerErrors(file, importing(specifier));
    expect(errors).toHaveLength(1);
  });

  it('electron outside the shell', async () => {
    for (const file of ['src/main/worker/x.ts', 'src/main/api/x.ts', 'src/main/cli/x.ts']) {
      expect(await layerErrors(file, importing('electron'))).toHaveLength(1);
    }
  });

  it('says which layer may not import which, and what to do', async () => {
    const [message] = await layerErrors('src/main/analytics/x.ts', importing('../store/open-store'));
    expect(message).toContain('analytics must not import');
    expect(message).toContain('README');
  });
});

describe('allowed imports pass', () => {
  it.each([
    ['src/main/analytics/x.ts', '../../shared/time'],
    ['src/main/analytics/x.ts', '../domain/records'],
    ['src/main/store/x.ts', '../analytics/daily-stats'],
    ['src/main/store/x.ts', '../platform/app-paths'],
    ['src/main/sync/x.ts', '../aggregation/aggregate-service'],
    ['src/main/sync/x.ts', '../settings'],
    ['src/main/reports/x.ts', '../mail/outbox-delivery'],
    ['src/main/schedule/x.ts', '../reports/render-report'],
    ['src/main/worker/tasks/x.ts', '../../exports/export-task'],
    // a folder of its own name inside another layer is not that layer
    ['src/main/mail/x.ts', '../settings/sections/reports'],
    ['src/main/cli/commands/x.ts', '../../api/static-files'],
    ['src/main/x.ts', './api/api-events'],
    ['src/main/electron/x.ts', 'electron'],
  ])('%s importing %s', async (file, specifier) => {
    expect(await layerErrors(file, importing(specifier))).toEqual([]);
  });
});

describe('tests follow the layer they test', () => {
  it.each([
    ['test/analytics/x.test.ts', '../../src/main/store/open-store'],
    ['test/store/x.test.ts', '../../src/main/services/analytics-service'],
    ['test/sync/x.test.ts', '../../src/main/cli/commands/sync'],
    ['test/reports/x.test.ts', '../../src/main/schedule/report-runner'],
    ['test/shared/x.test.ts', '../../src/main/analytics/period'],
    ['test/store/x.test.ts', 'electron'],
    ['test/cli/x.test.ts', 'electron'],
  ])('%s importing %s fails', async (file, specifier) => {
    expect(await layerErrors(file, importing(specifier))).toHaveLength(1);
  });

  it.each([
    ['test/store/x.test.ts', '../../src/main/store/open-store'],
    ['test/services/x.test.ts', '../../src/main/aggregation/aggregate-service'],
    ['test/sync/x.test.ts', '../../src/main/demo-server/demo-server'],
    ['test/sync/x.test.ts', '../../src/main/cli/main'],
    ['test/sync/x.test.ts', '../helpers/temp-dir'],
  ])('%s importing %s passes', async (file, specifier) => {
    expect(await layerErrors(file, importing(specifier))).toEqual([]);
  });
});
