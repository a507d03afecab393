// The delivery ledger outlives what rewinds or clears the store: a restore (carried into the restored file) and a
// switch of data source (which clears only the synced data).
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/store/open-store';
import { carryLedgerInto } from '../../../src/main/store/ledger-carry';
import {
  dataSourceId,
  replaceDataSource,
  switchDataSource,
} from '../../../src/main/store/repos/data-source-repo';
import { claimJobRun, getEnabledAt, stampEnablement } from '../../../src/main/store/repos/job-runs-repo';
import { insertOutboxRows } from '../../../src/main/store/repos/outbox-repo';
import { createTestDb, type TestDb } from '../../helpers/test-db';

let current: TestDb;
let incoming: TestDb;
beforeEach(() => {
  current = createTestDb();
  incoming = createTestDb();
});
afterEach(() => {
  current.dispose();
  incoming.dispose();
});

function send(db: TestDb, job: string, period: string, recipients: string[], at: number): number {
  const id = claimJobRun(db.db, { job, periodKey: period, now: at })!;
  insertOutboxRows(
    db.db,
    recipients.map((r) => ({ runId: id, recipient: r, lang: 'fr', retryUntil: at, message: '{}' })),
    at,
  );
  db.sqlite.prepare("UPDATE mail_outbox SET state = 'sent' WHERE run_id = ?").run(id);
  return id;
}

const runs = (db: TestDb) =>
  db.sqlite.prepare('SELECT id, job, period_key FROM job_runs ORDER BY id').all() as {
    id: number;
    job: string;
    period_key: string;
  }[];

describe('carrying the ledger into a restored store', () => {
  it('takes the current runs with their ids and stamps, and keeps (renumbered) the runs only the backup knew', () => {
    send(incoming, 'report.daily', '2026-02-27', ['a@example.ch'], 1);
    send(incoming, 'report.daily', '2026-02-28', ['a@example.ch'], 2); // sent on the backup's timeline only
    send(current, 'report.daily', '2026-02-27', ['a@example.ch'], 1);
    send(current, 'report.daily', '2026-03-01', ['a@example.ch', 'b@example.ch'], 3);
    send(current, 'report.weekly', '2026-02-23', ['a@example.ch'], 4);
    stampEnablement(current.db, 'report.daily', 100);
    stampEnablement(incoming.db, 'report.weekly', 50);
    incoming.close();

    expect(carryLedgerInto(incoming.path, current.path)).toBe(true);
    const s = openStore(incoming.path);
    try {
      const rows = s.sqlite.prepare('SELECT id, job, period_key FROM job_runs ORDER BY id').all();
      expect(rows).toEqual([...runs(current), { id: 4, job: 'report.daily', period_key: '2026-02-28' }]);
      const outbox = s.sqlite
        .prepare('SELECT run_id, recipient, state FROM mail_outbox ORDER BY id')
        .all() as { run_id: number }[];
      expect(outbox).toHaveLength(5);
      expect(outbox.at(-1)).toEqual({ run_id: 4, recipient: 'a@example.ch', state: 'sent' });
      expect(getEnabledAt(s.db, 'report.daily')).toBe(100);
      expect(getEnabledAt(s.db, 'report.weekly')).toBeNull();
    } finally {
      s.close();
    }
  });

  it('a current store that cannot be read: the restore goes on without it', () => {
    incoming.close();
    current.close();
    writeFileSync(current.path, 'not a database at all, and longer than a header '.repeat(200));
    expect(carryLedgerInto(incoming.path, current.path)).toBe(false);
  });
});

describe('a switch of data source', () => {
  it('clears the synced data but keeps the runs, the deliveries and the enablement', () => {
    send(current, 'report.daily', '2026-03-01', ['a@example.ch'], 3);
    stampEnablement(current.db, 'report.daily', 100);
    switchDataSource(current.db, 'demo', 1);
    expect(
      switchDataSource(current.db, dataSourceId({ url: 'https://b.example.ch', email: 'x@b.ch' }), 2),
    ).toBe(true);
    replaceDataSource(current.db, dataSourceId({ url: 'https://c.example.ch', email: 'x@c.ch' }), 3);
    expect(runs(current)).toEqual([{ id: 1, job: 'report.daily', period_key: '2026-03-01' }]);
    expect(current.sqlite.prepare('SELECT state FROM mail_outbox').all()).toEqual([{ state: 'sent' }]);
    expect(getEnabledAt(current.db, 'report.daily')).toBe(100);
  });
});
