// Settings of the exports (`exports.csvDelimiter`, `exports.csvDecimal`). 'auto' follows the export's language:
// French gets `;` and `,` (what a French-locale Excel splits and reads as numbers; the README says why the comma
// for Swiss French too), English gets `,` and `.` (the reference server's CSV).
import { z } from 'zod';
import type { Lang } from '../../../shared/analytics-types';

export const CSV_DELIMITERS = ['auto', ';', ',', '\t'] as const;
export const CSV_DECIMALS = ['auto', ',', '.'] as const;

export const exportsSettingsSchema = z.object({
  // A tab is also written `tab` (as `export --delimiter tab`): a bare tab does not survive the shell, and values
  // are trimmed before they are checked.
  csvDelimiter: z
    .preprocess(
      (v) => (typeof v === 'string' && v.trim().toLowerCase() === 'tab' ? '\t' : v),
      z.enum(CSV_DELIMITERS, { message: 'settings.errors.csvDelimiter' }),
    )
    .default('auto'),
  csvDecimal: z.enum(CSV_DECIMALS, { message: 'settings.errors.csvDecimal' }).default('auto'),
});

export type ExportsSettings = z.infer<typeof exportsSettingsSchema>;

export type CsvDelimiter = ';' | ',' | '\t';
export type CsvDecimal = ',' | '.';

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
