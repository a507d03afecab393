// /company_dispatch/runs and /runs/<id> (docs/dispatch-api.md#runs): bare array, no cap on limit, NULL
// completed_at first.
import type { RunRecord } from '../domain/records';
import type { ServerContext } from './context';
import { authenticate } from './auth-guard';
import { crashReply, restxNotFoundReply } from './error-replies';
import { pyInt, valueErrorText } from './py-int';
import { serializeRunDetail, serializeRunSummary } from './serialize-run';
import { settledReply } from './settled-replies';
import { restxReply, type DemoRequest, type Reply } from './types';

export function handleRuns(ctx: ServerContext, req: DemoRequest): Reply {
  const auth = authenticate(ctx, req);
  if (!auth.ok) return auth.reply;
  if (auth.claims.sub !== ctx.account.publicId) return companyNotFound(req.path);
  const limitText = req.query.get('limit') ?? '50';
  const offsetText = req.query.get('offset') ?? '0';
  const limit = pyInt(limitText);
  if (limit === null) return crashReply(ctx, valueErrorText(limitText));
  const offset = pyInt(offsetText);
  if (offset === null) return crashReply(ctx, valueErrorText(offsetText));
  if (limit < 0)
    return crashReply(ctx, '(psycopg2.errors.InvalidRowCountInLimitClause) LIMIT must not be negative');
  if (offset < 0)
    return crashReply(
      ctx,
      '(psycopg2.errors.InvalidRowCountInResultOffsetClause) OFFSET must not be negative',
    );
  const companyId = ctx.dataset.company.id;
  const runs = ctx.store
    .runs(ctx.now())
    .filter((r) => r.companyId === companyId)
    .sort(compareRuns);
  return restxReply(
    200,
    runs.slice(offset, offset + limit).map((r) => serializeRunSummary(ctx, r)),
  );
}

export function handleRunDetail(ctx: ServerContext, req: DemoRequest, runId: number): Reply {
  const auth = authenticate(ctx, req);
  if (!auth.ok) return auth.reply;
  if (auth.claims.sub !== ctx.account.publicId) return companyNotFound(req.path);
  const now = ctx.now();
  const detail = ctx.store.runDetail(now, runId, ctx.dataset.company.id);
  if (!detail)
    return restxNotFoundReply('dispatch run not found', req.path, [
      '/api/v1/company_dispatch/runs/<int:run_id>',
      '/api/v1/company_dispatch/runs',
      '/api/v1/company_dispatch/delays',
    ]);
  const epoch = ctx.store.epoch(ctx.store.today(now));
  return settledReply(ctx, epoch, detail.settled ? `run ${runId}` : null, () => {
    const driversById = new Map(ctx.dataset.drivers.map((d) => [d.id, d]));
    return restxReply(
      200,
      serializeRunDetail(ctx, detail.run, detail.assignments, detail.bookingsById, driversById),
    );
  });
}

/** completed_at DESC, started_at DESC, day DESC, created_at DESC, id DESC; Postgres puts NULLs first in DESC. */
function compareRuns(a: RunRecord, b: RunRecord): number {
  return (
    descNullsFirst(a.completedAt, b.completedAt) ||
    descNullsFirst(a.startedAt, b.startedAt) ||
    (a.day === b.day ? 0 : a.day < b.day ? 1 : -1) ||
    descNullsFirst(a.createdAt, b.createdAt) ||
    b.id - a.id
  );
}

function descNullsFirst(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return b - a;
}

function companyNotFound(path: string): Reply {
  return restxNotFoundReply('Entreprise non trouvée', path, [path]);
}
