// Checks of command-line values, done in the actions (not as commander parsers) so each mistake is reported as
// one localized sentence.
import { PERIOD_PRESETS, type IsoDate, type Lang, type PeriodPreset } from '../../shared/analytics-types';
import { isIsoDate } from '../../shared/time';
import { usageError } from './cli-errors';

export function parseLang(value: unknown): Lang {
  if (value === undefined || value === 'fr' || value === 'en') return (value as Lang | undefined) ?? 'fr';
  throw usageError(
    `Langue inconnue « ${String(value)} » pour --lang : choisissez fr ou en.`,
    `Unknown language "${String(value)}" for --lang: choose fr or en.`,
  );
}

export function parseDate(value: unknown, flag: string): IsoDate {
  if (isIsoDate(value)) return value;
  throw usageError(
    `Date invalide « ${String(value)} » pour ${flag} : attendu une date réelle au format AAAA-MM-JJ (ex. 2025-03-14).`,
    `Invalid date "${String(value)}" for ${flag}: expected a real date as YYYY-MM-DD (e.g. 2025-03-14).`,
  );
}

export function parseIntInRange(value: unknown, flag: string, min: number, max: number): number {
  const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
  throw usageError(
    `Valeur invalide « ${String(value)} » pour ${flag} : attendu un entier de ${min} à ${max}.`,
    `Invalid value "${String(value)}" for ${flag}: expected a whole number from ${min} to ${max}.`,
  );
}

/** A --host value, trimmed; never empty. */
export function parseHost(value: string): string {
  const host = value.trim();
  if (!host) throw usageError('--host est vide.', '--host is empty.');
  return host;
}

/** --from and --to given together (or neither), from ≤ to. */
export function parseRange(
  opts: { from?: unknown; to?: unknown },
  required: boolean,
): { from: IsoDate; to: IsoDate } | null {
  if (opts.from === undefined && opts.to === undefined && !required) return null;
  if (opts.from === undefined || opts.to === undefined) {
    throw usageError(
      'Donnez --from et --to ensemble (ex. --from 2025-03-01 --to 2025-03-31).',
      'Give --from and --to together (e.g. --from 2025-03-01 --to 2025-03-31).',
    );
  }
  const from = parseDate(opts.from, '--from');
  const to = parseDate(opts.to, '--to');
  if (from > to) {
    throw usageError(
      `--from (${from}) est après --to (${to}) : inversez les deux dates.`,
      `--from (${from}) is after --to (${to}): swap the two dates.`,
    );
  }
  return { from, to };
}

export function parsePreset(value: unknown): PeriodPreset {
  if ((PERIOD_PRESETS as readonly unknown[]).includes(value)) return value as PeriodPreset;
  throw usageError(
    `Période inconnue « ${String(value)} » : choisissez 7d, 30d, 90d ou 1y, ou bien --from et --to.`,
    `Unknown period "${String(value)}": choose 7d, 30d, 90d or 1y, or give --from and --to.`,
  );
}
