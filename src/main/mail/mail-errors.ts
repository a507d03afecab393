// Mail failures as the outbox sees them: temporary ones (4xx, network) are retried within the period's window,
// permanent ones (5xx) never — retrying a refused address only floods the server and the logs.
import { msg, type MessageKey, type MessageParams } from '../../shared/i18n';
import { LocalizedError } from '../../shared/i18n/localized-error';

/** Settings that make sending impossible (no server, no sender…): a person must fix them, never retried. */
export class MailConfigError extends LocalizedError {
  override name = 'MailConfigError';
  readonly kind = 'config';
  constructor(key: MessageKey, params?: MessageParams) {
    super(msg(key, params));
  }
}

const NETWORK_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

export interface SendFailure {
  temporary: boolean;
  /** the server's answer in its own words, or the network error */
  words: string;
}

export function classifySendError(err: unknown): SendFailure {
  const e = (err ?? {}) as { responseCode?: number; response?: string; code?: string; message?: string };
  const words = (e.response || e.message || String(err)).trim();
  if (typeof e.responseCode === 'number') {
    return { temporary: e.responseCode >= 400 && e.responseCode < 500, words };
  }
  // Authentication and TLS set-up errors need a person: retrying them is pointless.
  // Stryker disable next-line all: equivalent — none of these codes is in NETWORK_CODES, so the line below gives the same answer; this one says it for the reader
  if (e.code === 'EAUTH' || e.code === 'ETLS' || e.code === 'EENVELOPE' || e.code === 'EMESSAGE') {
    return { temporary: false, words };
  }
  return { temporary: e.code === undefined || NETWORK_CODES.has(e.code), words };
}

/** 1, 2, 4 … minutes after the n-th failed attempt (n ≥ 1), at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}
