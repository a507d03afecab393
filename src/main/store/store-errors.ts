// A store that cannot be written, is full, is damaged or comes from a newer version gets one sentence naming the
// file and what to do, in French and English — never "Unexpected error… report it": none of these is a bug, and
// each has a remedy the user can apply (free space, fix permissions, restore a backup, update the app).
import type { LocalizedText } from '../sync/sync-errors';

export type StoreFailureKind =
  | 'store-read-only' // the folder or file cannot be written (permissions, read-only disk, a path under a file)
  | 'store-full' // SQLITE_FULL / ENOSPC: the disk (or quota) is full
  | 'store-corrupt' // not a database, or a damaged one
  | 'store-newer' // written by a newer version: more migrations applied than this version ships
  | 'store-migration'; // applied migrations disagree with the shipped ones in another way

export class StoreError extends Error {
  override name = 'StoreError';
  readonly kind: StoreFailureKind;
  readonly messages: LocalizedText;
  readonly path: string;
  constructor(kind: StoreFailureKind, path: string, messages: LocalizedText, cause?: unknown) {
    super(messages.fr, cause === undefined ? undefined : { cause });
    this.kind = kind;
    this.path = path;
    this.messages = messages;
  }
}

const RESTORE_FR =
  'restaurez une sauvegarde : `dispatch-analytics backup list`, puis `dispatch-analytics backup restore FICHIER` (ou Paramètres › Sauvegardes)';
const RESTORE_EN =
  'restore a backup: `dispatch-analytics backup list`, then `dispatch-analytics backup restore FILE` (or Settings › Backups)';

export function readOnlyStoreError(path: string, cause?: unknown): StoreError {
  return new StoreError(
    'store-read-only',
    path,
    {
      fr: `Impossible d’écrire dans ${path} (dossier en lecture seule, droits insuffisants ou chemin invalide). Vérifiez les droits du dossier des données, ou choisissez-en un autre (--data-dir ou DISPATCH_ANALYTICS_DATA_DIR).`,
      en: `Cannot write to ${path} (read-only folder, missing permissions or an invalid path). Check the data folder's permissions, or choose another one (--data-dir or DISPATCH_ANALYTICS_DATA_DIR).`,
    },
    cause,
  );
}

export function diskFullError(path: string, cause?: unknown): StoreError {
  return new StoreError(
    'store-full',
    path,
    {
      fr: `Le disque est plein : impossible d’écrire dans ${path}. Libérez de la place puis réessayez ; ce qui était déjà enregistré n’est pas perdu.`,
      en: `The disk is full: cannot write to ${path}. Free some space and try again; what was already saved is not lost.`,
    },
    cause,
  );
}

export function corruptStoreError(path: string, cause?: unknown): StoreError {
  return new StoreError(
    'store-corrupt',
    path,
    {
      fr: `Le fichier ${path} est endommagé ou n’est pas une base de Dispatch Analytics. Ne le supprimez pas ; ${RESTORE_FR}.`,
      en: `The file ${path} is damaged or is not a Dispatch Analytics database. Do not delete it; ${RESTORE_EN}.`,
    },
    cause,
  );
}

export function newerSchemaError(path: string, applied: number, shipped: number): StoreError {
  return new StoreError('store-newer', path, {
    fr: `${path} a été écrit par une version plus récente de Dispatch Analytics (${applied} migrations appliquées, cette version en connaît ${shipped}) : rien n’a été modifié. Installez la version récente, ou ${RESTORE_FR}.`,
    en: `${path} was written by a newer version of Dispatch Analytics (${applied} migrations applied, this version knows ${shipped}): nothing was changed. Install the newer version, or ${RESTORE_EN}.`,
  });
}

export function migrationMismatchError(path: string, applied: number, shipped: number): StoreError {
  return new StoreError('store-migration', path, {
    fr: `${path} a ${applied} migrations appliquées mais cette version en livre ${shipped} : il a été écrit par une autre version de Dispatch Analytics. Ouvrez-le avec la version correspondante, ou ${RESTORE_FR}.`,
    en: `${path} has ${applied} applied migrations but this version ships ${shipped}: it was written by another version of Dispatch Analytics. Open it with the matching version, or ${RESTORE_EN}.`,
  });
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
