// The delivery ledger — what the scheduler claimed and sent (job_runs, mail_outbox) and when each schedule was
// switched on (schedule_enablement) — must outlive a restore: a backup taken before a send would otherwise make
// the next check send that period again, to every recipient (up to catchUpDays of them). Restore calls
// carryDeliveryLedger to copy the store's ledger into the file about to replace it.
import type Database from 'better-sqlite3';

const RUN_COLUMNS = 'job, period_key, status, started_at, finished_at, detail';
const OUTBOX_COLUMNS =
  'recipient, lang, state, attempts, next_attempt_at, retry_until, sending_since, message_id, response, ' +
  'message, created_at, updated_at';
const LEDGER_TABLES = ['job_runs', 'mail_outbox', 'schedule_enablement'];

function hasLedger(db: Database.Database, schema: 'main' | 'prev'): boolean {
  const names = db.prepare(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table'`).all() as {
    name: string;
  }[];
  return LEDGER_TABLES.every((t) => names.some((n) => n.name === t));
}

/**
 * Makes `target`'s ledger the one of the store at `fromPath` (the current store, closed): its runs and deliveries
 * with their ids (so `report resend ID` and the history still point at them) and its enablement stamps. Runs only
 * `target` knows (a period the current store never recorded) are kept, renumbered after the current ones.
 * Returns false when there is nothing to carry (a store without the ledger's tables).
 */
export function carryDeliveryLedger(target: Database.Database, fromPath: string): boolean {
  target.prepare('ATTACH DATABASE ? AS prev').run(fromPath);
  try {
    if (!hasLedger(target, 'main') || !hasLedger(target, 'prev')) return false;
    target.transaction(() => {
      const onlyHere = target
        .prepare(
          `SELECT id, ${RUN_COLUMNS} FROM main.job_runs r WHERE NOT EXISTS
             (SELECT 1 FROM prev.job_runs p WHERE p.job = r.job AND p.period_key = r.period_key)`,
        )
        .all() as { id: number }[];
      const outboxOf = target.prepare(`SELECT ${OUTBOX_COLUMNS} FROM main.mail_outbox WHERE run_id = ?`);
      const kept = onlyHere.map((run) => ({ run, outbox: outboxOf.all(run.id) }));
      target.exec(`DELETE FROM main.mail_outbox; DELETE FROM main.job_runs; DELETE FROM main.schedule_enablement;
        INSERT INTO main.job_runs (id, ${RUN_COLUMNS}) SELECT id, ${RUN_COLUMNS} FROM prev.job_runs;
        INSERT INTO main.mail_outbox (id, run_id, ${OUTBOX_COLUMNS}) SELECT id, run_id, ${OUTBOX_COLUMNS} FROM prev.mail_outbox;
        INSERT INTO main.schedule_enablement (job, enabled_at) SELECT job, enabled_at FROM prev.schedule_enablement;`);
      const addRun = target.prepare(
        `INSERT INTO main.job_runs (${RUN_COLUMNS}) VALUES (@job, @period_key, @status, @started_at, @finished_at, @detail)`,
      );
      const addOutbox = target.prepare(
        `INSERT INTO main.mail_outbox (run_id, ${OUTBOX_COLUMNS}) VALUES (@run_id, @recipient, @lang, @state,
           @attempts, @next_attempt_at, @retry_until, @sending_since, @message_id, @response, @message,
           @created_at, @updated_at)`,
      );
      for (const { run, outbox } of kept) {
        const { id: _old, ...fields } = run;
        const runId = Number(addRun.run(fields).lastInsertRowid);
        for (const row of outbox) addOutbox.run({ ...(row as object), run_id: runId });
      }
    })();
    return true;
  } finally {
    target.prepare('DETACH DATABASE prev').run();
  }
}
