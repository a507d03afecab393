// settings:update-settings and settings:get-settings: the checks that become field errors next to their fields,
// and the write (password to the secret store, everything else to the settings table).
import type { Db } from '../store/open-store';
import type { SecretStore } from '../secrets/secret-store';
import type { InsightThresholds, Lang } from '../../shared/analytics-types';
import {
  INSIGHT_THRESHOLD_FIELDS,
  INSIGHT_THRESHOLD_LIMITS,
  INSIGHT_THRESHOLD_PAIRS,
  SETTINGS_LIMITS,
  type SettingsField,
  type SettingsUpdate,
  type SettingsUpdateResult,
  type SettingsView,
} from '../../shared/contract/sync-settings-schemas';
import { translate, translateMessage, type MessageKey, type MessageParams } from '../../shared/i18n';
import { errorText } from '../../shared/i18n/localized-error';
import { readAppSettings, SERVER_PASSWORD_KEY, writeAppSettings, type AppSettings } from './app-settings';

export type FieldErrors = Partial<Record<SettingsField, string>>;

/** Which parts of the settings an update changed, so the app can react (re-aggregate, re-sync, reschedule). */
export interface SettingsChange {
  server: boolean;
  password: boolean;
  /** the on-time threshold or the zone: the aggregated tables must be rebuilt */
  analytics: boolean;
  /** the insight thresholds: applied when read, nothing to rebuild (the UI refetches) */
  insightThresholds: boolean;
  sync: boolean;
  ui: boolean;
  shell: boolean;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isValidTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function checkInt(value: number | undefined, limits: { min: number; max: number }): boolean {
  return value === undefined || (Number.isInteger(value) && value >= limits.min && value <= limits.max);
}

export function validateSettingsUpdate(
  update: SettingsUpdate,
  current: AppSettings,
  lang: Lang,
): FieldErrors {
  const m = (key: MessageKey, params?: MessageParams) => translate(lang, key, params);
  const errors: FieldErrors = {};
  const url =
    update.serverUrl === undefined ? (current.server?.url ?? null) : update.serverUrl?.trim() || null;
  const email = update.email === undefined ? (current.server?.email ?? null) : update.email?.trim() || null;
  if (update.serverUrl) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(update.serverUrl.trim());
    } catch {
      /* reported below */
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !parsed.hostname) {
      errors.serverUrl = m('api.badUrl');
    } else if (parsed.protocol === 'http:' && !LOOPBACK_HOSTS.has(parsed.hostname)) {
      errors.serverUrl = m('api.httpsRequired');
    }
  }
  if (url && !email) errors.email = m('api.required');
  else if (email && !/^[^\s@]+@[^\s@]+$/.test(email)) errors.email = m('api.badEmail');
  else if (email && !url && update.email !== undefined) errors.serverUrl = m('api.emailWithoutServer');
  if (!checkInt(update.historyDays, SETTINGS_LIMITS.historyDays)) {
    errors.historyDays = m('api.range', {
      min: SETTINGS_LIMITS.historyDays.min,
      max: SETTINGS_LIMITS.historyDays.max,
    });
  }
  if (!checkInt(update.onTimeThresholdMinutes, SETTINGS_LIMITS.onTimeThresholdMinutes)) {
    const l = SETTINGS_LIMITS.onTimeThresholdMinutes;
    errors.onTimeThresholdMinutes = m('api.range', { min: l.min, max: l.max });
  }
  if (!checkInt(update.syncIntervalMinutes, SETTINGS_LIMITS.syncIntervalMinutes)) {
    const l = SETTINGS_LIMITS.syncIntervalMinutes;
    errors.syncIntervalMinutes = m('api.range', { min: l.min, max: l.max });
  }
  if (update.timeZone !== undefined && !isValidTimeZone(update.timeZone)) errors.timeZone = m('api.badZone');
  Object.assign(errors, validateInsightThresholds(update.insightThresholds, current, lang));
  return errors;
}

function withThresholds(
  base: InsightThresholds,
  update: NonNullable<SettingsUpdate['insightThresholds']>,
): InsightThresholds {
  const out = { ...base };
  for (const k of INSIGHT_THRESHOLD_FIELDS) {
    const v = update[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function validateInsightThresholds(
  update: SettingsUpdate['insightThresholds'],
  current: AppSettings,
  lang: Lang,
): FieldErrors {
  const errors: FieldErrors = {};
  if (!update) return errors;
  const m = (key: MessageKey, params?: MessageParams) => translate(lang, key, params);
  for (const k of INSIGHT_THRESHOLD_FIELDS) {
    const v = update[k];
    if (v === undefined) continue;
    const l = INSIGHT_THRESHOLD_LIMITS[k];
    const ok = Number.isFinite(v) && v >= l.min && v <= l.max && (!l.integer || Number.isInteger(v));
    if (!ok)
      errors[`insightThresholds.${k}`] = l.integer
        ? m('api.range', { min: l.min, max: l.max })
        : m('api.numberRange', { min: l.min, max: l.max });
  }
  // A pair is checked on the values it will have, and the error goes next to the field(s) this update changes.
  const next = withThresholds(current.analytics.insightThresholds, update);
  for (const [low, high] of INSIGHT_THRESHOLD_PAIRS) {
    if (errors[`insightThresholds.${low}`] || errors[`insightThresholds.${high}`]) continue;
    if (next[low] < next[high]) continue;
    if (update[low] !== undefined)
      errors[`insightThresholds.${low}`] = m('api.mustBeBelow', { high: next[high] });
    if (update[high] !== undefined)
      errors[`insightThresholds.${high}`] = m('api.mustBeAbove', { low: next[low] });
  }
  return errors;
}

export async function buildSettingsView(db: Db, secretStore: SecretStore): Promise<SettingsView> {
  const s = readAppSettings(db);
  // A secrets file with loose permissions throws on read: the settings still open (the sync reports it).
  const password = await secretStore.get(SERVER_PASSWORD_KEY).catch(() => null);
  const backend = secretStore.describe();
  const warning = backend.warning ? translateMessage(s.ui.language, backend.warning) : undefined;
  return {
    serverUrl: s.server?.url ?? null,
    email: s.server?.email ?? null,
    hasPassword: password !== null && password !== '',
    secretBackend: {
      backend: backend.backend,
      secure: backend.secure,
      ...(warning ? { warning } : {}),
    },
    historyDays: s.sync.historyDays,
    onTimeThresholdMinutes: s.analytics.onTimeThresholdMinutes,
    timeZone: s.analytics.timeZone,
    language: s.ui.language,
    theme: s.ui.theme,
    syncIntervalMinutes: s.sync.intervalMinutes,
    keepRunningInTray: s.shell.keepRunningInTray,
    insightThresholds: { ...s.analytics.insightThresholds },
  };
}

/** Validates, then writes. Nothing is written when a field is wrong (the password included). */
export async function applySettingsUpdate(
  deps: { db: Db; secretStore: SecretStore; now: number },
  update: SettingsUpdate,
): Promise<{ result: SettingsUpdateResult; change: SettingsChange | null }> {
  const { db, secretStore, now } = deps;
  const current = readAppSettings(db);
  const lang = current.ui.language;
  const fieldErrors = validateSettingsUpdate(update, current, lang);
  if (Object.keys(fieldErrors).length > 0) return { result: { ok: false, fieldErrors }, change: null };

  const next: AppSettings = structuredClone(current);
  if (update.serverUrl !== undefined || update.email !== undefined) {
    const url = update.serverUrl === undefined ? current.server?.url : update.serverUrl?.trim();
    const email = update.email === undefined ? current.server?.email : update.email?.trim();
    next.server = url && email ? { url: url.replace(/\/+$/, ''), email } : null;
  }
  if (update.historyDays !== undefined) next.sync.historyDays = update.historyDays;
  if (update.syncIntervalMinutes !== undefined) next.sync.intervalMinutes = update.syncIntervalMinutes;
  if (update.onTimeThresholdMinutes !== undefined)
    next.analytics.onTimeThresholdMinutes = update.onTimeThresholdMinutes;
  if (update.timeZone !== undefined) next.analytics.timeZone = update.timeZone;
  if (update.insightThresholds) {
    next.analytics.insightThresholds = withThresholds(
      next.analytics.insightThresholds,
      update.insightThresholds,
    );
  }
  if (update.language !== undefined) next.ui.language = update.language;
  if (update.theme !== undefined) next.ui.theme = update.theme;
  if (update.keepRunningInTray !== undefined) next.shell.keepRunningInTray = update.keepRunningInTray;

  // The password first: the secret store may refuse (no secure backend), and then nothing else is written.
  if (update.password !== undefined) {
    try {
      if (update.password === null || update.password === '') await secretStore.delete(SERVER_PASSWORD_KEY);
      else await secretStore.set(SERVER_PASSWORD_KEY, update.password);
    } catch (err) {
      const detail = errorText(lang, err) ?? (err instanceof Error ? err.message : String(err));
      return {
        result: {
          ok: false,
          fieldErrors: { password: translate(lang, 'api.insecureSecrets', { warning: detail }) },
        },
        change: null,
      };
    }
  }

  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const change: SettingsChange = {
    server: !same(current.server, next.server),
    password: update.password !== undefined,
    analytics:
      current.analytics.onTimeThresholdMinutes !== next.analytics.onTimeThresholdMinutes ||
      current.analytics.timeZone !== next.analytics.timeZone,
    insightThresholds: !same(current.analytics.insightThresholds, next.analytics.insightThresholds),
    sync: !same(current.sync, next.sync),
    ui: !same(current.ui, next.ui),
    shell: !same(current.shell, next.shell),
  };
  const sections: Partial<AppSettings> = {};
  for (const key of ['server', 'analytics', 'sync', 'ui', 'shell'] as const) {
    if (!same(current[key], next[key])) (sections as Record<string, unknown>)[key] = next[key];
  }
  writeAppSettings(db, sections, now);
  return { result: { ok: true, settings: await buildSettingsView(db, secretStore) }, change };
}
