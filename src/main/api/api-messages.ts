// User-facing sentences of the API layer, French first. Each says what happened and what to do.
import type { Lang } from '../../shared/analytics-types';

const fr = {
  invalidInput: (channel: string, details: string) => `Requête ${channel} invalide : ${details}.`,
  notFound: 'Élément introuvable : actualisez la page.',
  internal: "Erreur interne de l'application : réessayez ; si elle persiste, redémarrez l'application.",
  external: (detail: string) => `Le serveur de dispatch ne répond pas comme prévu : ${detail}`,
  offline: 'Serveur de dispatch injoignable : vérifiez la connexion et l’adresse du serveur, puis réessayez.',
  syncFailed: (detail: string) => `La synchronisation a échoué : ${detail}`,
  required: 'Champ obligatoire.',
  badUrl: 'Adresse invalide : saisissez une URL complète, par ex. https://dispatch.exemple.ch.',
  httpsRequired: 'Utilisez https:// : le mot de passe ne doit pas circuler en clair sur le réseau.',
  badEmail: 'Adresse e-mail invalide.',
  badZone: 'Fuseau horaire inconnu : utilisez un nom IANA, par ex. Europe/Zurich.',
  range: (min: number, max: number) => `Saisissez un nombre entier entre ${min} et ${max}.`,
  numberRange: (min: number, max: number) => `Saisissez un nombre entre ${min} et ${max}.`,
  mustBeBelow: (high: number) => `Doit être inférieur au seuil haut (${high}).`,
  mustBeAbove: (low: number) => `Doit être supérieur au seuil bas (${low}).`,
  emailWithoutServer: 'Indiquez aussi l’adresse du serveur.',
  insecureSecrets: (warning: string) => `Mot de passe non enregistré : ${warning}`,
};

const en: typeof fr = {
  invalidInput: (channel, details) => `Invalid ${channel} request: ${details}.`,
  notFound: 'Item not found: refresh the page.',
  internal: 'Internal application error: try again; if it persists, restart the application.',
  external: (detail) => `The dispatch server did not answer as expected: ${detail}`,
  offline: 'Dispatch server unreachable: check the connection and the server address, then try again.',
  syncFailed: (detail) => `Sync failed: ${detail}`,
  required: 'Required field.',
  badUrl: 'Invalid address: enter a full URL, e.g. https://dispatch.example.com.',
  httpsRequired: 'Use https://: the password must not travel in clear text over the network.',
  badEmail: 'Invalid e-mail address.',
  badZone: 'Unknown time zone: use an IANA name, e.g. Europe/Zurich.',
  range: (min, max) => `Enter a whole number between ${min} and ${max}.`,
  numberRange: (min, max) => `Enter a number between ${min} and ${max}.`,
  mustBeBelow: (high) => `Must be below the high threshold (${high}).`,
  mustBeAbove: (low) => `Must be above the low threshold (${low}).`,
  emailWithoutServer: 'Enter the server address too.',
  insecureSecrets: (warning) => `Password not saved: ${warning}`,
};

export type ApiMessages = typeof fr;

export function apiMessages(lang: Lang): ApiMessages {
  return lang === 'en' ? en : fr;
}
