// The one API contract between the UI and the app: channel names, zod schemas of every input and output, the
// result envelope and the typed client both transports implement (IPC preload, HTTP + SSE for `serve`).
import { z } from 'zod';
import type {
  DashboardJson,
  DelayHeatmapCellJson,
  DriverStatsJson,
  FacilitiesJson,
  InsightsJson,
  TodaySoFarJson,
  TripJson,
  WeeklySummaryJson,
} from './analytics-types';
import {
  dashboardJsonSchema,
  delayHeatmapCellJsonSchema,
  driverStatsJsonSchema,
  facilitiesJsonSchema,
  insightsJsonSchema,
  todaySoFarSchema,
  tripJsonSchema,
  weeklySummaryJsonSchema,
} from './contract/analytics-schemas';
import {
  dashboardInputSchema,
  dateRangeSchema,
  insightsInputSchema,
  listTripsInputSchema,
  weeklySummaryInputSchema,
} from './contract/analytics-inputs';
import {
  appInfoSchema,
  emptyInputSchema,
  settingsUpdateResultSchema,
  settingsUpdateSchema,
  settingsViewSchema,
  syncStatusSchema,
  type AppInfo,
  type SettingsUpdateResult,
  type SettingsView,
  type SyncFinished,
  type SyncProgress,
  type SyncStatus,
} from './contract/sync-settings-schemas';
import type { ApiChannel, ApiEventName } from './contract/channels';
import {
  showExportInputSchema,
  startExportInputSchema,
  startExportResultSchema,
  type StartExportResult,
} from './contract/export-inputs';
import { cancelJobInputSchema, type JobFinished, type JobProgress } from './contract/jobs-schemas';
import { forecastInputSchema, forecastJsonSchema, type ForecastJson } from './contract/forecast-schemas';
import type { AppNavigate } from './contract/navigation-schemas';
import { loginItemSchema, setLoginItemInputSchema, type LoginItem } from './contract/shell-schemas';
import {
  backupJsonSchema,
  backupListSchema,
  restoreBackupInputSchema,
  restoreBackupResultSchema,
  type BackupJson,
  type BackupList,
  type RestoreBackupResult,
} from './contract/backup-schemas';
import {
  deliveryOutcomeSchema,
  reportPreviewInputSchema,
  reportPreviewSchema,
  reportResendInputSchema,
  reportSendNowInputSchema,
  reportTestEmailInputSchema,
  reportsOverviewSchema,
  reportsSettingsResultSchema,
  reportsSettingsUpdateSchema,
  testEmailResultSchema,
  type DeliveryOutcome,
  type ReportPreview,
  type ReportsOverview,
  type ReportsSettingsResult,
} from './contract/reports-schemas';

export * from './contract/channels';
export * from './contract/analytics-schemas';
export * from './contract/analytics-inputs';
export * from './contract/sync-settings-schemas';
export * from './contract/dispatch-api';
export * from './contract/jobs-schemas';
export * from './contract/backup-schemas';
export * from './contract/reports-schemas';
export * from './contract/navigation-schemas';
export * from './contract/shell-schemas';
export * from './contract/forecast-schemas';

export const tripsPageSchema = z.object({ total: z.number(), rows: z.array(tripJsonSchema) });
export interface TripsPage {
  total: number;
  rows: TripJson[];
}

/** Input and output schema of every channel. Inputs are parsed by the app (never trusted from the UI). */
export const API_SCHEMAS = {
  'analytics:get-dashboard': { input: dashboardInputSchema, output: dashboardJsonSchema },
  'analytics:get-insights': { input: insightsInputSchema, output: insightsJsonSchema },
  'analytics:get-weekly-summary': { input: weeklySummaryInputSchema, output: weeklySummaryJsonSchema },
  'analytics:get-delay-heatmap': { input: dateRangeSchema, output: z.array(delayHeatmapCellJsonSchema) },
  // today so far, for the wall screen's live view (null: no sync has written today yet)
  'analytics:get-today': { input: emptyInputSchema, output: todaySoFarSchema.nullable() },
  // per medical facility over a day range (docs/analytics.md#facilities)
  'analytics:get-facilities': { input: dateRangeSchema, output: facilitiesJsonSchema },
  // the next days' expected bookings for the dashboard's band (learned from complete past days only)
  'analytics:get-forecast': { input: forecastInputSchema, output: forecastJsonSchema },
  'trips:list-trips': { input: listTripsInputSchema, output: tripsPageSchema },
  'drivers:list-driver-stats': { input: dateRangeSchema, output: z.array(driverStatsJsonSchema) },
  'sync:start-sync': { input: emptyInputSchema, output: z.object({ started: z.boolean() }) },
  'sync:cancel-sync': { input: emptyInputSchema, output: z.object({ cancelled: z.boolean() }) },
  'sync:get-status': { input: emptyInputSchema, output: syncStatusSchema },
  'settings:get-settings': { input: emptyInputSchema, output: settingsViewSchema },
  'settings:update-settings': { input: settingsUpdateSchema, output: settingsUpdateResultSchema },
  'app:get-info': { input: emptyInputSchema, output: appInfoSchema },
  'jobs:cancel-job': { input: cancelJobInputSchema, output: z.object({ cancelled: z.boolean() }) },
  'backups:list-backups': { input: emptyInputSchema, output: backupListSchema },
  'backups:create-backup': { input: emptyInputSchema, output: backupJsonSchema },
  'backups:restore-backup': { input: restoreBackupInputSchema, output: restoreBackupResultSchema },
  'reports:get-overview': { input: emptyInputSchema, output: reportsOverviewSchema },
  'reports:update-settings': { input: reportsSettingsUpdateSchema, output: reportsSettingsResultSchema },
  'reports:preview-report': { input: reportPreviewInputSchema, output: reportPreviewSchema },
  'reports:send-now': { input: reportSendNowInputSchema, output: deliveryOutcomeSchema },
  'reports:send-test-email': { input: reportTestEmailInputSchema, output: testEmailResultSchema },
  'reports:resend-delivery': { input: reportResendInputSchema, output: deliveryOutcomeSchema },
  'exports:start-export': { input: startExportInputSchema, output: startExportResultSchema },
  'exports:show-in-folder': { input: showExportInputSchema, output: z.object({ shown: z.boolean() }) },
  'shell:get-login-item': { input: emptyInputSchema, output: loginItemSchema },
  'shell:set-login-item': { input: setLoginItemInputSchema, output: loginItemSchema },
} as const satisfies Record<ApiChannel, { input: z.ZodType; output: z.ZodType }>;

/** What a caller passes (defaults may be left out). */
export type ApiInput<C extends ApiChannel> = z.input<(typeof API_SCHEMAS)[C]['input']>;
/** What a handler receives after parsing (defaults filled in). */
export type ApiParsedInput<C extends ApiChannel> = z.output<(typeof API_SCHEMAS)[C]['input']>;

/** Outputs, typed by the shared interfaces (the schemas mirror them; see analytics-schemas.ts). */
export interface ApiOutputs {
  'analytics:get-dashboard': DashboardJson;
  'analytics:get-insights': InsightsJson;
  'analytics:get-weekly-summary': WeeklySummaryJson;
  'analytics:get-delay-heatmap': DelayHeatmapCellJson[];
  'analytics:get-today': TodaySoFarJson | null;
  'analytics:get-facilities': FacilitiesJson;
  'analytics:get-forecast': ForecastJson;
  'trips:list-trips': TripsPage;
  'drivers:list-driver-stats': DriverStatsJson[];
  'sync:start-sync': { started: boolean };
  'sync:cancel-sync': { cancelled: boolean };
  'sync:get-status': SyncStatus;
  'settings:get-settings': SettingsView;
  'settings:update-settings': SettingsUpdateResult;
  'app:get-info': AppInfo;
  'jobs:cancel-job': { cancelled: boolean };
  'backups:list-backups': BackupList;
  'backups:create-backup': BackupJson;
  'backups:restore-backup': RestoreBackupResult;
  'reports:get-overview': ReportsOverview;
  'reports:update-settings': ReportsSettingsResult;
  'reports:preview-report': ReportPreview;
  'reports:send-now': DeliveryOutcome;
  'reports:send-test-email': { response: string };
  'reports:resend-delivery': DeliveryOutcome;
  'exports:start-export': StartExportResult;
  'exports:show-in-folder': { shown: boolean };
  'shell:get-login-item': LoginItem;
  'shell:set-login-item': LoginItem;
}
export type ApiOutput<C extends ApiChannel> = ApiOutputs[C];

export interface ApiEvents {
  'sync:progress': SyncProgress;
  'sync:finished': SyncFinished;
  'jobs:progress': JobProgress;
  'jobs:finished': JobFinished;
  'app:navigate': AppNavigate;
}
export type ApiEventPayload<E extends ApiEventName> = ApiEvents[E];
