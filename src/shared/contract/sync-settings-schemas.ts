// Schemas of the sync, settings and app calls (the analytics shapes are in analytics-schemas.ts).
import { z } from 'zod';
import type { InsightThresholds } from '../analytics-types';
import { isoDateSchema } from './analytics-schemas';

const isoInstant = z.string(); // e.g. '2026-03-14T08:30:00.000Z'

export const apiErrorSchema = z.object({
  kind: z.enum(['validation', 'not_found', 'external', 'internal']),
  message: z.string(),
  code: z.string().optional(),
  key: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

// ---- sync ----
export const syncProgressSchema = z.object({
  /** what the sync is doing: 'planning' | 'company' | 'drivers' | 'runs' | 'day' | 'aggregate' | … */
  phase: z.string(),
  dayIndex: z.number(),
  dayCount: z.number(),
  day: isoDateSchema.nullable(),
  bookingsSoFar: z.number(),
  /** set while a request waits to be tried again: `attempt` is the one about to be made (2 = first retry) */
  retrying: z.object({ attempt: z.number(), reason: z.string(), nextInMs: z.number() }).optional(),
});
export type SyncProgress = z.infer<typeof syncProgressSchema>;

export const syncRunStatusSchema = z.enum(['running', 'success', 'failed', 'cancelled']);

export const syncFinishedSchema = z.object({
  status: z.enum(['success', 'failed', 'cancelled']),
  daysSynced: z.number(),
  bookingsSynced: z.number(),
  finishedAt: isoInstant,
  error: apiErrorSchema.nullable(),
});
export type SyncFinished = z.infer<typeof syncFinishedSchema>;

export const syncStatusSchema = z.object({
  running: z.boolean(),
  progress: syncProgressSchema.nullable(),
  lastSync: z
    .object({ finishedAt: isoInstant.nullable(), status: syncRunStatusSchema, error: z.string().nullable() })
    .nullable(),
  /** last local day whose data is complete in the store */
  dataThrough: isoDateSchema.nullable(),
  lastSuccessAt: isoInstant.nullable(),
  /** when the periodic sync fires next (null when off) */
  nextSyncAt: isoInstant.nullable(),
  /** where data comes from: the configured server, or the embedded demo server when none is configured */
  source: z.enum(['server', 'demo']),
  /** the last sync's failure, worded for the user */
  error: apiErrorSchema.optional(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const emptyInputSchema = z.object({}).strict().optional();

// ---- settings ----
/** Bounds shared by the validation and the UI's inputs. */
export const SETTINGS_LIMITS = {
  historyDays: { min: 7, max: 1830 },
  onTimeThresholdMinutes: { min: 0, max: 120 },
  syncIntervalMinutes: { min: 0, max: 1440 }, // 0 = no periodic sync
} as const;

export type InsightThresholdField = keyof InsightThresholds;

/** Bounds of each insight threshold; `integer` ones are day counts. patternDayShare is a fraction (1/3 = a third). */
export const INSIGHT_THRESHOLD_LIMITS: Record<
  InsightThresholdField,
  { min: number; max: number; integer?: boolean; step: number }
> = {
  lowOnTimeRate: { min: 0, max: 100, step: 1 },
  excellentOnTimeRate: { min: 0, max: 100, step: 1 },
  highAvgDelayMinutes: { min: 0, max: 1440, step: 1 },
  trendMinDays: { min: 1, max: 365, integer: true, step: 1 },
  trendWindowDays: { min: 1, max: 365, integer: true, step: 1 },
  trendChangePercent: { min: 0, max: 1000, step: 1 },
  patternDayDelayMinutes: { min: 0, max: 1440, step: 1 },
  patternDayShare: { min: 0, max: 1, step: 0.01 },
  excellentQuality: { min: 0, max: 100, step: 1 },
  lowQuality: { min: 0, max: 100, step: 1 },
  weekdayHighDelayMinutes: { min: 0, max: 1440, step: 1 },
};

/** Pairs where the first must stay strictly below the second (the warning below, the success above). */
export const INSIGHT_THRESHOLD_PAIRS: ReadonlyArray<readonly [InsightThresholdField, InsightThresholdField]> =
  [
    ['lowOnTimeRate', 'excellentOnTimeRate'],
    ['lowQuality', 'excellentQuality'],
  ];

export const INSIGHT_THRESHOLD_FIELDS = Object.keys(INSIGHT_THRESHOLD_LIMITS) as InsightThresholdField[];

const insightThresholdsSchema = z.object({
  lowOnTimeRate: z.number(),
  excellentOnTimeRate: z.number(),
  highAvgDelayMinutes: z.number(),
  trendMinDays: z.number(),
  trendWindowDays: z.number(),
  trendChangePercent: z.number(),
  patternDayDelayMinutes: z.number(),
  patternDayShare: z.number(),
  excellentQuality: z.number(),
  lowQuality: z.number(),
  weekdayHighDelayMinutes: z.number(),
}) satisfies z.ZodType<InsightThresholds>;

export const secretBackendSchema = z.object({
  backend: z.string(),
  secure: z.boolean(),
  warning: z.string().optional(),
});

/** Settings as the UI sees them: never a secret, only whether one is stored. */
export const settingsViewSchema = z.object({
  serverUrl: z.string().nullable(),
  email: z.string().nullable(),
  hasPassword: z.boolean(),
  secretBackend: secretBackendSchema,
  historyDays: z.number(),
  onTimeThresholdMinutes: z.number(),
  timeZone: z.string(),
  language: z.enum(['fr', 'en']),
  theme: z.enum(['light', 'dark', 'system']),
  syncIntervalMinutes: z.number(),
  keepRunningInTray: z.boolean(),
  insightThresholds: insightThresholdsSchema,
  /**
   * Every setting by dotted path ('sync.historyDays', 'exports.csvDelimiter'…), including the sections added after
   * the fields above: a new setting needs no change to this contract.
   */
  values: z.record(z.string(), z.unknown()),
});
export type SettingsView = z.infer<typeof settingsViewSchema>;

/**
 * A partial update. Types are checked here (a wrong type is a `validation` error of the call); ranges, URL and
 * zone validity are checked by the settings schema (src/main/settings) and come back as `fieldErrors` next to
 * their fields.
 * serverUrl null or '' forgets the server (the app goes back to demo data); password null deletes it.
 */
export const settingsUpdateSchema = z
  .object({
    serverUrl: z.string().max(2000).nullable().optional(),
    email: z.string().max(320).nullable().optional(),
    password: z.string().max(1000).nullable().optional(),
    historyDays: z.number().optional(),
    onTimeThresholdMinutes: z.number().optional(),
    timeZone: z.string().max(100).optional(),
    language: z.enum(['fr', 'en']).optional(),
    theme: z.enum(['light', 'dark', 'system']).optional(),
    syncIntervalMinutes: z.number().optional(),
    keepRunningInTray: z.boolean().optional(),
    /** only the thresholds to change */
    insightThresholds: insightThresholdsSchema.partial().strict().optional(),
    /** settings by dotted path, validated by their schema; errors come back under the same path */
    values: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;
/** A field that can carry an error: a top-level field, or `insightThresholds.<name>` for one threshold. */
export type SettingsField =
  | Exclude<keyof SettingsUpdate, 'insightThresholds' | 'values'>
  | `insightThresholds.${InsightThresholdField}`;

export const settingsUpdateResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), settings: settingsViewSchema }),
  z.object({ ok: z.literal(false), fieldErrors: z.record(z.string(), z.string()) }),
]);
export type SettingsUpdateResult =
  { ok: true; settings: SettingsView } | { ok: false; fieldErrors: Partial<Record<SettingsField, string>> };

// ---- app ----
export const appInfoSchema = z.object({
  version: z.string(),
  dataThrough: isoDateSchema.nullable(),
  lastSync: isoInstant.nullable(),
  /** today in the company zone */
  today: isoDateSchema,
  timeZone: z.string(),
  transport: z.enum(['ipc', 'http']),
  /** the store's data: the built-in demo's or a real server's, and its company (null on an empty store) */
  data: z.object({ demo: z.boolean(), company: z.string().nullable() }),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
