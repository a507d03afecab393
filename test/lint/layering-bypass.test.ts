// The layer rule judges where an import points, not how it is spelled: a relative path that climbs out and back
// in, `import()`, `require()`, `export … from` and `typeof import()` are refused like a plain upward import, and
// the same forms pointing downward still pass (so the rule cannot pass by refusing every dynamic import).
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The messages of the rules that police imports when `code` is linted as the file `filePath`. */
async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((m) => m.ruleId === 'layers/imports' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

/** Each way of pulling in a module, as a whole file. */
const FORMS: Record<string, (spec: string) => string> = {
  'import … from': (s) => `import * as m from '${s}';\nexport const used = m;\n`,
  'import type': (s) => `import type * as m from '${s}';\nexport type Used = typeof m;\n`,
  'export * from': (s) => `export * from '${s}';\n`,
  'export { … } from': (s) => `export { x } from '${s}';\n`,
  'await import()': (s) => `export const load = async () => (await import('${s}')).x;\n`,
  'import() with a template': (s) => `export const load = () => import(\`${s}\`);\n`,
  'require()': (s) =>
    `// eslint-disable-next-line @typescript-eslint/no-require-imports\nexport const m = require('${s}');\n`,
  'typeof import()': (s) => `export type M = typeof import('${s}');\n`,
};

describe('every form of an upward import fails lint', () => {
  const upward: [string, string][] = [
    ['src/main/analytics/x.ts', '../store/open-store'],
    ['src/main/analytics/x.ts', '../../main/store/open-store'],
    ['src/main/analytics/x.ts', './../store/open-store'],
    ['src/main/analytics/x.ts', '../domain/../store/open-store'],
    ['src/main/store/repos/x.ts', '../../../main/settings/read-settings'],
    ['src/main/reports/x.ts', './../app-core'],
    ['src/main/api/x.ts', '../../main/cli/cli-context'],
    ['src/shared/x.ts', '../shared/../main/store/open-store'],
    ['src/renderer/src/x.ts', '../../main/api/api-events'],
    ['test/analytics/x.test.ts', '../../src/main/analytics/../store/open-store'],
    ['test/sync/x.test.ts', '../../src/main/cli/../cli/commands/sync'],
  ];
  for (const [form, write] of Object.entries(FORMS)) {
    it.each(upward)(`${form}: %s importing %s`, async (file, specifier) => {
      expect(await importErrors(file, write(specifier))).toHaveLength(1);
    });
  }

  it('electron outside the shell, through import() and require() too', async () => {
    for (const form of ['await import()', 'require()', 'import … from']) {
      expect(await importErrors('src/main/worker/x.ts', FORMS[form]!('electron'))).toHaveLength(1);
      expect(await importErrors('test/cli/x.test.ts', FORMS[form]!('electron'))).toHaveLength(1);
    }
  });

  it('names the folder the path resolves to', async () => {
    const [message] = await importErrors(
      'src/main/analytics/x.ts',
      FORMS['require()']!('../../main/store/x'),
    );
    expect(message).toContain('analytics must not import store');
  });
});

describe('the same forms pointing downward pass', () => {
  const downward: [string, string][] = [
    ['src/main/analytics/x.ts', '../domain/records'],
    ['src/main/analytics/x.ts', './../../shared/time'],
    ['src/main/analytics/x.ts', '../../main/domain/records'],
    ['src/main/store/repos/x.ts', '../../analytics/daily-stats'],
    ['src/main/x.ts', './demo-server/embedded-demo'],
    ['src/renderer/src/x.ts', '../../shared/time'],
    ['test/store/x.test.ts', '../../src/main/store/../analytics/period'],
    ['test/sync/x.test.ts', '../../src/main/cli/main'],
  ];
  for (const [form, write] of Object.entries(FORMS)) {
    it.each(downward)(`${form}: %s importing %s`, async (file, specifier) => {
      expect(await importErrors(file, write(specifier))).toEqual([]);
    });
  }

  it('electron in the shell, however imported', async () => {
    for (const form of ['await import()', 'require()', 'import … from']) {
      expect(await importErrors('src/main/electron/x.ts', FORMS[form]!('electron'))).toEqual([]);
    }
  });
});
