// Mutation testing (`npm run test:mutation`): StrykerJS plants one small bug at a time in the modules where a
// mistake costs most (a report sent twice or never, a refused address recorded as sent, a backup that restores
// the wrong thing, an export that Excel misreads) and checks that some test fails. Too slow for `npm test` on
// 2 cores; the README's Tests section gives the run times. One folder at a time:
//   npm run test:mutation -- --mutate 'src/main/mail/**/*.ts'
// Equivalent mutants are marked in the code with `// Stryker disable next-line <mutator>: why`, never by
// lowering the threshold.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.mts', related: true },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.node.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    'src/main/schedule/**/*.ts',
    'src/main/mail/**/*.ts',
    'src/main/reports/**/*.ts',
    'src/main/exports/**/*.ts',
    'src/main/settings/**/*.ts',
    'src/main/store/backup*.ts',
    'src/main/store/private-files.ts',
    'src/main/store/repos/outbox-repo.ts',
    'src/main/store/repos/job-runs-repo.ts',
    'src/main/store/repos/sync-lease-repo.ts',
    'src/main/sync/response-limits.ts',
    'src/main/sync/redirect-error.ts',
    'src/main/analytics/**/*.ts',
    '!src/**/*.test.ts',
  ],
  coverageAnalysis: 'perTest',
  // The re-run mutates only what changed since the last run's results (kept locally, git-ignored: see README).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  thresholds: { high: 90, low: 80, break: 80 },
  concurrency: 2,
  timeoutMS: 20_000,
  // The first (unmutated) run of the selected tests; on 2 busy cores it can take several minutes.
  dryRunTimeoutMinutes: 20,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
