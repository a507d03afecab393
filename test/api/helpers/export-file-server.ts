// The set-up of the GET /api/export-file tests: for each test, a store seeded with the export fixtures and the
// loopback HTTP transport serving its downloads (analytics unreachable: the download path must not need it).
// `bind` hands the transport to the test file's own variables.
import { afterEach, beforeEach } from 'vitest';
import type { AnalyticsPort } from '../../../src/main/api/analytics-port';
import { createExportFileMaker } from '../../../src/main/api/export-download';
import { startHttpTransport, type HttpTransport } from '../../../src/main/api/http-transport';
import { createTestDb, type TestDb } from '../../helpers/test-db';
import { NOW, seedExportStore } from '../../exports/export-fixtures';
import { createApiFixture, unreachableAnalytics } from './api-fixture';

export function useExportFileServer(bind: (transport: HttpTransport) => void): void {
  let t: TestDb;
  let fixture: ReturnType<typeof createApiFixture>;
  let transport: HttpTransport;
  beforeEach(async () => {
    t = createTestDb();
    seedExportStore(t);
    fixture = createApiFixture({
      analytics: unreachableAnalytics as AnalyticsPort,
      runSync: async () => ({ daysSynced: 0, bookingsSynced: 0 }),
    });
    transport = await startHttpTransport({
      handlers: fixture.handlers,
      events: fixture.events,
      staticDir: null,
      exportFile: createExportFileMaker({ dataDir: t.dir, now: () => NOW, version: '1.2.3' }),
    });
    bind(transport);
  });
  afterEach(async () => {
    await transport.close();
    await fixture.dispose();
    t.dispose();
  });
}
