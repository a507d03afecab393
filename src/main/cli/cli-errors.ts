// Failures the CLI reports as one sentence on stderr (never a stack trace), with the exit code scripts check.
// Like every error a person reads, they carry a Message (catalogue key + parameters), translated with --lang.
import type { Lang } from '../../shared/analytics-types';
import { msg, type Message, type MessageKey, type MessageParams } from '../../shared/i18n';
import { errorText, LocalizedError } from '../../shared/i18n/localized-error';

export class CliError extends LocalizedError {
  override name = 'CliError';
  readonly kind: 'usage' | 'no-data' | 'conflict';
  readonly exitCode: number;
  constructor(kind: CliError['kind'], userMessage: Message, exitCode: number) {
    super(userMessage);
    this.kind = kind;
    this.exitCode = exitCode;
  }
}

/** Bad arguments or dates: exit code 2. */
export const usageError = (key: MessageKey, params?: MessageParams): CliError =>
  new CliError('usage', msg(key, params), 2);

/** Nothing to show yet: exit code 1, with what to run first. */
export const noDataError = (key: MessageKey, params?: MessageParams): CliError =>
  new CliError('no-data', msg(key, params), 1);

/** The sentence of any error that carries a Message (CliError, AnalyticsError, SyncError, DayBatchError…). */
export function localizedMessage(err: unknown, lang: Lang): string | null {
  return errorText(lang, err);
}

/** Errors whose kind says the input was wrong (exit 2) rather than the data or the machine (exit 1). */
export function exitCodeOf(err: unknown): number {
  if (err instanceof CliError) return err.exitCode;
  const kind = err && typeof err === 'object' && 'kind' in err ? (err as { kind: unknown }).kind : null;
  return kind === 'validation' || kind === 'config' ? 2 : 1;
}
