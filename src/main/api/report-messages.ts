// The 'mail' and 'reports' sections' validation keys ('settings.errors.mailPort'…) as sentences: from the shared
// catalogue when its settings domain has the key, else from the list below (to move into that domain's errors
// when the settings sections are reconciled; kept here so no two branches edit the settings texts at once).
import type { Lang } from '../../shared/analytics-types';
import { isMessageKey, translate } from '../../shared/i18n';

const MESSAGES: Record<string, { fr: string; en: string }> = {
  'settings.errors.mailHost': {
    fr: 'Nom de serveur invalide (ex. smtp.example.ch).',
    en: 'Invalid server name (e.g. smtp.example.ch).',
  },
  'settings.errors.mailPort': {
    fr: 'Port de 1 à 65535 (465 pour tls, 587 pour starttls).',
    en: 'Port from 1 to 65535 (465 for tls, 587 for starttls).',
  },
  'settings.errors.mailSecurity': {
    fr: 'Choisissez tls, starttls ou none.',
    en: 'Choose tls, starttls or none.',
  },
  'settings.errors.mailFrom': {
    fr: 'Adresse d’expéditeur invalide (ex. rapports@example.ch).',
    en: 'Invalid sender address (e.g. reports@example.ch).',
  },
  'settings.errors.boolean': {
    fr: 'Attendu oui ou non (true/false).',
    en: 'Expected yes or no (true/false).',
  },
  'settings.errors.reportTime': {
    fr: 'Heure au format HH:MM (ex. 08:00).',
    en: 'Time as HH:MM (e.g. 08:00).',
  },
  'settings.errors.recipients': {
    fr: 'Adresses séparées par des virgules, chacune éventuellement suivie de :fr ou :en.',
    en: 'Addresses separated by commas, each optionally followed by :fr or :en.',
  },
  'settings.errors.weekday': {
    fr: 'Jour de 1 (lundi) à 7 (dimanche).',
    en: 'Day from 1 (Monday) to 7 (Sunday).',
  },
  'settings.errors.catchUpDays': { fr: 'Nombre de jours de 0 à 60.', en: 'Number of days from 0 to 60.' },
};

export function reportFieldMessage(key: string, lang: Lang): string {
  if (isMessageKey(key)) return translate(lang, key);
  const m = MESSAGES[key];
  return m ? m[lang] : key;
}
