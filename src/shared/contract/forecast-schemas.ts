// The bookings forecast over the API (`analytics:get-forecast`): the next days' expected bookings with their 80 %
// interval, learned from complete past days only. Method: docs/analytics.md#forecast.
import { z } from 'zod';
import { isoDateSchema } from './analytics-schemas';

/** The longest forecast a call may ask for (four weeks: beyond, the weekly pattern is all it knows). */
export const MAX_FORECAST_DAYS = 28;

export const forecastInputSchema = z
  .object({ days: z.number().int().min(1).max(MAX_FORECAST_DAYS).default(7) })
  .strict()
  .default({ days: 7 });
export type ForecastInput = z.infer<typeof forecastInputSchema>;

export const forecastDaySchema = z.object({
  date: isoDateSchema,
  /** expected bookings, whole */
  bookings: z.number(),
  /** the 80 % interval, whole bookings (low rounded down, high up) */
  low: z.number(),
  high: z.number(),
});
export type ForecastDayJson = z.infer<typeof forecastDaySchema>;

export const forecastJsonSchema = z.object({
  /** the last complete day the forecast learned from */
  learned_through: isoDateSchema,
  days: z.array(forecastDaySchema),
  /** the first forecast day after today, per local hour */
  next_day: z
    .object({
      date: isoDateSchema,
      hours: z.array(z.object({ hour: z.number(), bookings: z.number() })),
    })
    .nullable(),
});
export type ForecastJson = z.infer<typeof forecastJsonSchema>;
