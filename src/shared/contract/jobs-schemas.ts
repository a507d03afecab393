// Schemas of the long jobs the app runs off its main thread (re-aggregation, exports, report rendering): their
// progress and end as events, and the call that cancels one.
import { z } from 'zod';
import { apiErrorSchema } from './sync-settings-schemas';

export const cancelJobInputSchema = z.object({ jobId: z.string().min(1) });

export const jobProgressSchema = z.object({
  jobId: z.string(),
  /** the registered task's name, e.g. 'aggregation:aggregate-all' */
  task: z.string(),
  done: z.number(),
  total: z.number(),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;

export const jobFinishedSchema = z.object({
  jobId: z.string(),
  task: z.string(),
  outcome: z.enum(['done', 'failed', 'cancelled']),
  error: apiErrorSchema.nullable(),
});
export type JobFinished = z.infer<typeof jobFinishedSchema>;
