// A whole sync against the demo dispatch server on 127.0.0.1 stops at its request budget with the sentence that
// names the limit, records the failure, and keeps the days it had written.
import { afterEach, describe, expect, it } from 'vitest';
import { getCompany } from '../../src/main/store/repos/company-repo';
import { listSyncedDays } from '../../src/main/store/repos/sync-state-repo';
import { SyncError } from '../../src/main/sync/sync-errors';
import { translateMessage } from '../../src/shared/i18n';
import {
  clientFor,
  createTestDb,
  serviceFor,
  startHarness,
  type Harness,
  type TestDb,
} from './helpers/sync-harness';

let harness: Harness | undefined;
let db: TestDb | undefined;
afterEach(async () => {
  await harness?.close();
  db?.dispose();
  harness = db = undefined;
});

describe('sync bounds', () => {
  it('a sync past its request budget fails naming it, and the days already written stay', async () => {
    harness = await startHarness({ days: 20 });
    db = createTestDb();
    const service = serviceFor(harness, db, {
      client: clientFor(harness, { limits: { maxRequestsPerSync: 12 } }),
      settings: { historyDays: 10, windowDays: 3, concurrency: 1 },
    });
    const err = await service.run().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SyncError);
    expect(translateMessage('en', (err as SyncError).userMessage)).toContain('limit of 12 requests');
    const log = db.sqlite.prepare('SELECT status, error FROM sync_log ORDER BY id DESC LIMIT 1').get() as {
      status: string;
      error: string;
    };
    expect(log.status).toBe('failed');
    expect(log.error).toContain('12');
    const company = getCompany(db.db)!;
    expect(listSyncedDays(db.db, company.id).size).toBeGreaterThan(0);
  });
});
