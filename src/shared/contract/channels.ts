// Channel and event names of the API, with no dependency at all: the sandboxed preload imports this file and may
// only bundle plain code (it cannot `require('zod')`). Channel names read `domain:verb-noun`.

export const API_CHANNELS = [
  'analytics:get-dashboard',
  'analytics:get-insights',
  'analytics:get-weekly-summary',
  'analytics:get-delay-heatmap',
  'analytics:get-today',
  'analytics:get-facilities',
  'analytics:get-forecast',
  'trips:list-trips',
  'drivers:list-driver-stats',
  'sync:start-sync',
  'sync:cancel-sync',
  'sync:get-status',
  'settings:get-settings',
  'settings:update-settings',
  'app:get-info',
  'jobs:cancel-job',
  'backups:list-backups',
  'backups:create-backup',
  'backups:restore-backup',
  'reports:get-overview',
  'reports:update-settings',
  'reports:preview-report',
  'reports:send-now',
  'reports:send-test-email',
  'reports:resend-delivery',
  'exports:start-export',
  'exports:show-in-folder',
  'shell:get-login-item',
  'shell:set-login-item',
] as const;

export type ApiChannel = (typeof API_CHANNELS)[number];

/** Events pushed from the app to the UI (IPC `webContents.send`, or SSE on `GET /api/events`). */
export const API_EVENTS = [
  'sync:progress',
  'sync:finished',
  'jobs:progress',
  'jobs:finished',
  // the desktop shell asks the page to open a screen (a notification was clicked)
  'app:navigate',
] as const;

export type ApiEventName = (typeof API_EVENTS)[number];

/** The DispatchApi method that calls each channel. */
export const API_METHOD_BY_CHANNEL = {
  'analytics:get-dashboard': 'getDashboard',
  'analytics:get-insights': 'getInsights',
  'analytics:get-weekly-summary': 'getWeeklySummary',
  'analytics:get-delay-heatmap': 'getDelayHeatmap',
  'analytics:get-today': 'getToday',
  'analytics:get-facilities': 'getFacilities',
  'analytics:get-forecast': 'getForecast',
  'trips:list-trips': 'listTrips',
  'drivers:list-driver-stats': 'listDriverStats',
  'sync:start-sync': 'startSync',
  'sync:cancel-sync': 'cancelSync',
  'sync:get-status': 'getSyncStatus',
  'settings:get-settings': 'getSettings',
  'settings:update-settings': 'updateSettings',
  'app:get-info': 'getAppInfo',
  'jobs:cancel-job': 'cancelJob',
  'backups:list-backups': 'listBackups',
  'backups:create-backup': 'createBackup',
  'backups:restore-backup': 'restoreBackup',
  'reports:get-overview': 'getReportsOverview',
  'reports:update-settings': 'updateReportsSettings',
  'reports:preview-report': 'previewReport',
  'reports:send-now': 'sendReportNow',
  'reports:send-test-email': 'sendTestEmail',
  'reports:resend-delivery': 'resendDelivery',
  'exports:start-export': 'startExport',
  'exports:show-in-folder': 'showExportInFolder',
  'shell:get-login-item': 'getLoginItem',
  'shell:set-login-item': 'setLoginItem',
} as const satisfies Record<ApiChannel, string>;

export type ApiMethodName = (typeof API_METHOD_BY_CHANNEL)[ApiChannel];

export function isApiChannel(value: unknown): value is ApiChannel {
  return typeof value === 'string' && (API_CHANNELS as readonly string[]).includes(value);
}

export function isApiEventName(value: unknown): value is ApiEventName {
  return typeof value === 'string' && (API_EVENTS as readonly string[]).includes(value);
}

/** Kinds every failure is reported as: the UI words its message and its action by kind. */
export type ApiErrorKind = 'validation' | 'not_found' | 'external' | 'internal';

export interface ApiError {
  kind: ApiErrorKind;
  /** a sentence that says what happened and what to do, in the app's language */
  message: string;
  /** stable machine code when the UI may act on it: 'unauthorized', 'network', 'already_running', … */
  code?: string;
  /**
   * the catalogue key of `message` when the failure was worded where the app's language is not known (the HTTP
   * client itself, when `serve` does not answer): the UI shows translate(itsLanguage, key, params) instead
   */
  key?: string;
  params?: Record<string, string | number>;
}

/** Every call answers with this envelope; transports never throw for an API failure. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };
