// Settings of the exports (`exports.csvDelimiter`, `exports.csvDecimal`). 'auto' follows the export's language:
// French gets `;` and `,` (what a French-locale Excel splits and reads as numbers; the README says why the comma
// for Swiss French too), English gets `,` and `.` (the reference server's CSV).
import { z } from 'zod';
import type { Lang } from '../../../shared/analytics-types';

export const CSV_DELIMITERS = ['auto', ';', ',', '\t'] as const;
export const CSV_DECIMALS = ['auto', ',', '.'] as const;

export const exportsSettingsSchema = z.object({
  csvDelimiter: z.enum(CSV_DELIMITERS, { message: 'settings.errors.csvDelimiter' }).default('auto'),
  csvDecimal: z.enum(CSV_DECIMALS, { message: 'settings.errors.csvDecimal' }).default('auto'),
});

export type ExportsSettings = z.infer<typeof exportsSettingsSchema>;

export type CsvDelimiter = ';' | ',' | '\t';
export type CsvDecimal = ',' | '.';

/** The stored section, every field defaulted on its own (a mistyped field falls back, the others are kept). */
export function exportsSettingsFrom(raw: unknown): ExportsSettings {
  const obj = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const field = <K extends keyof ExportsSettings>(key: K): ExportsSettings[K] => {
    const one = exportsSettingsSchema.shape[key].safeParse(obj[key]);
    return (one.success ? one.data : exportsSettingsSchema.shape[key].parse(undefined)) as ExportsSettings[K];
  };
  return { csvDelimiter: field('csvDelimiter'), csvDecimal: field('csvDecimal') };
}

/** The delimiter and decimal mark a CSV in `lang` gets: explicit choices first, then the setting, then 'auto'. */
export function csvLocale(
  lang: Lang,
  settings: ExportsSettings,
  explicit: { delimiter?: CsvDelimiter; decimal?: CsvDecimal } = {},
): { delimiter: CsvDelimiter; decimal: CsvDecimal } {
  const delimiter =
    explicit.delimiter ??
    (settings.csvDelimiter === 'auto' ? (lang === 'fr' ? ';' : ',') : settings.csvDelimiter);
  const decimal =
    explicit.decimal ?? (settings.csvDecimal === 'auto' ? (lang === 'fr' ? ',' : '.') : settings.csvDecimal);
  return { delimiter, decimal };
}
