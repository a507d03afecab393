// The client's errors when the server cannot be reached or answers with an error we cannot recover from.
import type { HttpAnswer, TransportFailure } from './http-attempt';
import { tryParseJson } from './http-attempt';
import { msg } from '../../shared/i18n';
import { SyncError } from './sync-errors';

export function offlineError(baseUrl: string, failure: TransportFailure): SyncError {
  const key = failure.reason === 'timeout' ? 'sync.errors.offlineTimeout' : 'sync.errors.offlineUnreachable';
  return new SyncError('offline', msg(key, { server: baseUrl, detail: failure.message }), { cause: failure });
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
    return new SyncError('auth', msg('sync.errors.forbidden', { where, detail }), { status: answer.status });
  }
  if (answer.status === 429) {
    return new SyncError('rate-limited', msg('sync.errors.rateLimited', { where, detail }), {
      status: answer.status,
    });
  }
  return new SyncError('server', msg('sync.errors.server', { where, detail }), { status: answer.status });
}
