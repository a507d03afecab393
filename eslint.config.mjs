import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronBan = {
  name: 'electron',
  message: 'Only the Electron shell (src/main/index.ts, src/main/electron/) and the preload import electron.',
};
const mainBan = {
  group: ['**/main/**', '**/main', '../main/*'],
  message: 'src/shared and src/renderer never import from src/main: go through the API contract.',
};

// The layers of src/main, bottom to top (README › Layout). A folder imports src/shared, the folders listed for
// it here, and nothing else of src/main; `api` and `cli` (with app-core, core-host, serve-app) sit on top and
// only the shell (src/main/index.ts, src/main/electron/) imports electron. Peer edges inside the middle tier are
// explicit: add one here (and in the README) only when the lower folder cannot take the code.
const STORE_TIER = ['domain', 'platform', 'analytics', 'store'];
const MIDDLE_TIER = [...STORE_TIER, 'secrets', 'settings'];
export const LAYERS = {
  domain: [],
  platform: [],
  analytics: ['domain'],
  store: ['domain', 'platform', 'analytics'],
  secrets: STORE_TIER,
  settings: [...STORE_TIER, 'secrets'],
  aggregation: MIDDLE_TIER,
  services: MIDDLE_TIER,
  mail: MIDDLE_TIER,
  sync: [...MIDDLE_TIER, 'aggregation'],
  demo: [...MIDDLE_TIER, 'aggregation'],
  'demo-server': [...MIDDLE_TIER, 'demo'],
  exports: [...MIDDLE_TIER, 'services'],
  reports: [...MIDDLE_TIER, 'services', 'mail'],
  // schedule → exports: the weekly e-mail can attach the week's workbook (reports.weekly.attachXlsx).
  schedule: [...MIDDLE_TIER, 'reports', 'mail', 'exports'],
  worker: [...MIDDLE_TIER, 'aggregation', 'reports', 'exports'],
};
const MAIN_FOLDERS = [...Object.keys(LAYERS), 'api', 'cli', 'electron'];
// The composition roots beside src/main/index.ts: part of the top layer.
const APP_FILES = ['app-core', 'core-host', 'serve-app'];
// A test of a folder imports what that folder may import, plus fixtures: the demo dataset, the demo dispatch
// server (a server to sync from) and the aggregation (figures for the data a test wrote). It may drive the CLI
// end to end through its entry point (src/main/cli/main, as a user would), never the CLI's internals, and never
// electron. A test that needs more belongs to the higher folder's tests.
const TEST_FIXTURES = ['demo', 'demo-server', 'aggregation', 'cli'];

const alternatives = (names) => names.join('|');
/** no-restricted-imports patterns banning `banned` folders of src/main for a file of `folder` (a src file when
 * `inTests` is false: relative specifiers `../x`, `../../x`; a test file: specifiers through `src/main/x`). */
function layerPatterns(folder, banned, inTests) {
  const message = `${folder} must not import ${banned.join(', ')} (layer order: README › Layout; move the code down instead).`;
  const files = inTests ? `(^|/)src/main/` : `^(\\.\\./)+`;
  const patterns = [{ caseSensitive: true, regex: `${files}(${alternatives(banned)})(/|$)`, message }];
  patterns.push({
    caseSensitive: true,
    regex: `${files}(${alternatives(APP_FILES)})$`,
    message: `${folder} must not import the app layer (app-core, core-host, serve-app): pass what it needs in.`,
  });
  if (inTests) {
    patterns.push({
      caseSensitive: true,
      regex: '(^|/)src/main/cli/(?!main$)',
      message: `${folder} may drive the CLI through src/main/cli/main only, never its internals.`,
    });
  }
  return patterns;
}
function layerConfigs() {
  const configs = [];
  for (const [folder, allowed] of Object.entries(LAYERS)) {
    const banned = MAIN_FOLDERS.filter((f) => f !== folder && !allowed.includes(f));
    configs.push({
      files: [`src/main/${folder}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          { paths: [electronBan], patterns: layerPatterns(folder, banned, false) },
        ],
      },
    });
    const testBanned = banned.filter((f) => !TEST_FIXTURES.includes(f));
    configs.push({
      files: [`test/${folder}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          { paths: [electronBan], patterns: layerPatterns(`test/${folder}`, testBanned, true) },
        ],
      },
    });
  }
  // api serves what the app does; cli may start it (serve) but api never reaches into the CLI.
  configs.push({
    files: ['src/main/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            {
              caseSensitive: true,
              regex: '(^(\\.\\./)+|(^|/)src/main/)cli(/|$)',
              message: 'api must not import cli: both sit on top, the CLI uses the API.',
            },
          ],
        },
      ],
    },
  });
  return configs;
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'drizzle/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'test/**/*.ts', 'bench/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/electron/**', 'src/preload/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronBan] }] },
  },
  {
    files: ['src/shared/**/*.ts', 'src/renderer/**/*.ts', 'src/renderer/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronBan], patterns: [mainBan] }] },
  },
  {
    // src/shared is the bottom: the renderer, the preload and the main process all import it, never the reverse.
    files: ['src/shared/**/*.ts', 'test/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            {
              caseSensitive: true,
              regex: '(^(\\.\\./)+|(^|/)src/)(main|renderer|preload)(/|$)',
              message:
                'src/shared imports nothing of src/main, src/renderer or src/preload: it is the bottom layer.',
            },
          ],
        },
      ],
    },
  },
  ...layerConfigs(),
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
