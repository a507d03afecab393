// Checks of command-line values, done in the actions (not as commander parsers) so each mistake is reported as
// one localized sentence.
import { PERIOD_PRESETS, type IsoDate, type Lang, type PeriodPreset } from '../../shared/analytics-types';
import { isIsoDate } from '../../shared/time';
import { usageError } from './cli-errors';

export function parseLang(value: unknown): Lang {
  if (value === undefined || value === 'fr' || value === 'en') return (value as Lang | undefined) ?? 'fr';
  throw usageError('cli.args.unknownLang', { value: String(value) });
}

export function parseDate(value: unknown, flag: string): IsoDate {
  if (isIsoDate(value)) return value;
  throw usageError('cli.args.badDate', { value: String(value), flag });
}

export function parseIntInRange(value: unknown, flag: string, min: number, max: number): number {
  const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
  throw usageError('cli.args.badInt', { value: String(value), flag, min, max });
}

/** A --host value, trimmed; never empty. */
export function parseHost(value: string): string {
  const host = value.trim();
  if (!host) throw usageError('cli.args.emptyHost');
  return host;
}

/** --from and --to given together (or neither), from ≤ to. */
export function parseRange(
  opts: { from?: unknown; to?: unknown },
  required: boolean,
): { from: IsoDate; to: IsoDate } | null {
  if (opts.from === undefined && opts.to === undefined && !required) return null;
  if (opts.from === undefined || opts.to === undefined) {
    throw usageError('cli.args.fromToTogether');
  }
  const from = parseDate(opts.from, '--from');
  const to = parseDate(opts.to, '--to');
  if (from > to) {
    throw usageError('cli.args.fromAfterTo', { from, to });
  }
  return { from, to };
}

export function parsePreset(value: unknown): PeriodPreset {
  if ((PERIOD_PRESETS as readonly unknown[]).includes(value)) return value as PeriodPreset;
  throw usageError('cli.args.unknownPeriod', { value: String(value) });
}

/** `--period P` or `--from D --to D`, never both; `--period 30d` when neither (dashboard, facilities). */
export function parsePeriodOptions(opts: {
  period?: unknown;
  from?: unknown;
  to?: unknown;
}): { preset: PeriodPreset } | { from: IsoDate; to: IsoDate } {
  const range = parseRange(opts, false);
  if (range && opts.period !== undefined) throw usageError('cli.dashboard.periodOrRange');
  return range ?? { preset: parsePreset(opts.period ?? '30d') };
}
