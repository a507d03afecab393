// Failures of an export, each a sentence saying what to do, in French and English (the CLI and the API pick one).
// `validation` is the user's input (exit code 2); `io` the disk or the path; `cancelled` the user's own stop.
export type ExportErrorKind = 'validation' | 'conflict' | 'io' | 'cancelled';

export class ExportError extends Error {
  override name = 'ExportError';
  readonly kind: ExportErrorKind;
  readonly messages: { fr: string; en: string };
  constructor(kind: ExportErrorKind, fr: string, en: string) {
    super(fr);
    this.kind = kind;
    this.messages = { fr, en };
  }
}

export const exportCancelled = (): ExportError =>
  new ExportError('cancelled', 'Export annulé : aucun fichier écrit.', 'Export cancelled: no file written.');

/** A file-system error while writing `path`, as one sentence (full disk, no permission, missing folder…). */
export function ioError(err: unknown, path: string): ExportError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ExportError(
        'io',
        `Disque plein en écrivant ${path} : libérez de la place ou choisissez un autre dossier. Aucun fichier n’a été laissé.`,
        `The disk is full while writing ${path}: free some space or choose another folder. No file was left behind.`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ExportError(
        'io',
        `Impossible d’écrire dans ${path} (accès refusé) : choisissez un dossier où vous pouvez écrire.`,
        `Cannot write ${path} (permission denied): choose a folder you can write to.`,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new ExportError(
        'io',
        `Le dossier de ${path} n’existe pas : créez-le ou choisissez un autre chemin.`,
        `The folder of ${path} does not exist: create it or choose another path.`,
      );
    case 'EISDIR':
      return new ExportError(
        'io',
        `${path} est un dossier : donnez un nom de fichier (ex. ${path}/export.xlsx).`,
        `${path} is a folder: give a file name (e.g. ${path}/export.xlsx).`,
      );
    default: {
      const detail = err instanceof Error ? err.message : String(err);
      return new ExportError(
        'io',
        `Écriture de ${path} impossible (${detail}) : vérifiez le chemin et la place libre. Aucun fichier n’a été laissé.`,
        `Could not write ${path} (${detail}): check the path and the free space. No file was left behind.`,
      );
    }
  }
}
