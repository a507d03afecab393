// `export`: summary, daily, weekday, driver, facility, forecast or trip figures of a period to a CSV, JSON or XLSX file. Runs the
// same task the app runs in its worker thread (exports/export-task.ts); here the CLI process is the worker.
import type { Command } from 'commander';
import { resolvePeriod } from '../../analytics/period';
import { resourcesRoot, versionIn } from '../../platform/app-resources';
import { runResolvedExport } from '../../exports/export-task';
import { EXPORT_FORMATS, EXPORT_PARTS, type ExportFormat, type ExportPart } from '../../exports/export-types';
import { readSection } from '../../settings/read-settings';
import { csvLocale, type CsvDecimal, type CsvDelimiter } from '../../settings/sections/exports';
import type { CliContext } from '../cli-context';
import { parsePreset, parseRange } from '../cli-args';
import { usageError } from '../cli-errors';
import { createExportProgressPrinter } from '../format/export-progress';
import { formatInteger } from '../../../shared/format';

interface ExportOptions {
  format?: string;
  what?: string;
  period?: string;
  from?: string;
  to?: string;
  out?: string;
  delimiter?: string;
  decimal?: string;
  force?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description(ctx.text('cli.exportCommand.description'))
    .option('--format <f>', 'csv, json, xlsx')
    .option('--what <part>', EXPORT_PARTS.join(', '))
    .option('--period <p>', ctx.text('cli.exportCommand.period'))
    .option('--from <date>', ctx.text('cli.options.from'))
    .option('--to <date>', ctx.text('cli.options.to'))
    .option('--out <file>', ctx.text('cli.exportCommand.out'))
    .option('--delimiter <d>', ctx.text('cli.exportCommand.delimiter'))
    .option('--decimal <d>', ctx.text('cli.exportCommand.decimal'))
    .option('--force', ctx.text('cli.exportCommand.force'))
    .action(async (opts: ExportOptions) => {
      const format = parseChoice(opts.format, '--format', EXPORT_FORMATS) as ExportFormat;
      const part = parseChoice(opts.what, '--what', EXPORT_PARTS) as ExportPart;
      if (!opts.out) {
        throw usageError('cli.exportCommand.needOut');
      }
      const range = parseRange(opts, false);
      if (range && opts.period !== undefined) {
        throw usageError('cli.exportCommand.periodTwice');
      }
      if (!range && opts.period === undefined) {
        throw usageError('cli.exportCommand.needPeriod');
      }
      const delimiter = parseDelimiter(opts.delimiter);
      const decimal = parseDecimal(opts.decimal);
      const lang = ctx.lang();
      await ctx.withData(async ({ store, settings, today }) => {
        const period = resolvePeriod(range ?? { preset: parsePreset(opts.period) }, today);
        const csv = csvLocale(lang, readSection(store.db, 'exports'), {
          delimiter,
          decimal,
        });
        const progress = createExportProgressPrinter({
          tty: process.stderr.isTTY === true,
          raw: (text) => ctx.io.stderr(text),
          lang,
        });
        const abort = new AbortController();
        const onSigint = () => abort.abort();
        process.once('SIGINT', onSigint);
        try {
          // The period was resolved above, at the CLI's edge: the task takes it as is (no second check).
          const result = await runResolvedExport(
            { db: store.db, now: ctx.now(), signal: abort.signal, progress: progress.update },
            {
              format,
              part,
              period,
              out: opts.out!,
              force: opts.force === true,
              lang,
              ...(format === 'csv' ? csv : {}),
              appVersion: versionIn(resourcesRoot()),
              analytics: settings,
            },
          );
          progress.end();
          const rows = formatInteger(lang, result.rows);
          const size = formatInteger(lang, Math.ceil(result.bytes / 1024));
          ctx.out(
            ctx.text('cli.exportCommand.done', {
              path: result.path,
              rows,
              size,
              from: period.start,
              to: period.end,
            }),
          );
        } finally {
          process.removeListener('SIGINT', onSigint);
          progress.end();
        }
      });
    });
}

function parseChoice(value: string | undefined, flag: string, choices: readonly string[]): string {
  if (value !== undefined && choices.includes(value)) return value;
  const list = choices.join(', ');
  throw value === undefined
    ? usageError('cli.exportCommand.needChoice', { flag, list })
    : usageError('cli.exportCommand.unknownChoice', { value, flag, list });
}

function parseDelimiter(value: string | undefined): CsvDelimiter | undefined {
  if (value === undefined) return undefined;
  if (value === ';' || value === ',') return value;
  if (value === 'tab' || value === '\t' || value === '\\t') return '\t';
  throw usageError('cli.exportCommand.badDelimiter', { value });
}

function parseDecimal(value: string | undefined): CsvDecimal | undefined {
  if (value === undefined || value === ',' || value === '.') return value;
  throw usageError('cli.exportCommand.badDecimal', { value });
}
