// Errors across the thread boundary. A structured clone keeps only an Error's name, message and stack, so the
// fields our errors carry (kind, code, message key and parameters, localized messages) are copied explicitly and
// put back on the main side: api-errors.ts then maps a failed job exactly like the same error thrown in-thread.
import { msg, type Message } from '../../shared/i18n';

/** The job was cancelled by its caller: the promise of `runTask` rejects with this. */
export class TaskCancelledError extends Error {
  override name = 'TaskCancelledError';
  readonly kind = 'cancelled';
  readonly code = 'cancelled';
  readonly userMessage: Message = msg('jobs.cancelled');
  constructor(task: string) {
    super(`The job "${task}" was cancelled.`);
  }
}

/** A task threw (or the worker died): `kind`, `code` and the other fields of the original error are kept. */
export class TaskFailedError extends Error {
  override name = 'TaskFailedError';
  [field: string]: unknown;
  constructor(
    message: string,
    readonly task: string,
    readonly originalName: string,
    fields: Record<string, unknown> = {},
  ) {
    super(message);
    for (const [key, value] of Object.entries(fields)) {
      if (!(key in this)) this[key] = value;
    }
  }
}

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  cancelled: boolean;
  /** own enumerable fields that could be cloned (kind, code, key, params, messages…) */
  fields: Record<string, unknown>;
}

export function serializeError(err: unknown): SerializedError {
  if (!(err instanceof Error)) {
    return { name: 'Error', message: String(err), cancelled: false, fields: {} };
  }
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(err)) {
    if (key === 'name' || key === 'message' || key === 'stack') continue;
    try {
      fields[key] = structuredClone(value);
    } catch {
      /* a field that cannot cross threads (a function, a socket) is dropped, not the whole error */
    }
  }
  return {
    name: err.name,
    message: err.message,
    ...(err.stack ? { stack: err.stack } : {}),
    cancelled: err instanceof TaskCancelledError || err.name === 'AbortError',
    fields,
  };
}

export function deserializeError(task: string, e: SerializedError): Error {
  if (e.cancelled) return new TaskCancelledError(task);
  const err = new TaskFailedError(e.message, task, e.name, e.fields);
  if (e.stack) err.stack = e.stack;
  return err;
}
