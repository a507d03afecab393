// Full re-aggregation (after a change of the on-time threshold or the time zone): a year takes 0.5–0.8 s of
// synchronous SQLite work, so it runs in the worker instead of freezing the window that asked for it.
import type { AnalyticsSettings } from '../../../shared/analytics-types';
import { aggregateAll, type AggregateResult } from '../../aggregation/aggregate-service';
import type { TaskFn } from '../task';

export interface AggregateAllInput {
  companyId: number;
  settings: AnalyticsSettings;
}

export const aggregateAllTask: TaskFn<AggregateAllInput, AggregateResult> = async (ctx, input) =>
  aggregateAll(ctx.db, {
    companyId: input.companyId,
    settings: input.settings,
    now: ctx.now,
    progress: ctx.progress,
  });
