// What the UI asks an export for (the contract's export request) turned into the export task's input: the
// settings in force (language, analytics, CSV locale) are read here, once, so the task itself reads no settings.
import { exportRequestSchema, type ExportRequest } from '../../shared/contract/export-inputs';
import { ExportError } from '../exports/export-errors';
import type { ExportInput } from '../exports/export-types';
import { csvLocale } from '../settings/sections/exports';
import { readSettings } from '../settings';
import type { Db } from '../store/open-store';

export type ParsedExportRequest = ReturnType<typeof exportRequestSchema.parse>;

/** The request as the UI sent it (JSON text or an object), or a validation error saying what to do. */
export function parseExportRequest(raw: unknown): ParsedExportRequest {
  let value = raw;
  if (typeof raw === 'string' || raw === null) {
    try {
      value = JSON.parse(raw ?? '');
    } catch {
      value = undefined;
    }
  }
  const parsed = exportRequestSchema.safeParse(value);
  if (!parsed.success) {
    throw new ExportError('validation', 'exports.errors.badRequest');
  }
  return parsed.data;
}

/** The file name offered for a request: `dispatch-analytics_<part>_<from>_<to>.<format>`. */
export function exportFileName(request: ExportRequest | ParsedExportRequest): string {
  return `dispatch-analytics_${request.part}_${request.filter.from}_${request.filter.to}.${request.format}`;
}

export function exportInputFor(
  db: Db,
  request: ParsedExportRequest,
  opts: { out: string; version: string; force?: boolean },
): ExportInput {
  const { format, part, filter, sort, dir } = request;
  const { from, to, ...tripFilter } = filter;
  const settings = readSettings(db);
  const lang = settings.ui.language;
  const csv = csvLocale(lang, settings.exports);
  return {
    format,
    part,
    from,
    to,
    tripFilter,
    tripSort: sort,
    tripDir: dir,
    out: opts.out,
    ...(opts.force ? { force: true } : {}),
    lang,
    ...(format === 'csv' ? csv : {}),
    appVersion: opts.version,
    analytics: settings.analytics,
  };
}
