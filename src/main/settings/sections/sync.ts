// How syncs run: how far back the first one reads, the rolling window re-read each time, how often it runs.
import { z } from 'zod';
import { SETTINGS_LIMITS } from '../../../shared/contract/sync-settings-schemas';
import { intField } from '../field-rules';

const { historyDays, syncIntervalMinutes } = SETTINGS_LIMITS;

export const syncSettingsSchema = z.object({
  /** days the first sync reads back from today */
  historyDays: intField(historyDays.min, historyDays.max, 90),
  /** days every later sync re-reads (late edits happen there) */
  windowDays: intField(1, 365, 14),
  /** 0 = no periodic sync */
  intervalMinutes: intField(syncIntervalMinutes.min, syncIntervalMinutes.max, 15),
  /** day fetches in flight at once; writes stay sequential */
  concurrency: intField(1, 16, 6),
});

export type SyncSettings = z.output<typeof syncSettingsSchema>;
