// Inputs of the analytics, trips and drivers calls.
import { z } from 'zod';
import { PERIOD_PRESETS, TRIP_SORTS, type PeriodPreset } from '../analytics-types';
import { isoDateSchema, tripFilterSchema } from './analytics-schemas';

/** Longest range a single call may ask for (about ten years). */
export const MAX_RANGE_DAYS = 3660;

function rangeDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

function checkRange(v: { from: string; to: string }, ctx: z.RefinementCtx): void {
  const days = rangeDays(v.from, v.to);
  if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: '`to` must be on or after `from`' });
  else if (days > MAX_RANGE_DAYS)
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `a range may span at most ${MAX_RANGE_DAYS} days`,
    });
}

export const dateRangeSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .strict()
  .superRefine(checkRange);
export type DateRange = z.infer<typeof dateRangeSchema>;

export const periodPresetSchema = z.enum(PERIOD_PRESETS);
export type { PeriodPreset };

export const dashboardInputSchema = z.union([
  z.object({ period: periodPresetSchema }).strict(),
  dateRangeSchema,
]);
export type DashboardInput = z.infer<typeof dashboardInputSchema>;

/**
 * The weekday analysis over a period (the dashboard's), or over the last `lookbackDays` days ending today. The
 * lookback branch refuses `from`/`to` outright, so a faulty period is reported against the period's fields.
 */
export const insightsInputSchema = z
  .union([
    dateRangeSchema,
    z
      .object({
        lookbackDays: z.number().int().min(1).max(730).default(30),
        from: z.undefined().optional(),
        to: z.undefined().optional(),
      })
      .strict(),
  ])
  .default({ lookbackDays: 30 });
export type InsightsInput = z.infer<typeof insightsInputSchema>;

export const weeklySummaryInputSchema = z
  .object({ weekStart: isoDateSchema.optional() })
  .strict()
  .default({});

export { TRIP_SORTS };
export const MAX_TRIPS_PAGE = 1000;

export const listTripsInputSchema = z
  .object({
    filter: tripFilterSchema.superRefine(checkRange),
    sort: z.enum(TRIP_SORTS).default('scheduled'),
    dir: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(MAX_TRIPS_PAGE).default(200),
  })
  .strict();
