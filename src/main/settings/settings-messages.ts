// The text of a settings field error, from the shared catalogue (src/shared/i18n, domain `settings.errors`).
// Bounds are shown as plain numbers ("entre 7 et 1830", as the inputs take them), with the language's decimal
// mark for fractions ("0,5").
import type { Lang } from '../../shared/analytics-types';
import { translate, type MessageParams } from '../../shared/i18n';
import type { SettingsMessage } from './settings-patch';

export function settingsMessageText(lang: Lang, msg: SettingsMessage): string {
  const params: MessageParams = {};
  for (const [k, v] of Object.entries(msg.params ?? {})) {
    params[k] = typeof v === 'number' && lang === 'fr' ? String(v).replace('.', ',') : v;
  }
  return translate(lang, msg.key, params);
}
