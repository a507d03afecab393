// A real store + the real handlers, with an in-memory secret store and a sync that the test controls.
import { createApiEvents } from '../../../src/main/api/api-events';
import type { AnalyticsPort } from '../../../src/main/api/analytics-port';
import { createApiHandlers, type ApiContext } from '../../../src/main/api/create-api-handlers';
import { createSyncController, type RunSync } from '../../../src/main/api/sync-controller';
import { createTestDb } from '../../helpers/test-db';
import { createMemorySecretStore } from './memory-secret-store';

export const FIXED_NOW = Date.UTC(2026, 2, 10, 9, 0); // 2026-03-10 10:00 in Zurich

export function createApiFixture(opts: {
  analytics: AnalyticsPort;
  runSync?: RunSync;
  refuseSecrets?: string;
  onSettingsChanged?: ApiContext['onSettingsChanged'];
}) {
  const store = createTestDb();
  const events = createApiEvents();
  const secretStore = createMemorySecretStore(opts.refuseSecrets ? { refuse: opts.refuseSecrets } : {});
  const syncController = createSyncController({
    runSync: opts.runSync ?? (async () => ({ daysSynced: 0, bookingsSynced: 0 })),
    events,
    now: () => FIXED_NOW,
    lang: () => 'fr',
    intervalMinutes: 0,
  });
  const handlers = createApiHandlers({
    db: store.db,
    now: () => FIXED_NOW,
    secretStore,
    syncController,
    source: () => 'demo',
    version: '0.1.0-test',
    transport: 'http',
    analytics: opts.analytics,
    ...(opts.onSettingsChanged ? { onSettingsChanged: opts.onSettingsChanged } : {}),
  });
  return {
    store,
    events,
    secretStore,
    syncController,
    handlers,
    async dispose() {
      await syncController.stop();
      store.dispose();
    },
  };
}

/** An analytics port whose every method throws: for tests that must not reach the services. */
export const unreachableAnalytics: AnalyticsPort = new Proxy({} as AnalyticsPort, {
  get: (_t, name) => () => {
    throw new Error(`analytics.${String(name)} must not be called`);
  },
});
