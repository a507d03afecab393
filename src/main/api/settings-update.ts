// settings:update-settings and settings:get-settings: the Settings screen's fields mapped onto the settings schema
// (src/main/settings), its errors mapped back next to the screen's fields, translated.
import type { Db } from '../store/open-store';
import type { Lang } from '../../shared/analytics-types';
import type {
  SettingsField,
  SettingsUpdate,
  SettingsUpdateResult,
  SettingsView,
} from '../../shared/contract/sync-settings-schemas';
import {
  applySettingsPatch,
  readSettings,
  savedServerOrigin,
  serverProfileOf,
  settingsMessageText,
  userSettingValues,
  type SettingsChange,
  type SettingsErrors,
} from '../settings';
import type { ServerPasswords } from '../secrets/server-password';
import type { SmtpPasswords } from '../secrets/smtp-password';
import { translateMessage } from '../../shared/i18n';

export type { SettingsChange } from '../settings';
export type FieldErrors = Partial<Record<SettingsField, string>>;

/** The screen's fields and the settings paths they edit. */
const FIELD_PATHS = {
  serverUrl: 'server.url',
  email: 'server.email',
  historyDays: 'sync.historyDays',
  syncIntervalMinutes: 'sync.intervalMinutes',
  onTimeThresholdMinutes: 'analytics.onTimeThresholdMinutes',
  timeZone: 'analytics.timeZone',
  language: 'ui.language',
  theme: 'ui.theme',
  keepRunningInTray: 'shell.keepRunningInTray',
} as const satisfies Partial<Record<SettingsField, string>>;

const THRESHOLDS_PREFIX = 'analytics.insightThresholds.';

function patchOf(update: SettingsUpdate): Record<string, unknown> {
  const patch: Record<string, unknown> = { ...(update.values ?? {}) };
  for (const [field, path] of Object.entries(FIELD_PATHS)) {
    const value = update[field as keyof typeof FIELD_PATHS];
    if (value !== undefined) patch[path] = value;
  }
  for (const [k, v] of Object.entries(update.insightThresholds ?? {})) {
    if (v !== undefined) patch[`${THRESHOLDS_PREFIX}${k}`] = v;
  }
  return patch;
}

const FIELD_OF_PATH = new Map<string, string>(Object.entries(FIELD_PATHS).map(([f, p]) => [p, f]));

/** An error under the screen's name of its field (`values` fields keep their dotted path). */
function fieldErrorsOf(errors: SettingsErrors, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, msg] of Object.entries(errors)) {
    const field =
      FIELD_OF_PATH.get(path) ??
      (path.startsWith(THRESHOLDS_PREFIX)
        ? `insightThresholds.${path.slice(THRESHOLDS_PREFIX.length)}`
        : path);
    out[field] = settingsMessageText(lang, msg);
  }
  return out;
}

export async function buildSettingsView(db: Db, passwords: ServerPasswords): Promise<SettingsView> {
  const s = readSettings(db);
  const profile = serverProfileOf(s.server);
  const origin = savedServerOrigin(s.server);
  // A secrets file with loose permissions throws on read: the settings still open (the sync reports it).
  const password = origin ? await passwords.get(origin).catch(() => null) : null;
  const backend = passwords.describe();
  const warning = backend.warning ? translateMessage(s.ui.language, backend.warning) : undefined;
  return {
    serverUrl: profile?.url ?? null,
    email: profile?.email ?? null,
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
    values: userSettingValues(s),
  };
}

/** Validates, then writes. Nothing is written when a field is wrong (the password included). */
export async function applySettingsUpdate(
  deps: { db: Db; passwords: ServerPasswords; smtpPasswords?: SmtpPasswords; now: number },
  update: SettingsUpdate,
): Promise<{ result: SettingsUpdateResult; change: SettingsChange | null }> {
  const lang = readSettings(deps.db).ui.language;
  const applied = await applySettingsPatch({ ...deps, lang }, patchOf(update), {
    ...(update.password !== undefined ? { password: update.password } : {}),
  });
  if (!applied.ok)
    return { result: { ok: false, fieldErrors: fieldErrorsOf(applied.errors, lang) }, change: null };
  return {
    result: { ok: true, settings: await buildSettingsView(deps.db, deps.passwords) },
    change: applied.change,
  };
}
