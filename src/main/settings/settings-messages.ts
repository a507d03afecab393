// French and English texts of the settings' field errors, by catalogue key. Interim home: they move to the
// shared catalogue (src/shared/i18n, domain `settings`) once it exists, with the same keys and parameters.
import type { Lang } from '../../shared/analytics-types';
import type { SettingsErrorKey } from './field-rules';
import type { SettingsMessage } from './settings-patch';

type Texts = Record<SettingsErrorKey extends `settings.errors.${infer K}` ? K : never, string>;

const fr: Texts = {
  integerRange: 'Saisissez un nombre entier entre {{min}} et {{max}}.',
  numberRange: 'Saisissez un nombre entre {{min}} et {{max}}.',
  required: 'Champ obligatoire.',
  badUrl: 'Adresse invalide : saisissez une URL complète, par ex. https://dispatch.exemple.ch.',
  httpsRequired: 'Utilisez https:// : le mot de passe ne doit pas circuler en clair sur le réseau.',
  urlWithCredentials:
    'Retirez le nom d’utilisateur et le mot de passe de l’adresse : saisissez l’e-mail et le mot de passe dans leurs champs.',
  badEmail: 'Adresse e-mail invalide.',
  emailWithoutServer: 'Indiquez aussi l’adresse du serveur.',
  badZone: 'Fuseau horaire inconnu : choisissez un nom IANA dans la liste, par ex. Europe/Zurich.',
  badChoice: 'Valeur invalide : choisissez parmi {{choices}}.',
  notBoolean: 'Valeur invalide : saisissez true ou false.',
  mustBeBelow: 'Doit être inférieur au seuil haut ({{value}}).',
  mustBeAbove: 'Doit être supérieur au seuil bas ({{value}}).',
  passwordForNewServer:
    'Nouveau serveur ({{origin}}) : saisissez son mot de passe. Le mot de passe enregistré n’est jamais envoyé à une autre adresse.',
  insecureSecrets: 'Mot de passe non enregistré : {{detail}}',
  unknownKey: 'Réglage inconnu « {{key}} » : `dispatch-analytics settings get` liste les réglages.',
  secretNotHere:
    'Les mots de passe ne passent pas par `settings set` : utilisez la variable DISPATCH_PASSWORD et `sync --save-password`.',
  notEditable: 'Le réglage « {{key}} » est tenu par l’application et ne se modifie pas ici.',
};

const en: Texts = {
  integerRange: 'Enter a whole number between {{min}} and {{max}}.',
  numberRange: 'Enter a number between {{min}} and {{max}}.',
  required: 'Required field.',
  badUrl: 'Invalid address: enter a full URL, e.g. https://dispatch.example.com.',
  httpsRequired: 'Use https://: the password must not travel in clear text over the network.',
  urlWithCredentials:
    'Remove the user name and password from the address: enter the e-mail and the password in their fields.',
  badEmail: 'Invalid e-mail address.',
  emailWithoutServer: 'Enter the server address too.',
  badZone: 'Unknown time zone: pick an IANA name from the list, e.g. Europe/Zurich.',
  badChoice: 'Invalid value: choose one of {{choices}}.',
  notBoolean: 'Invalid value: enter true or false.',
  mustBeBelow: 'Must be below the high threshold ({{value}}).',
  mustBeAbove: 'Must be above the low threshold ({{value}}).',
  passwordForNewServer:
    'New server ({{origin}}): enter its password. The saved password is never sent to another address.',
  insecureSecrets: 'Password not saved: {{detail}}',
  unknownKey: 'Unknown setting "{{key}}": `dispatch-analytics settings get` lists the settings.',
  secretNotHere:
    'Passwords do not go through `settings set`: use the DISPATCH_PASSWORD variable and `sync --save-password`.',
  notEditable: 'The setting "{{key}}" is kept by the application and cannot be changed here.',
};

export function settingsMessageText(lang: Lang, msg: SettingsMessage): string {
  const name = msg.key.slice('settings.errors.'.length) as keyof Texts;
  const template = (lang === 'en' ? en : fr)[name] ?? msg.key;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, p: string) => {
    const v = msg.params?.[p];
    if (v === undefined) return whole;
    return typeof v === 'number' && lang === 'fr' ? String(v).replace('.', ',') : String(v);
  });
}
