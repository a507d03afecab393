import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layerImportsRule } from './eslint/layer-imports.mjs';

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

const SHELL_FILES = /^src\/(main\/index\.ts$|main\/electron\/|preload\/)/;
const under = (file, folder) => file === folder || file.startsWith(`${folder}/`);

/** What a module path of src/main is: a file beside index.ts (`app-core`), or a layer folder (`store`, `settings`
 * for its index). */
function mainPart(target) {
  if (!under(target, 'src/main')) return null;
  const rest = target.slice('src/main/'.length).split('/');
  return rest.length === 1 && [...APP_FILES, 'index'].includes(rest[0])
    ? { file: rest[0] }
    : { folder: rest[0] };
}

/**
 * The layer policy: the message refusing `target` (a resolved repository path, or a bare package name) in the
 * file `from`, or null. Every relative specifier reaches here resolved (eslint/layer-imports.mjs), so
 * `../../main/store/x`, `./../store/x`, `import()` and `require()` are judged by where they point.
 */
function layerPolicy(from, target) {
  if (target.bare !== undefined) {
    const electron = target.bare === 'electron' || target.bare.startsWith('electron/');
    return electron && !SHELL_FILES.test(from)
      ? 'Only the Electron shell (src/main/index.ts, src/main/electron/) and the preload import electron.'
      : null;
  }
  const to = target.path;
  if (under(from, 'src/shared') || under(from, 'test/shared')) {
    return ['src/main', 'src/renderer', 'src/preload'].some((f) => under(to, f))
      ? 'src/shared imports nothing of src/main, src/renderer or src/preload: it is the bottom layer.'
      : null;
  }
  if (under(from, 'src/renderer')) {
    return under(to, 'src/main')
      ? 'src/shared and src/renderer never import from src/main: go through the API contract.'
      : null;
  }
  const part = mainPart(to);
  if (!part) return null;
  const [top, folder] = from.split('/');
  if (top === 'src' && folder === 'main') {
    const own = from.split('/')[2];
    if (own === 'api' && part.folder === 'cli')
      return 'api must not import cli: both sit on top, the CLI uses the API.';
    return own in LAYERS ? layerMessage(own, part, LAYERS[own]) : null;
  }
  if (top === 'test' && folder in LAYERS) {
    if (part.folder === 'cli' && to !== 'src/main/cli/main') {
      return `test/${folder} may drive the CLI through src/main/cli/main only, never its internals.`;
    }
    return layerMessage(`test/${folder}`, part, [...LAYERS[folder], ...TEST_FIXTURES], folder);
  }
  return null;
}

function layerMessage(who, part, allowed, own = who) {
  if (part.file !== undefined) {
    return APP_FILES.includes(part.file)
      ? `${who} must not import the app layer (app-core, core-host, serve-app): pass what it needs in.`
      : null;
  }
  const { folder } = part;
  if (folder === own || allowed.includes(folder) || !MAIN_FOLDERS.includes(folder)) return null;
  return `${who} must not import ${folder} (layer order: README › Layout; move the code down instead).`;
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
    // One rule for the layers and for electron, whatever form the import takes (eslint/layer-imports.mjs).
    files: ['src/**/*.ts', 'src/**/*.tsx', 'test/**/*.ts', 'bench/**/*.ts'],
    plugins: { layers: { rules: { imports: layerImportsRule(layerPolicy) } } },
    rules: { 'layers/imports': 'error' },
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
