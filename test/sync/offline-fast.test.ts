// A server address where nothing listens (connection refused, over real loopback): the sync gives up after a
// couple of quick retries with an 'offline' error, and its progress says it is retrying meanwhile. Counted in
// attempts and planned waits, never in wall time.
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createAtmrClient } from '../../src/main/sync/atmr-client';
import { DEFAULT_RETRY, type RetryNotice } from '../../src/main/sync/retry-policy';
import type { SyncError } from '../../src/main/sync/sync-errors';
import { createSyncService, type SyncProgressEvent } from '../../src/main/sync/sync-service';
import { createTestDb, type TestDb } from './helpers/sync-harness';
import { translateMessage } from '../../src/shared/i18n';

let db: TestDb | null = null;
afterEach(() => {
  db?.dispose();
  db = null;
});

/** A loopback port that was just free and is closed again: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The real fetch, counting the requests it makes. */
function countingFetch() {
  const urls: string[] = [];
  return {
    urls,
    fetch: (input: string, init?: RequestInit) => {
      urls.push(input);
      return fetch(input, init);
    },
  };
}

function offlineClient(port: number, counted: ReturnType<typeof countingFetch>) {
  // The default retry policy on purpose: it is what the app and the CLI use.
  return createAtmrClient({
    baseUrl: `http://127.0.0.1:${port}`,
    email: 'dispatch@example.ch',
    getPassword: async () => 'secret',
    fetch: counted.fetch,
  });
}

describe('a server that refuses connections', () => {
  it('the client gives up after the short unreachable budget, with an offline error naming the cause', async () => {
    const port = await closedPort();
    const counted = countingFetch();
    const notices: RetryNotice[] = [];
    const err = (await offlineClient(port, counted)
      .getCompany({ onRetry: (n) => notices.push(n) })
      .catch((e: unknown) => e)) as SyncError;
    expect(err.kind).toBe('offline');
    expect(translateMessage('en', err.userMessage)).toContain('cannot be reached');
    expect(err.message).toContain('ECONNREFUSED');
    // Only the login was tried: three attempts, not the six of a busy server.
    expect(counted.urls).toHaveLength(DEFAULT_RETRY.unreachableMaxAttempts);
    expect(counted.urls.every((u) => u.endsWith('/api/v1/auth/login'))).toBe(true);
    expect(notices.map((n) => [n.attempt, n.reason])).toEqual([
      [2, 'ECONNREFUSED'],
      [3, 'ECONNREFUSED'],
    ]);
    // The waits planned in all stay within a few seconds.
    expect(notices.reduce((sum, n) => sum + n.nextInMs, 0)).toBeLessThanOrEqual(5_000);
  });

  it('a sync fails offline after those few attempts, saying it retries meanwhile, and logs the failure', async () => {
    const port = await closedPort();
    const counted = countingFetch();
    db = createTestDb();
    const events: SyncProgressEvent[] = [];
    const service = createSyncService({
      db: db.db,
      client: offlineClient(port, counted),
      now: Date.now,
      settings: { historyDays: 90, windowDays: 3 },
      timeZone: 'Europe/Zurich',
    });
    const err = (await service
      .run({ onProgress: (p) => events.push(p) })
      .catch((e: unknown) => e)) as SyncError;
    expect(err.kind).toBe('offline');
    expect(counted.urls).toHaveLength(3);
    const retrying = events.filter((e) => e.retrying);
    expect(retrying.map((e) => e.retrying?.attempt)).toEqual([2, 3]);
    // Still where it was ("0/91 days"), now with the retry.
    expect(retrying[0]).toMatchObject({
      phase: 'company',
      dayIndex: 0,
      dayCount: 91,
      retrying: { reason: 'ECONNREFUSED' },
    });
    const log = db.sqlite.prepare('SELECT status, error FROM sync_log').all() as {
      status: string;
      error: string;
    }[];
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('ECONNREFUSED') });
  });
});
