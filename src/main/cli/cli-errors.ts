// Failures the CLI reports as one sentence on stderr (never a stack trace), with the exit code scripts check.
import type { Lang } from '../../shared/analytics-types';

export interface Localized {
  fr: string;
  en: string;
}

export class CliError extends Error {
  override name = 'CliError';
  readonly kind: 'usage' | 'no-data' | 'conflict';
  readonly messages: Localized;
  readonly exitCode: number;
  constructor(kind: CliError['kind'], messages: Localized, exitCode: number) {
    super(messages.fr);
    this.kind = kind;
    this.messages = messages;
    this.exitCode = exitCode;
  }
}

/** Bad arguments or dates: exit code 2. */
export const usageError = (fr: string, en: string): CliError => new CliError('usage', { fr, en }, 2);

/** Nothing to show yet: exit code 1, with what to run first. */
export const noDataError = (fr: string, en: string): CliError => new CliError('no-data', { fr, en }, 1);

/** Any error that carries its own localized sentence (CliError, AnalyticsError, SyncError, DayBatchError…). */
export function localizedMessage(err: unknown, lang: Lang): string | null {
  if (err && typeof err === 'object' && 'messages' in err) {
    const m = (err as { messages?: Partial<Localized> }).messages;
    const text = m?.[lang] ?? m?.fr;
    if (typeof text === 'string') return text;
  }
  return null;
}

/** Errors whose kind says the input was wrong (exit 2) rather than the data or the machine (exit 1). */
export function exitCodeOf(err: unknown): number {
  if (err instanceof CliError) return err.exitCode;
  const kind = err && typeof err === 'object' && 'kind' in err ? (err as { kind: unknown }).kind : null;
  return kind === 'validation' || kind === 'config' ? 2 : 1;
}
