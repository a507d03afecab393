// A store that cannot be written, is full, is damaged or comes from a newer version gets one sentence naming the
// file and what to do (a catalogue Message, translated where it is shown) — never "Unexpected error… report it": none of these is a bug, and
// each has a remedy the user can apply (free space, fix permissions, restore a backup, update the app).
import { msg, type Message, type MessageKey, type MessageParams } from '../../shared/i18n';
import { LocalizedError } from '../../shared/i18n/localized-error';

export type StoreFailureKind =
  | 'store-read-only' // the folder or file cannot be written (permissions, read-only disk, a path under a file)
  | 'store-full' // SQLITE_FULL / ENOSPC: the disk (or quota) is full
  | 'store-corrupt' // not a database, or a damaged one
  | 'store-newer' // written by a newer version: more migrations applied than this version ships
  | 'store-migration' // applied migrations disagree with the shipped ones in another way
  | 'store-restoring'; // another process is restoring a backup over it right now

export class StoreError extends LocalizedError {
  override name = 'StoreError';
  readonly kind: StoreFailureKind;
  readonly path: string;
  constructor(kind: StoreFailureKind, path: string, userMessage: Message, cause?: unknown) {
    super(userMessage, cause === undefined ? undefined : { cause });
    this.kind = kind;
    this.path = path;
  }
}

/** A store text with its remedy: {{restore}} is the "restore a backup" hint, in the reader's language. */
export function storeMessage(key: MessageKey, params: MessageParams = {}): Message {
  return msg(key, { restore: msg('store.restoreHint'), ...params });
}

export function readOnlyStoreError(path: string, cause?: unknown): StoreError {
  return new StoreError('store-read-only', path, storeMessage('store.readOnly', { path }), cause);
}

export function diskFullError(path: string, cause?: unknown): StoreError {
  return new StoreError('store-full', path, storeMessage('store.diskFull', { path }), cause);
}

export function corruptStoreError(path: string, cause?: unknown): StoreError {
  return new StoreError('store-corrupt', path, storeMessage('store.corrupt', { path }), cause);
}

export function newerSchemaError(path: string, applied: number, shipped: number): StoreError {
  return new StoreError('store-newer', path, storeMessage('store.newer', { path, applied, shipped }));
}

export function migrationMismatchError(path: string, applied: number, shipped: number): StoreError {
  return new StoreError(
    'store-migration',
    path,
    storeMessage('store.migrationMismatch', { path, applied, shipped }),
  );
}

export function restoringStoreError(path: string, pid: number): StoreError {
  return new StoreError('store-restoring', path, msg('store.restoring', { path, pid }));
}

/**
 * The StoreError an error thrown while using the store at `path` stands for, or null when it is something else.
 * SQLite reports through better-sqlite3's SqliteError (`code` 'SQLITE_FULL', 'SQLITE_READONLY_…'); the file
 * system through Node's errors (`code` 'ENOSPC', 'ENOTDIR'…, with their own `path`).
 */
export function storeFailureOf(err: unknown, path: string): StoreError | null {
  if (err instanceof StoreError) return err;
  if (!(err instanceof Error)) return null;
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  const own = (err as { path?: unknown }).path;
  const where = typeof own === 'string' ? own : path;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return diskFullError(where, err);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return corruptStoreError(where, err);
  if (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code === 'SQLITE_PERM' ||
    ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EISDIR'].includes(code)
  ) {
    return readOnlyStoreError(where, err);
  }
  return null;
}

/** Runs `fn`, turning a store failure into its StoreError. */
export function withStoreErrors<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw storeFailureOf(err, path) ?? err;
  }
}
