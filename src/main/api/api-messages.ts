// User-facing sentences of the API layer, French first. Each says what happened and what to do.
import type { Lang } from '../../shared/analytics-types';

const fr = {
  invalidInput: (channel: string, details: string) => `Requête ${channel} invalide : ${details}.`,
  notFound: 'Élément introuvable : actualisez la page.',
  internal: "Erreur interne de l'application : réessayez ; si elle persiste, redémarrez l'application.",
  external: (detail: string) => `Le serveur de dispatch ne répond pas comme prévu : ${detail}`,
  offline: 'Serveur de dispatch injoignable : vérifiez la connexion et l’adresse du serveur, puis réessayez.',
  syncFailed: (detail: string) => `La synchronisation a échoué : ${detail}`,
};

const en: typeof fr = {
  invalidInput: (channel, details) => `Invalid ${channel} request: ${details}.`,
  notFound: 'Item not found: refresh the page.',
  internal: 'Internal application error: try again; if it persists, restart the application.',
  external: (detail) => `The dispatch server did not answer as expected: ${detail}`,
  offline: 'Dispatch server unreachable: check the connection and the server address, then try again.',
  syncFailed: (detail) => `Sync failed: ${detail}`,
};

export type ApiMessages = typeof fr;

export function apiMessages(lang: Lang): ApiMessages {
  return lang === 'en' ? en : fr;
}
