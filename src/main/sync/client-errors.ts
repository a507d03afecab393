// The client's errors when the server cannot be reached or answers with an error we cannot recover from.
import type { HttpAnswer, TransportFailure } from './http-attempt';
import { tryParseJson } from './http-attempt';
import { SyncError } from './sync-errors';

export function offlineError(baseUrl: string, failure: TransportFailure): SyncError {
  const why = failure.reason === 'timeout' ? 'ne répond pas' : 'est injoignable';
  const whyEn = failure.reason === 'timeout' ? 'does not answer' : 'cannot be reached';
  return new SyncError(
    'offline',
    {
      fr: `Le serveur ${baseUrl} ${why} (${failure.message}). Vérifiez la connexion réseau et l’adresse du serveur ; les données déjà synchronisées restent disponibles.`,
      en: `The server ${baseUrl} ${whyEn} (${failure.message}). Check the network connection and the server address; the data already synced stays available.`,
    },
    { cause: failure },
  );
}

/** The server's own words, when its body has them ({"error": …} or {"message": …}), kept short. */
function serverWords(answer: HttpAnswer): string {
  const body = tryParseJson(answer.text) as { error?: unknown; message?: unknown } | undefined;
  const words = [body?.error, body?.message].filter((v) => typeof v === 'string').join(' — ');
  return words.length > 160 ? `${words.slice(0, 157)}...` : words;
}

export function serverError(endpoint: string, day: string | null, answer: HttpAnswer): SyncError {
  const where = `${endpoint}${day ? ` ${day}` : ''}`;
  const words = serverWords(answer);
  const detail = `HTTP ${answer.status}${words ? `: ${words}` : ''}`;
  if (answer.status === 403) {
    return new SyncError(
      'auth',
      {
        fr: `Le serveur refuse l’accès (${where}, ${detail}). Utilisez un compte d’entreprise (rôle COMPANY).`,
        en: `The server denies access (${where}, ${detail}). Use a company account (role COMPANY).`,
      },
      { status: answer.status },
    );
  }
  if (answer.status === 429) {
    return new SyncError(
      'rate-limited',
      {
        fr: `Le serveur limite le nombre de requêtes (${where}, ${detail}). Réessayez plus tard.`,
        en: `The server is rate limiting requests (${where}, ${detail}). Try again later.`,
      },
      { status: answer.status },
    );
  }
  return new SyncError(
    'server',
    {
      fr: `Le serveur a répondu par une erreur (${where}, ${detail}). Réessayez plus tard ; si cela persiste, contactez son administrateur.`,
      en: `The server answered with an error (${where}, ${detail}). Try again later; if it persists, contact its administrator.`,
    },
    { status: answer.status },
  );
}
