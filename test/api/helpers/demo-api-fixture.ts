// The API handlers over a real store holding 30 days of the demo (seed 11) up to `endDay`, for the tests of the
// analytics calls (drivers, facilities, today). Each test file creates its own in beforeAll and disposes of it.
import { DEFAULT_ANALYTICS_SETTINGS } from '../../../src/shared/analytics-types';
import { analyticsServices } from '../../../src/main/api/analytics-port';
import { seedDemo } from '../../../src/main/demo/seed-demo';
import { createApiFixture, FIXED_NOW } from './api-fixture';

export function createDemoApiFixture(opts: {
  endDay: string;
  bookingsPerDay: number;
}): ReturnType<typeof createApiFixture> {
  const fixture = createApiFixture({ analytics: analyticsServices });
  seedDemo(fixture.store.db, {
    seed: 11,
    days: 30,
    endDay: opts.endDay,
    bookingsPerDay: opts.bookingsPerDay,
    now: FIXED_NOW,
    settings: DEFAULT_ANALYTICS_SETTINGS,
  });
  return fixture;
}
