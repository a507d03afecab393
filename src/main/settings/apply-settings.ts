// Validates and writes a change to the settings, with the server password when one comes along. Shared by the
// API (Settings screen) and `settings set`, so both refuse the same values with the same messages. Nothing is
// written when a field is wrong (the password included).
import type { Lang } from '../../shared/analytics-types';
import { errorText } from '../../shared/i18n/localized-error';
import type { Db } from '../store/open-store';
import type { ServerPasswords } from '../secrets/server-password';
import type { SmtpPasswords } from '../secrets/smtp-password';
import { readSettings, writeSettings } from './read-settings';
import { SETTINGS_SECTION_NAMES, type Settings } from './registry';
import { validatePatch, type PatchOptions, type SettingsErrors } from './settings-patch';
import { serverOrigin } from './server-url';
import { serverProfileOf } from './sections/server';
import { recordReportEnablement } from './report-enablement';
import { saveSmtpPassword, smtpPasswordErrors } from './smtp-password-change';

/** Which parts of the settings a change touched, so the app can react (re-aggregate, re-sync, reschedule). */
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
  /** every section whose row changed, including those added later (mail, reports, exports…) */
  sections: string[];
}

export type ApplyResult =
  { ok: true; settings: Settings; change: SettingsChange } | { ok: false; errors: SettingsErrors };

export interface ApplyDeps {
  db: Db;
  passwords: ServerPasswords;
  now: number;
  /** the language of a secret store's refusal, when it gives one */
  lang: Lang;
  /** the SMTP passwords: a change of the mail server asks for its password (absent: the rule is not applied) */
  smtpPasswords?: SmtpPasswords;
}

export interface ApplyOptions extends PatchOptions {
  /** a new password for the server the settings will name; null or '' forgets it */
  password?: string | null;
  /** a new SMTP password for the account the mail settings will name; null or '' forgets it */
  smtpPassword?: string | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function applySettingsPatch(
  deps: ApplyDeps,
  patch: Readonly<Record<string, unknown>>,
  opts: ApplyOptions = {},
): Promise<ApplyResult> {
  const current = readSettings(deps.db);
  const { next, errors } = validatePatch(current, patch, opts);
  const currentProfile = serverProfileOf(current.server);
  const nextProfile = serverProfileOf(next.server);
  const currentOrigin = currentProfile ? serverOrigin(currentProfile.url) : null;
  const nextOrigin = nextProfile ? serverOrigin(nextProfile.url) : null;
  const { password } = opts;
  const newPassword = typeof password === 'string' && password !== '' ? password : null;

  if (Object.keys(errors).length === 0) {
    // A password belongs to the origin it was saved for: another origin needs its own (finding: a changed URL
    // must never receive the old server's password).
    if (nextOrigin && nextOrigin !== currentOrigin && newPassword === null && password !== null) {
      // Stryker disable next-line ArrowFunction: equivalent — undefined and null both read as "no password"
      const known = await deps.passwords.get(nextOrigin).catch(() => null);
      if (!known)
        errors.password = { key: 'settings.errors.passwordForNewServer', params: { origin: nextOrigin } };
    }
    if (newPassword !== null && !nextOrigin) errors['server.url'] = { key: 'settings.errors.required' };
    if (deps.smtpPasswords) {
      Object.assign(
        errors,
        await smtpPasswordErrors(deps.smtpPasswords, current.mail, next.mail, opts.smtpPassword),
      );
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  // The password first: the secret store may refuse (no secure backend), and then nothing else is written.
  if (password !== undefined && nextOrigin) {
    try {
      if (newPassword === null) await deps.passwords.delete(nextOrigin);
      else await deps.passwords.set(nextOrigin, newPassword);
    } catch (err) {
      // The secret store's own sentence (a LocalizedError), in the reader's language.
      const detail = errorText(deps.lang, err) ?? (err instanceof Error ? err.message : String(err));
      return {
        ok: false,
        errors: { password: { key: 'settings.errors.insecureSecrets', params: { detail } } },
      };
    }
  }

  if (deps.smtpPasswords && opts.smtpPassword !== undefined) {
    const refused = await saveSmtpPassword(deps.smtpPasswords, next.mail, opts.smtpPassword, deps.lang);
    if (Object.keys(refused).length > 0) return { ok: false, errors: refused };
  }

  const changed = SETTINGS_SECTION_NAMES.filter((n) => !same(current[n], next[n]));
  writeSettings(deps.db, Object.fromEntries(changed.map((n) => [n, next[n]])) as Partial<Settings>, deps.now);
  recordReportEnablement(deps.db, current.reports, next.reports, deps.now);
  const change: SettingsChange = {
    server: !same(currentProfile, nextProfile),
    password: password !== undefined,
    analytics:
      current.analytics.onTimeThresholdMinutes !== next.analytics.onTimeThresholdMinutes ||
      current.analytics.timeZone !== next.analytics.timeZone,
    insightThresholds: !same(current.analytics.insightThresholds, next.analytics.insightThresholds),
    sync: !same(current.sync, next.sync),
    ui: !same(current.ui, next.ui),
    shell: !same(current.shell, next.shell),
    sections: changed,
  };
  return { ok: true, settings: next, change };
}
