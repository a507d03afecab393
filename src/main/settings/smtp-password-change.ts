// The SMTP password through a change of the 'mail' settings (Reports screen, Settings screen, `settings set`). A
// password belongs to the account it was saved for (host, port, user: src/main/secrets/smtp-password.ts): when a
// change names another account that has none, and the old one had one, the change asks for it again rather than
// leave reports to fail later (or, as before, hand the old server's password to the new one).
import { errorText } from '../../shared/i18n/localized-error';
import type { Lang } from '../../shared/analytics-types';
import {
  sameSmtpAccount,
  smtpAccountOf,
  type SmtpAccount,
  type SmtpPasswords,
} from '../secrets/smtp-password';
import type { MailSettings } from './sections/mail';
import type { SettingsErrors } from './settings-patch';

/** The field the screens show the password under, and the CLI's key for its refusals. */
export const SMTP_PASSWORD_FIELD = 'mail.password';

const where = (a: SmtpAccount) => `${a.host}:${a.port}`;

/**
 * The refusal of a change that moves the mail settings to another account without its password, or {} when the
 * change may be written. `given`: the password that comes with the change (undefined: none; '' or null: forget).
 */
export async function smtpPasswordErrors(
  passwords: SmtpPasswords,
  current: MailSettings,
  next: MailSettings,
  given: string | null | undefined,
): Promise<SettingsErrors> {
  const before = smtpAccountOf(current);
  const after = smtpAccountOf(next);
  // An older version's unbound password belongs to the account saved before this change, never after it.
  await passwords.bindLegacyPassword(before).catch(() => undefined);
  if (given) return after ? {} : { 'mail.host': { key: 'settings.errors.required' } };
  if (given !== undefined || !before || !after || !after.user || sameSmtpAccount(before, after)) return {};
  const old = await passwords.get(before).catch(() => null);
  if (!old) return {};
  if (await passwords.get(after).catch(() => null)) return {};
  return {
    [SMTP_PASSWORD_FIELD]: {
      key: 'settings.errors.smtpPasswordForNewAccount',
      params: { user: after.user, server: where(after), old: where(before) },
    },
  };
}

/** Saves (or with '' / null forgets) the password of the account `next` names; a refusing store is a field error. */
export async function saveSmtpPassword(
  passwords: SmtpPasswords,
  next: MailSettings,
  given: string | null,
  lang: Lang,
): Promise<SettingsErrors> {
  const account = smtpAccountOf(next);
  if (!account) return {};
  try {
    if (given) await passwords.set(account, given);
    else await passwords.delete(account);
    return {};
  } catch (err) {
    // The secret store's own sentence (a LocalizedError), in the reader's language.
    const detail = errorText(lang, err) ?? (err instanceof Error ? err.message : String(err));
    return { [SMTP_PASSWORD_FIELD]: { key: 'settings.errors.insecureSecrets', params: { detail } } };
  }
}
