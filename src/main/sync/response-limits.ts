// Bounds on what a dispatch server can make one sync do. A misbehaving (or hostile) server answering
// `total_pages: 1e8` or a 200 MB body would otherwise make the app send requests for hours or buffer the body in
// memory. Each bound fails the sync with a sentence naming the limit; nothing of the day at hand is written.
// The defaults are far above what a real office produces (docs/dispatch-api.md#limits).
import { SyncError } from './sync-errors';

export interface ResponseLimits {
  /** bytes of one response body, counted while reading (after decompression) */
  maxBodyBytes: number;
  /** pages of one day's reservations (500 a page: 100 pages are 50,000 bookings in a day) */
  maxPagesPerDay: number;
  /** HTTP requests of one sync, logins and retries included */
  maxRequestsPerSync: number;
}

export const DEFAULT_RESPONSE_LIMITS: ResponseLimits = {
  maxBodyBytes: 16 * 1024 * 1024,
  maxPagesPerDay: 100,
  maxRequestsPerSync: 25_000,
};

function megabytes(bytes: number, lang: 'fr' | 'en'): string {
  const mb = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  if (mb < 1) return lang === 'fr' ? `${bytes} octets` : `${bytes} bytes`;
  return lang === 'fr' ? `${String(mb).replace('.', ',')} Mo` : `${mb} MB`;
}

export function bodyTooLargeError(url: string, maxBytes: number): SyncError {
  const u = URL.parse(url);
  const where = u ? `${u.origin}${u.pathname}` : url;
  return new SyncError('server', {
    fr: `Le serveur a envoyé une réponse de plus de ${megabytes(maxBytes, 'fr')} (limite par réponse) pour ${where} ; la lecture a été interrompue et rien n’a été écrit pour cette requête. Signalez-le à l’administrateur du serveur.`,
    en: `The server sent a response larger than ${megabytes(maxBytes, 'en')} (the limit per response) for ${where}; reading was stopped and nothing was written for that request. Report it to the server's administrator.`,
  });
}

export function tooManyPagesError(day: string, totalPages: number, maxPages: number): SyncError {
  return new SyncError('server', {
    fr: `Le serveur annonce ${totalPages} pages de réservations pour le ${day}, au-delà de la limite de ${maxPages} pages par jour ; la synchronisation s’arrête sans les lire. Signalez-le à l’administrateur du serveur.`,
    en: `The server announces ${totalPages} pages of bookings for ${day}, beyond the limit of ${maxPages} pages a day; the sync stops without reading them. Report it to the server's administrator.`,
  });
}

export function tooManyRequestsError(maxRequests: number): SyncError {
  return new SyncError('server', {
    fr: `La synchronisation a atteint la limite de ${maxRequests} requêtes au serveur et s’arrête ; les jours déjà reçus sont enregistrés. Synchronisez une période plus courte (--from/--to), et si cela se répète, signalez-le à l’administrateur du serveur.`,
    en: `The sync reached the limit of ${maxRequests} requests to the server and stops; the days already received are saved. Sync a shorter period (--from/--to), and if it happens again, report it to the server's administrator.`,
  });
}
