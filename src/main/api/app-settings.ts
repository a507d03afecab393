// The app's settings as one object, read from the settings table's JSON keys with defaults filled in.
// Keys: 'analytics', 'server', 'sync', 'ui' and 'shell' (window and tray).
// The server password is never here: it lives in the secret store under SERVER_PASSWORD_KEY.
import type { Db } from '../store/open-store';
import { getSetting, setSetting } from '../store/repos/settings-repo';
import {
  DEFAULT_ANALYTICS_SETTINGS,
  DEFAULT_INSIGHT_THRESHOLDS,
  type AnalyticsSettings,
  type InsightThresholds,
  type Lang,
} from '../../shared/analytics-types';

export { SERVER_PASSWORD_KEY } from '../secrets/secret-store';

export interface ServerProfile {
  url: string;
  email: string;
}
export interface SyncSettings {
  historyDays: number;
  windowDays: number;
  /** 0 = no periodic sync */
  intervalMinutes: number;
}
export interface UiSettings {
  language: Lang;
  theme: 'light' | 'dark' | 'system';
}
export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}
export interface ShellSettings {
  keepRunningInTray: boolean;
  windowBounds: WindowBounds | null;
}

export interface AppSettings {
  analytics: AnalyticsSettings;
  server: ServerProfile | null;
  sync: SyncSettings;
  ui: UiSettings;
  shell: ShellSettings;
}

export const DEFAULT_SYNC_SETTINGS: SyncSettings = { historyDays: 90, windowDays: 14, intervalMinutes: 15 };
export const DEFAULT_UI_SETTINGS: UiSettings = { language: 'fr', theme: 'system' };
// Off by default on Linux: several desktops (GNOME) show no tray icon, and the app would keep running unseen.
export const DEFAULT_SHELL_SETTINGS: ShellSettings = {
  keepRunningInTray: process.platform !== 'linux',
  windowBounds: null,
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// A hand-edited or older row must not break the app: unknown or mistyped fields fall back to their default.
function merge<T extends object>(defaults: T, stored: unknown): T {
  if (!isRecord(stored)) return { ...defaults };
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [k, v] of Object.entries(defaults)) {
    const s = stored[k];
    if (s !== undefined && (v === null || s === null ? true : typeof s === typeof v)) out[k] = s;
  }
  return out as T;
}

/**
 * The 'analytics' row completed with the defaults, the insight thresholds field by field (a store written
 * before they existed, or missing one, reads as the defaults of docs/analytics.md#insight-thresholds). Only
 * finite numbers are taken.
 */
export function analyticsSettingsFrom(stored: unknown): AnalyticsSettings {
  const base = merge(DEFAULT_ANALYTICS_SETTINGS, stored);
  const storedThresholds = isRecord(stored) ? stored.insightThresholds : null;
  const insightThresholds = { ...DEFAULT_INSIGHT_THRESHOLDS };
  if (isRecord(storedThresholds)) {
    for (const k of Object.keys(insightThresholds) as (keyof InsightThresholds)[]) {
      const v = storedThresholds[k];
      if (typeof v === 'number' && Number.isFinite(v)) insightThresholds[k] = v;
    }
  }
  return { ...base, insightThresholds };
}

export function readAppSettings(db: Db): AppSettings {
  const server = getSetting<unknown>(db, 'server', null);
  const ui = merge(DEFAULT_UI_SETTINGS, getSetting<unknown>(db, 'ui', null));
  return {
    analytics: analyticsSettingsFrom(getSetting<unknown>(db, 'analytics', null)),
    server:
      isRecord(server) && typeof server.url === 'string' && server.url && typeof server.email === 'string'
        ? { url: server.url, email: server.email }
        : null,
    sync: merge(DEFAULT_SYNC_SETTINGS, getSetting<unknown>(db, 'sync', null)),
    ui: { ...ui, language: ui.language === 'en' ? 'en' : 'fr' },
    shell: merge(DEFAULT_SHELL_SETTINGS, getSetting<unknown>(db, 'shell', null)),
  };
}

/** Writes the given sections (whole), in one transaction. */
export function writeAppSettings(db: Db, sections: Partial<AppSettings>, now: number): void {
  db.transaction((tx) => {
    for (const [key, value] of Object.entries(sections)) {
      if (value !== undefined) setSetting(tx as unknown as Db, key, value, now);
    }
  });
}
