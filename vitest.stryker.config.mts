// The vitest set StrykerJS runs (stryker.config.mjs): the in-process tests of the mutated folders. The tests
// that spawn the built CLI or Electron run the bundle in out/, which never contains the active mutant, so they
// would only cost time. STRYKER_TESTS (comma-separated paths) narrows it further for a one-folder run.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.mts';

const DEFAULT_TESTS = [
  'test/schedule',
  'test/mail',
  'test/reports',
  'test/exports',
  'test/settings',
  'test/store',
  'test/sync',
  'test/analytics',
  'test/shared',
  'test/api',
  'test/worker',
];

const dirs = process.env.STRYKER_TESTS ? process.env.STRYKER_TESTS.split(',') : DEFAULT_TESTS;

// Replaces (mergeConfig would append to) the base config's include list.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: dirs.map((d) => (d.endsWith('.ts') ? d : `${d.replace(/\/$/, '')}/**/*.test.ts`)),
  },
});
