// Every failure of a sync carries a kind (what went wrong, for the UI and exit codes) and a Message (catalogue
// key + parameters, domain "sync.errors") that says what to do, translated where it is shown. Secrets never
// appear in them.
import { msg, type Message } from '../../shared/i18n';
import { LocalizedError } from '../../shared/i18n/localized-error';

export type SyncErrorKind =
  | 'offline' // the server cannot be reached (DNS, refused, timeouts after retries)
  | 'auth' // wrong e-mail or password: retrying will not help
  | 'rate-limited' // the server's login limit (5 a minute) was hit and waiting was not possible
  | 'server' // the server answered with an error we cannot recover from
  | 'payload' // the server sent data we cannot read: nothing of that day was written
  | 'cancelled' // the caller's AbortSignal fired
  | 'already-running' // another sync is running on this store
  | 'config'; // no server configured, bad dates…

export class SyncError extends LocalizedError {
  override name = 'SyncError';
  readonly kind: SyncErrorKind;
  /** HTTP status when the server answered, for retry decisions and logs. */
  readonly status: number | undefined;
  constructor(kind: SyncErrorKind, userMessage: Message, options: { status?: number; cause?: unknown } = {}) {
    super(userMessage, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
  }
}

/**
 * The server's payload does not have the shape we rely on. `message` names the endpoint, the day and the field
 * path, e.g. `reservations 2026-11-20: reservations[3].scheduled_time: expected ISO local date-time, got "abc"`
 * (technical on purpose: it is what a support person needs), and the day is not written.
 */
export class SyncPayloadError extends SyncError {
  override name = 'SyncPayloadError';
  readonly endpoint: string;
  readonly day: string | null;
  readonly field: string;
  constructor(endpoint: string, day: string | null, field: string, problem: string) {
    const detail = `${endpoint}${day ? ` ${day}` : ''}: ${field ? `${field}: ` : ''}${problem}`;
    super('payload', msg('sync.errors.payload', { detail }));
    // The technical detail is the message itself: logs, tests and support all grep for it.
    this.message = detail;
    this.endpoint = endpoint;
    this.day = day;
    this.field = field;
  }
}

export function isSyncError(err: unknown): err is SyncError {
  return err instanceof SyncError;
}

export function cancelledError(): SyncError {
  return new SyncError('cancelled', msg('sync.errors.cancelled'));
}

export function alreadyRunningError(): SyncError {
  return new SyncError('already-running', msg('sync.errors.alreadyRunning'));
}
