import { defineConfig } from 'vitest/config';

// The users' zone, pinned before any test (or this config) reads it: the forked workers inherit it, so a
// `new Date(y, m, d)` that only works on a UTC machine fails here. `TEST_TZ=UTC` runs the same tests in UTC
// (`.ci/run` does so for the zone-sensitive folders).
process.env.TZ = process.env.TEST_TZ || 'Europe/Zurich';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
