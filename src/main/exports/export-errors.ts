// Failures of an export, each a sentence saying what to do, as a catalogue key (exports.errors.*) that the CLI
// and the API translate for their reader. `validation` is the user's input (exit code 2); `io` the disk or the
// path; `cancelled` the user's own stop.
import { msg, type MessageKey, type MessageParams } from '../../shared/i18n';
import { LocalizedError } from '../../shared/i18n/localized-error';

export type ExportErrorKind = 'validation' | 'conflict' | 'io' | 'cancelled';

export class ExportError extends LocalizedError {
  override name = 'ExportError';
  readonly kind: ExportErrorKind;
  constructor(kind: ExportErrorKind, key: MessageKey, params?: MessageParams) {
    super(msg(key, params));
    this.kind = kind;
  }
}

export const exportCancelled = (): ExportError => new ExportError('cancelled', 'exports.errors.cancelled');

/** A file-system error while writing `path`, as one sentence (full disk, no permission, missing folder…). */
export function ioError(err: unknown, path: string): ExportError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ExportError('io', 'exports.errors.diskFull', { path });
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ExportError('io', 'exports.errors.denied', { path });
    case 'ENOENT':
    case 'ENOTDIR':
      return new ExportError('io', 'exports.errors.noFolder', { path });
    case 'EISDIR':
      return new ExportError('io', 'exports.errors.isFolder', { path });
    default: {
      const detail = err instanceof Error ? err.message : String(err);
      return new ExportError('io', 'exports.errors.writeFailed', { path, detail });
    }
  }
}
