// Bounds on what a dispatch server can make one sync do. A misbehaving (or hostile) server answering
// `total_pages: 1e8` or a 200 MB body would otherwise make the app send requests for hours or buffer the body in
// memory. Each bound fails the sync with a sentence naming the limit; nothing of the day at hand is written.
// The defaults are far above what a real office produces (docs/dispatch-api.md#limits).
import { msg } from '../../shared/i18n';
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

export function bodyTooLargeError(url: string, maxBytes: number): SyncError {
  const u = URL.parse(url);
  const where = u ? `${u.origin}${u.pathname}` : url;
  // Whole megabytes, rounded down so the sentence stays true: a parameter is the same for every language, so it
  // carries no decimal mark.
  const megabytes = Math.floor(maxBytes / (1024 * 1024));
  return new SyncError(
    'server',
    megabytes >= 1
      ? msg('sync.errors.bodyTooLarge', { megabytes, where })
      : msg('sync.errors.bodyTooLargeBytes', { bytes: maxBytes, where }),
  );
}

export function tooManyPagesError(day: string, totalPages: number, maxPages: number): SyncError {
  return new SyncError('server', msg('sync.errors.tooManyPages', { totalPages, day, maxPages }));
}

export function tooManyRequestsError(maxRequests: number): SyncError {
  return new SyncError('server', msg('sync.errors.tooManyRequests', { maxRequests }));
}
